package io.meetkit.markdown.internal.extract.prose.token.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerForTalkRuleTest {

    private static List<TalkCandidate> read(String markdown) {
        return Prose.apply(new SpeakerForTalkRule(), markdown);
    }

    @Test
    void thanksToOurSpeakerForHerTalkGivesNameAndStatedTitle() {
        TalkCandidate c = read("Thanks to our speaker **Rosa Diaz** for her talk: **Maps in the Browser.**").get(0);
        assertThat(Prose.speakers(c)).containsExactly("Rosa Diaz");
        assertThat(c.title()).contains("Maps in the Browser");
        assertThat(c.paraphrase()).isFalse();
    }

    @Test
    void aLinkedPresenterWithAWorkshopIsAWorkshop() {
        TalkCandidate c = read("Our presenter [Sam Okafor](https://example.org/sam) returns with a workshop on "
                + "\"Testing Legacy Code\".").get(0);
        assertThat(c.kind()).isEqualTo(TalkKind.WORKSHOP);
        assertThat(c.title()).contains("Testing Legacy Code");
        assertThat(c.speakers().get(0).profileUrl()).contains("https://example.org/sam");
    }

    @Test
    void aSpeakerWithoutATalkNearTheNameIsNoTalk() {
        assertThat(read("Our speaker Rosa Diaz lives in Lisbon and loves maps, and gave a talk last year.")).isEmpty();
        assertThat(read("Every speaker gets a mug.")).isEmpty();
    }
}
