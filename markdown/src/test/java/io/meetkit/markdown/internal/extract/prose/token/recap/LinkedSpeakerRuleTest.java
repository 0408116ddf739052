package io.meetkit.markdown.internal.extract.prose.token.recap;

import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.index;
import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import org.junit.jupiter.api.Test;

class LinkedSpeakerRuleTest {

    @Test
    void aSentenceNeedsTheFirstWordOfAStrongVerb() {
        assertThat(LinkedSpeakerRule.triggered(sentence("**Ana Silva** took the stage next."))).isTrue();
        assertThat(LinkedSpeakerRule.triggered(sentence("[Ana Silva](https://github.com/ana) presented."))).isTrue();
        assertThat(LinkedSpeakerRule.triggered(sentence("**Ana Silva** ran the raffle."))).isFalse();
        assertThat(LinkedSpeakerRule.triggered(sentence("Everyone forgave the late pizza."))).isFalse();
    }

    @Test
    void aBoldOrEmphasisedNameOpensWithMarkup() {
        TokenizedSentence s = sentence("**Ana Silva** and *Tom Reed* met Bo Chen.");
        assertThat(LinkedSpeakerRule.opensWithMarkup(s, index(s, "Ana"))).isTrue();
        assertThat(LinkedSpeakerRule.opensWithMarkup(s, index(s, "Tom"))).isTrue();
        assertThat(LinkedSpeakerRule.opensWithMarkup(s, index(s, "Silva"))).isFalse();
        assertThat(LinkedSpeakerRule.opensWithMarkup(s, index(s, "Bo"))).isFalse();
    }

    @Test
    void aStrongVerbMayFollowASequenceAdverb() {
        TokenizedSentence s = sentence("*Tom Reed* then demoed a tiny compiler.");
        assertThat(LinkedSpeakerRule.opensWithStrongVerb(s, index(s, "then"))).isTrue();
        s = sentence("**Ana Silva** came up with a demo.");
        assertThat(LinkedSpeakerRule.opensWithStrongVerb(s, index(s, "came"))).isTrue();
    }

    @Test
    void aSubjectVerbThatIsNoStrongVerbIsNotEnough() {
        TokenizedSentence s = sentence("**Ana Silva** ran the raffle and took photos.");
        assertThat(LinkedSpeakerRule.opensWithStrongVerb(s, index(s, "ran"))).isFalse();
        assertThat(LinkedSpeakerRule.opensWithStrongVerb(s, index(s, "took"))).isFalse();
        assertThat(SpeakingSubjectRule.opensWithVerb(s, index(s, "ran"))).isTrue();
    }
}
