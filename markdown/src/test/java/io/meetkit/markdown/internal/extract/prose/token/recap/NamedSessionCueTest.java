package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedSessionCueTest {

    @Test
    void aBoldOrQuotedTitleRightBeforeASessionNounNamesASession() {
        assertThat(NamedSessionCue.in(Recap.of("Our **Intro to FastAPI** workshop opened the evening."))).isTrue();
        assertThat(NamedSessionCue.in(Recap.of("The “Fast Loops” talk ran long."))).isTrue();
        assertThat(NamedSessionCue.in(Recap.of("The `asyncio` tutorial was packed."))).isTrue();
    }

    @Test
    void aWordBetweenAPluralOrAPhraseEndingInsideAWordNamesNone() {
        assertThat(NamedSessionCue.in(Recap.of("**Pizza** arrived before the talk."))).isFalse();
        assertThat(NamedSessionCue.in(Recap.of("The *Go* talks were short."))).isFalse();
        assertThat(NamedSessionCue.in(Recap.of("We read [Fast Loops](https://example.org) talk notes."))).isFalse();
    }
}
