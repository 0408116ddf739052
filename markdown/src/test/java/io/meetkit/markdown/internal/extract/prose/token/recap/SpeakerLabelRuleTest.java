package io.meetkit.markdown.internal.extract.prose.token.recap;

import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.sentence;
import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import org.junit.jupiter.api.Test;

class SpeakerLabelRuleTest {

    /** The token the people start at, "" after the last token, or null for no label. */
    private static String people(String markdown) {
        TokenizedSentence s = sentence(markdown);
        int i = SpeakerLabelRule.peopleStart(s);
        return i < 0 ? null : text(s, i);
    }

    @Test
    void theSpeakerForTheEveningWasANameGivesThePeople() {
        assertThat(people("The speaker for the evening was Ana Silva.")).isEqualTo("Ana");
        assertThat(people("Our speakers were Ana Silva and Tom Reed.")).isEqualTo("Ana");
        assertThat(people("Our speakers will be Ana Silva and Tom Reed.")).isEqualTo("Ana");
    }

    @Test
    void aLabelWithAColonGivesThePeople() {
        assertThat(people("Speaker: Ana Silva")).isEqualTo("Ana");
        assertThat(people("Speaker:")).isEqualTo("");
    }

    @Test
    void aCommaOrFullStopBeforeTheVerbEndsTheLabel() {
        assertThat(people("The speaker, Ana, was late.")).isNull();
        assertThat(people("Speakers wanted for next month.")).isNull();
    }

    @Test
    void aLabelTwentyCharactersIntoTheSentenceIsNoLabel() {
        assertThat(people("Thanks again to everyone, and to our speaker who was great.")).isNull();
    }

    @Test
    void aSentenceWithoutTheWordSpeakerIsNotRead() {
        assertThat(people("The presenter was Ana Silva.")).isNull();
        assertThat(people("Our guest-speaker was Ana Silva.")).isEqualTo("Ana");
    }

    @Test
    void aDotInsideAWordDoesNotEndTheLabel() {
        // The character scan stopped at the dot of "Node.js"; the token is one word, so the label reads on.
        assertThat(people("The speaker on Node.js was Ana Silva.")).isEqualTo("Ana");
    }
}
