package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceCutTest {

    @Test
    void aFullStopAfterAnAbbreviationInAnyCaseDoesNotEndTheSentence() {
        assertThat(Sentences.of("Talk by DR. Ana Lima. Then Mr. Bo Ruiz and Co. Ltd. Staff spoke."))
                .extracting(Sentence::text)
                .containsExactly("Talk by DR. Ana Lima.", "Then Mr. Bo Ruiz and Co. Ltd. Staff spoke.");
    }

    @Test
    void aFullStopAfterAnInitialDoesNotEndTheSentenceButOneAfterAnotherWordDoes() {
        assertThat(Sentences.of("Abdul M. Raja spoke. Straße. Next came pizza. Dre. Ana waved."))
                .extracting(Sentence::text)
                .containsExactly("Abdul M. Raja spoke.", "Straße.", "Next came pizza.", "Dre.", "Ana waved.");
    }

    @Test
    void aLineBreakAfterAJoiningWordDoesNotEndTheSentence() {
        assertThat(Sentences.of("We met and\nBob spoke")).extracting(Sentence::text)
                .containsExactly("We met and Bob spoke");
        assertThat(Sentences.of("We met\nBob spoke")).extracting(Sentence::text)
                .containsExactly("We met", "Bob spoke");
        assertThat(Sentences.of("We met über\nBob spoke")).extracting(Sentence::text)
                .containsExactly("We met über", "Bob spoke");
    }
}
