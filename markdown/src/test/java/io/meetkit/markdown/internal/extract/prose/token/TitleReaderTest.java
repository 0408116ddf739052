package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.TitleReader.TitleAt;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TitleReaderTest {

    /** The title read from the token after the first "about" of the markdown. */
    private static Optional<TitleAt> after(String markdown) {
        TokenizedSentence s = Prose.sentence(markdown);
        for (int i = 0; i < s.size(); i++) {
            if (s.isWord(i, "about")) {
                return TitleReader.at(s, i + 1);
            }
        }
        throw new AssertionError("no 'about' in " + markdown);
    }

    @Test
    void aParaphraseRunsToTheEndOfItsClauseAndIsCapitalised() {
        assertThat(after("A talk about queues in practice, with examples.")).map(TitleAt::text)
                .contains("Queues in practice");
    }

    @Test
    void aLongParaphraseIsCutAtItsWordLimitButNeverOnAFunctionWord() {
        String text = after(
                "Talk about one two three four five six seven eight nine ten eleven twelve thirteen the end.")
                .orElseThrow().text();
        assertThat(text).endsWith("thirteen");
    }

    @Test
    void aSentenceEndWithoutASpaceStillEndsTheParaphrase() {
        assertThat(after("We talk about stacks and why they grow.Then we eat.")).map(TitleAt::text)
                .contains("Stacks and why they grow");
    }

    @Test
    void aPhraseThatIntroducesAListIsNoTitle() {
        assertThat(after("Ana will talk about the following topics: queues, logs.")).isEmpty();
    }

    @Test
    void aQuotedTitleIsStatedAndKeptAsWritten() {
        TitleAt t = after("A talk about \"queues, in practice\" tonight.").orElseThrow();
        assertThat(t.text()).isEqualTo("queues, in practice");
        assertThat(t.paraphrase()).isFalse();
    }

    @Test
    void cleaningDropsQuotesAndTrailingPunctuationAndRefusesPhrasesThatAreNoTitle() {
        assertThat(TitleReader.clean(" \"Maps in the Browser\" ")).contains("Maps in the Browser");
        assertThat(TitleReader.clean("`Maps in the Browser`")).contains("Maps in the Browser");
        assertThat(TitleReader.clean("Maps in the Browser;: ")).contains("Maps in the Browser");
        assertThat(TitleReader.clean("the next lightning talk")).isEmpty();
        assertThat(TitleReader.clean("one more")).isEmpty();
        assertThat(TitleReader.clean("30 mins")).isEmpty();
        assertThat(TitleReader.clean("Cancelled")).isEmpty();
        assertThat(TitleReader.clean("Doors at 6:30 pm")).isEmpty();
        assertThat(TitleReader.clean("first steps in Rust")).contains("first steps in Rust");
        assertThat(TitleReader.clean("first ".repeat(20_000) + "talk")).isEmpty();
    }

    /** The word scan refuses what the pattern it replaced refused, over random phrases of the words that matter. */
    @Test
    void cleaningRefusesWhatTheNotATitlePatternRefused() {
        Pattern old = Pattern.compile("(?i)^(?:(?:the|a|an|one|another|his|her|their)\\s+)?"
                + "(?:(?:first|second|third|fourth|fifth|sixth|seventh|next|last|final|short|flash|lightning|lighting"
                + "|one more)\\s*+)*+(?:talks?|sessions?|presentations?|workshops?|one)?$|^\\d+(?:\\s*(?:min\\w*|hours?"
                + "|hrs?))?$|^[a-z]+ed$|.*\\b\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b.*");
        String[] words = {"the", "a", "one", "more", "first", "next", "lightning", "talk", "talks", "one", "20",
                "7pm", "6:30", "pm", "a.m", "min", "minutes", "hours", "Closed", "Rust", "x7", "12", "p.m."};
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(words[random.nextInt(words.length)]);
            for (int w = random.nextInt(4); w > 0; w--) {
                text.append(' ').append(words[random.nextInt(words.length)]);
            }
            String t = text.toString();
            assertThat(TitleReader.notATitle(t)).as(t).isEqualTo(old.matcher(t).matches());
        }
    }
}
