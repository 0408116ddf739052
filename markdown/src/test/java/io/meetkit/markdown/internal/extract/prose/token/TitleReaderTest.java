package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.TitleReader.TitleAt;
import java.util.Optional;
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
}
