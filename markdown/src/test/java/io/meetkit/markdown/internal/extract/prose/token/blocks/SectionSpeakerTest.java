package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionSpeakerTest {

    /** The speaker named under the first heading of the markdown. */
    private static List<String> speaker(String markdown) {
        List<ProseBlock> blocks = Prose.blocks(markdown);
        return SectionSpeaker.of(blocks, 1, blocks.size(), Prose.CONTEXT).stream().map(SpeakerMention::name)
                .toList();
    }

    @Test
    void aSpeakerLabelOpeningASentenceNamesTheSpeakers() {
        assertThat(speaker("## Profiling without Tears\n\nSpeaker: Nora Quist\n")).containsExactly("Nora Quist");
        assertThat(speaker("## Caching\n\nThe presenter for this one is Omar Haddad and Bo Chen.\n"))
                .containsExactly("Omar Haddad", "Bo Chen");
        assertThat(speaker("## Caching\n\nPresented by: [Omar Haddad](https://example.org/omar)\n"))
                .containsExactly("Omar Haddad");
    }

    @Test
    void aLabelThatDoesNotOpenItsSentenceOrRunsPastACommaNamesNoOne() {
        assertThat(speaker("## Caching\n\nWe thanked the speaker: Omar Haddad.\n")).isEmpty();
        assertThat(speaker("## Caching\n\nThe speaker, as you know, is Omar Haddad.\n")).isEmpty();
    }

    @Test
    void capitalisedWordsBeforeASpeakingVerbAreTheSpeaker() {
        assertThat(speaker("## Maps\n\nLast month Rosa Diaz also showed how tiles are drawn.\n"))
                .containsExactly("Rosa Diaz");
        assertThat(speaker("## Maps\n\nAt the end Kofi Mensah kicked things off with a demo.\n"))
                .containsExactly("Kofi Mensah");
    }

    @Test
    void aSubjectThatIsNoPersonOrAVerbInCapitalsIsNotRead() {
        assertThat(speaker("## Maps\n\nThe Team showed maps.\n")).isEmpty();
        assertThat(speaker("## Maps\n\nRosa Diaz Showed maps.\n")).isEmpty();
    }

    @Test
    void onlyTheFirstFourBlocksAreRead() {
        assertThat(speaker("## Maps\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nRosa Diaz showed maps.\n")).isEmpty();
    }
}
