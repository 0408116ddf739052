package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrdinalWasAboutCueTest {

    @Test
    void anOrdinalTalkThatWasAboutSomethingIsACue() {
        assertThat(OrdinalWasAboutCue.ordinal(Recap.of("The second talk was about caching."))).isTrue();
        assertThat(OrdinalWasAboutCue.ordinal(Recap.of("One more   session is on Rust."))).isTrue();
        assertThat(OrdinalWasAboutCue.ordinal(Recap.of("Another one is around graphs."))).isTrue();
    }

    @Test
    void aTalkThatWasSomethingElseOrNoOrdinalIsNoOrdinalCue() {
        assertThat(OrdinalWasAboutCue.ordinal(Recap.of("The first talk was great."))).isFalse();
        assertThat(OrdinalWasAboutCue.ordinal(Recap.of("Our next one is online."))).isFalse();
        assertThat(OrdinalWasAboutCue.ordinal(Recap.of("The first, talk was about x."))).isFalse();
    }

    @Test
    void oneWasAboutIsACueWithoutAnOrdinal() {
        assertThat(OrdinalWasAboutCue.one(Recap.of("That one was around graphs."))).isTrue();
        assertThat(OrdinalWasAboutCue.one(Recap.of("Someone was about to leave."))).isFalse();
    }
}
