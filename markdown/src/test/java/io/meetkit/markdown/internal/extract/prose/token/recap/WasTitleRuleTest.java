package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WasTitleRuleTest {

    private static final TitleRule RULE = new WasTitleRule();

    @Test
    void theTitleStandsBetweenWasAndBy() {
        assertThat(Recap.read(RULE, Recap.by("The first talk was Packaging Python by Ana Silva.", "Ana Silva")))
                .isEqualTo("Packaging Python");
    }

    @Test
    void anOpeningLightningTalkAboutIsDropped() {
        assertThat(Recap.read(RULE, Recap.by("Next up was a lightning talk about Rust macros by Bo Chen.", "Bo Chen")))
                .isEqualTo("Rust macros");
        assertThat(Recap.read(RULE, Recap.by("Next up was about Rust macros by Bo Chen.", "Bo Chen")))
                .isEqualTo("Rust macros");
    }

    @Test
    void theLastWasBeforeByCounts() {
        assertThat(Recap.read(RULE, Recap.by("It was late, and the talk was Fast Loops by Bo Chen.", "Bo Chen")))
                .isEqualTo("Fast Loops");
    }

    @Test
    void wordsThatOnlySayATalkWasGivenAreNoTitle() {
        assertThat(Recap.read(RULE, Recap.by("The keynote was presented by Ana Silva.", "Ana Silva")))
                .isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.by("Next up was another talk by Bo Chen.", "Bo Chen")))
                .isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.by("Next up was one more session by Bo Chen.", "Bo Chen")))
                .isEqualTo("(no cue)");
    }

    @Test
    void withoutBySpeakersThereIsNoWasTitle() {
        assertThat(Recap.read(RULE, Recap.of("The first talk was Packaging Python."))).isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.by("A talk by Ana Silva.", "Ana Silva"))).isEqualTo("(no cue)");
    }
}
