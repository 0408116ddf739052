package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.Span;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<Token> tokens(String markdown) {
        return Tokenizer.tokens(Prose.blocks(markdown).get(0));
    }

    @Test
    void wordsKeepInnerApostrophesHyphensAndDots() {
        assertThat(tokens("O'Neil's co-founder uses Node.js daily")).extracting(Token::text)
                .containsExactly("O'Neil's", "co-founder", "uses", "Node.js", "daily");
    }

    @Test
    void clockTimesAreOneTokenButPlainNumbersAreNot() {
        List<Token> t = tokens("Doors 6:30pm, talks at 19.00 and 7 pm, room 12.");
        assertThat(t).filteredOn(x -> x.kind() == Token.Kind.CLOCK).extracting(Token::text)
                .containsExactly("6:30pm", "19.00", "7 pm");
        assertThat(t).filteredOn(x -> x.kind() == Token.Kind.NUMBER).extracting(Token::text).containsExactly("12");
    }

    @Test
    void numericDatesAndOrdinalsAreOneTokenEach() {
        List<Token> t = tokens("Meet on 18/06/2022, 2022-06-19 or the 21st; not 3 - 4 people, not 5/ a.");
        assertThat(t).filteredOn(x -> x.kind() == Token.Kind.DATE).extracting(Token::text)
                .containsExactly("18/06/2022", "2022-06-19");
        assertThat(t).filteredOn(x -> x.kind() == Token.Kind.ORDINAL).extracting(Token::text).containsExactly("21st");
        assertThat(t).filteredOn(x -> x.kind() == Token.Kind.NUMBER).extracting(Token::text)
                .containsExactly("3", "4", "5");
    }

    @Test
    void quotationMarksAreQuotesButApostrophesAreNot() {
        List<Token> t = tokens("A talk called \"Fast Loops\" at Ana's place, the students' room");
        assertThat(t).filteredOn(x -> x.kind() == Token.Kind.QUOTE).hasSize(2);
        assertThat(t).extracting(Token::text).contains("Ana's", "students");
    }

    @Test
    void tokensKnowTheLinkAndEmphasisTheySitIn() {
        List<Token> t = tokens("Hear [Ana Lima](https://example.org/ana) on *Fast Loops* today");
        assertThat(t.get(1).link()).hasValueSatisfying(l -> assertThat(l.url()).isEqualTo("https://example.org/ana"));
        assertThat(t.get(2).link()).isPresent();
        assertThat(t.get(0).link()).isEmpty();
        assertThat(t.get(4).emphasis()).isPresent();
        assertThat(t.get(6).emphasis()).isEmpty();
    }

    @Test
    void tokensKnowWhetherTheySitInCode() {
        List<Token> t = tokens("Run `npm test` now");
        assertThat(t).filteredOn(Token::code).extracting(Token::text).containsExactly("npm", "test");
        assertThat(tokens("Run npm test now")).noneMatch(Token::code);
    }

    @Test
    void tokensMarkTheStartOfEachLine() {
        List<Token> t = tokens("Speaker: Ana Lima\nTitle: Fast Loops");
        assertThat(t).filteredOn(Token::lineStart).extracting(Token::text).containsExactly("Speaker", "Title");
    }

    @Test
    void tokensKnowTheirFileLine() {
        List<Token> t = tokens("\n\nSpeaker: Ana Lima\nTitle: Fast Loops");
        assertThat(t).filteredOn(Token::lineStart).extracting(Token::line).containsExactly(3, 4);
    }

    @Test
    void aTokenInsideMarkupKeepsItsKindLineStartLineAndSharedText() {
        List<Token> t = tokens("\n\nSpeaker: Ana\n[Title](https://example.org/t) *is* `a` 6pm");
        assertThat(t).extracting(Token::text).containsExactly("Speaker", ":", "Ana", "Title", "is", "a", "6pm");
        Token title = t.get(3);
        assertThat(title.link()).isPresent();
        assertThat(title.lineStart()).isTrue();
        assertThat(title.line()).isEqualTo(4);
        assertThat(title.kind()).isEqualTo(Token.Kind.WORD);
        assertThat(t.get(4).emphasis()).isPresent();
        assertThat(t.get(4).lower()).isSameAs(WordTable.lower("is", 0, 2));
        assertThat(t.get(5).code()).isTrue();
        assertThat(t.get(5).text()).isSameAs("a");
        assertThat(t.get(6).kind()).isEqualTo(Token.Kind.CLOCK);
        assertThat(t.get(6).link()).isEmpty();
    }

    @Test
    void aWordIsComparedInLowerCaseWhetherItIsRareAsciiFrequentOrNot() {
        List<Token> t = tokens("ZEBRAS Zebra the Thé co-Host 7");
        assertThat(t.get(0).isWord("zebras")).isTrue();
        assertThat(t.get(0).isWord("zebra")).isFalse();
        assertThat(t.get(1).isWord("zebras")).isFalse();
        assertThat(t.get(1).isWord("zebr")).isFalse();
        assertThat(t.get(2).isWord("the")).isTrue();
        assertThat(t.get(3).isWord("thé")).isTrue();
        assertThat(t.get(4).isWord("co-host")).isTrue();
        assertThat(t.get(5).isWord("7")).isFalse();
        assertThat(t).extracting(Token::isAsciiLetters).containsExactly(true, true, true, false, false, false);
    }

    @Test
    void neighbouringTokensUnderDifferentMarkupKeepTheirOwn() {
        List<Token> t = tokens("[Ana](https://example.org/a) [Bo](https://example.org/b) *Cy\nDee* **Eve** `Fay`");
        assertThat(t).extracting(x -> x.link().map(Span::url).orElse("-"))
                .containsExactly("https://example.org/a", "https://example.org/b", "-", "-", "-", "-");
        assertThat(t).extracting(x -> x.emphasis().isPresent())
                .containsExactly(false, false, true, true, true, false);
        assertThat(t.get(3).emphasis()).isEqualTo(t.get(2).emphasis());
        assertThat(t.get(4).emphasis()).isNotEqualTo(t.get(3).emphasis());
        assertThat(t).extracting(Token::lineStart).containsExactly(true, false, false, true, false, false);
        assertThat(t).extracting(Token::code).containsExactly(false, false, false, false, false, true);
        assertThat(t).extracting(Token::line).containsExactly(1, 1, 1, 2, 2, 2);
    }

    @Test
    void aBlocksTokensCannotBeChangedAndASentenceKeepsItsSliceOfThem() {
        ProseBlock b = Prose.blocks("Ana Lima spoke. Then Bo Ruiz did.").get(0);
        List<Token> all = Tokenizer.tokens(b);
        assertThatThrownBy(() -> all.set(0, all.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> all.get(all.size())).isInstanceOf(IndexOutOfBoundsException.class);
        List<Token> second = all.subList(4, all.size());
        assertThat(second.subList(1, 3)).extracting(Token::text).containsExactly("Bo", "Ruiz");
        assertThatThrownBy(() -> second.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(new TokenizedSentence(b, second).tokens()).isSameAs(second);
        assertThat(Tokenizer.sentences(b).get(1).tokens()).isEqualTo(second);
    }

    @Test
    void sentencesEndAtAFullStopBeforeACapitalButNotAfterAnHonorificOrInitial() {
        ProseBlock b = Prose.blocks("Dr. Ana Lima and J. Ruiz speak. The room is 3.5 m wide. Bring snacks!").get(0);
        assertThat(Tokenizer.sentences(b)).extracting(TokenizedSentence::toString).containsExactly(
                "Dr. Ana Lima and J. Ruiz speak.", "The room is 3.5 m wide.", "Bring snacks!");
    }

    @Test
    void aFullStopInsideALinkDoesNotEndTheSentence() {
        ProseBlock b = Prose.blocks("See [the notes. Part Two](https://example.org/n) for more.").get(0);
        assertThat(Tokenizer.sentences(b)).hasSize(1);
    }

    @Test
    void aTokensTextAndLowerCaseAreItsCharactersWhetherSharedOrCut() {
        // Frequent words (shared strings) in every case, words outside the table, non-ASCII letters whose lower
        // case is not ASCII's, one-character tokens and numbers.
        String[] pieces = {"the", "The", "THE", "tHe", "Talk", "talks", "Meetup", "zebra", "Zoë", "İstanbul",
            "KELVIN", "\u212Aelvin", "I", "a", "A", "x", "Dr", "May", "may", "6pm", "21st", "12", ",", "!", "\"",
            "co-host", "O'Neil", "Node.js", "über", "ÉCOLE", "at", "AT", "At", "venue", "VENUE"};
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder("Start");
            for (int i = 0; i < 12; i++) {
                text.append(random.nextBoolean() ? " " : "\n").append(pieces[random.nextInt(pieces.length)]);
            }
            ProseBlock b = Prose.blocks(text.toString()).get(0);
            for (Token t : Tokenizer.tokens(b)) {
                String written = b.text().substring(t.start(), t.end());
                assertThat(t.text()).isEqualTo(written);
                assertThat(t.lower()).isEqualTo(written.toLowerCase(Locale.ROOT));
                assertThat(t.isWord(written.toLowerCase(Locale.ROOT))).isEqualTo(t.kind() == Token.Kind.WORD);
                assertThat(t.capitalised()).isEqualTo(t.kind() == Token.Kind.WORD
                        && Character.isUpperCase(written.codePointAt(0)));
            }
        }
    }

    @Test
    void theWordTableGivesTheLowerCaseOfFrequentWordsOnlyAndTakesNoSubstring() {
        assertThat(WordTable.lower("Join THE meetup", 5, 8)).isEqualTo("the");
        assertThat(WordTable.lower("Join THE meetup", 0, 4)).isEqualTo("join");
        assertThat(WordTable.lower("Join THE meetup", 9, 15)).isEqualTo("meetup");
        assertThat(WordTable.lower("Join THE meetup", 5, 7)).isNull();
        assertThat(WordTable.lower("zebras", 0, 6)).isNull();
        assertThat(WordTable.lower("\u212Aelvin", 0, 6)).isNull();
        assertThat(WordTable.lower("thé", 0, 3)).isNull();
    }
}
