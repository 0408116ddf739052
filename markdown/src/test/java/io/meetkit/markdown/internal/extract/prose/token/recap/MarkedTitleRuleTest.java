package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedTitleRuleTest {

    private static final TitleRule RULE = new MarkedTitleRule();

    @Test
    void anEmphasisedPhraseIsTheTitle() {
        assertThat(Recap.read(RULE, Recap.by("The first talk was *Packaging Python* by Ana Silva.", "Ana Silva")))
                .isEqualTo("Packaging Python");
    }

    @Test
    void aBoldSpeakerIsSkippedForTheCodeAfterIt() {
        assertThat(Recap.read(RULE, Recap.subject("**Ana Silva** walked us through `asyncio` internals.",
                "Ana Silva"))).isEqualTo("asyncio");
    }

    @Test
    void aMarkedPhraseOfTwoCharactersIsNone() {
        assertThat(Recap.read(RULE, Recap.of("*Go* was the theme of the night."))).isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.of("A plain sentence without markup."))).isEqualTo("(no cue)");
    }

    @Test
    void aMarkedClockTimeEndsTheSearchWithoutATitle() {
        assertThat(Recap.read(RULE, Recap.of("Talks start at **7 pm** sharp."))).isEqualTo("(none)");
    }
}
