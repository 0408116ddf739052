package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitledTitleRuleTest {

    private static final TitleRule RULE = new TitledTitleRule();

    @Test
    void aTitleAfterTitledRunsToItsClauseEnd() {
        // "a talk" is a cue of its own: the character scan stopped there and read "titled …" (lower case, no title).
        assertThat(Recap.read(RULE, Recap.subject("Ana Silva gave a talk titled Caching at the Edge, with demos.",
                "Ana Silva"))).isEqualTo("Caching at the Edge");
    }

    @Test
    void aColonAfterTheCueIsSkippedAndTheSpeakersByEndsTheTitle() {
        assertThat(Recap.read(RULE, Recap.by("The talk: Fast Loops in Rust by Bo Chen.", "Bo Chen")))
                .isEqualTo("Fast Loops in Rust");
    }

    @Test
    void aLowerCaseTopicIsNoTitledTitle() {
        assertThat(Recap.read(RULE, Recap.subject("Ana gave a talk about caching.", "Ana"))).isEqualTo("(no cue)");
    }

    @Test
    void onlyWholeWordsFollowedBySpaceAreCues() {
        assertThat(Recap.read(RULE, Recap.of("The talks Were Great."))).isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.of("It was retitled Nothing Much."))).isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.of("We liked the talk."))).isEqualTo("(no cue)");
    }

    @Test
    void aDotInsideAWordStaysInTheTitle() {
        // The character scan cut "Node.js" at its dot; a word token keeps it whole.
        assertThat(Recap.read(RULE, Recap.of("She gave a talk called Node.js Streams in Practice."))).isEqualTo(
                "Node.js Streams in Practice");
    }
}
