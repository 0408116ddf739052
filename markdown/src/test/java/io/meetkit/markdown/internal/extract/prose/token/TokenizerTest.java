package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import java.util.List;
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
}
