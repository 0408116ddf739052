package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListItemTalksTest {

    private static List<TalkCandidate> read(String markdown) {
        return ListItemTalks.read(Prose.blocks(markdown), Prose.CONTEXT);
    }

    @Test
    void titleByNameAndNameColonTitleItemsOfALightningTalksListAreLightningTalks() {
        List<TalkCandidate> c = read("""
                Then the organisers gave lightning talks:

                - Fast Loops, Slow Loops by [Ana Lima](https://example.org/ana)
                - Bo Chen: Logging without Tears
                - Pairing by the Sea by Cy Diaz and Dee Eze
                """);
        assertThat(c).extracting(t -> t.title().orElse("")).containsExactly("Fast Loops, Slow Loops",
                "Logging without Tears", "Pairing by the Sea");
        assertThat(c.get(2).speakers()).extracting(TalkCandidate.SpeakerMention::name)
                .containsExactly("Cy Diaz", "Dee Eze");
        assertThat(c).allMatch(t -> t.kind() == TalkKind.LIGHTNING);
    }

    @Test
    void itemsOfAListThatIsNotAboutTalksAreNotRead() {
        assertThat(read("""
                Books we liked:

                - Dune by Frank Herbert
                - Ana Lima: the best host
                """)).isEmpty();
    }

    @Test
    void anItemWhoseByIsNotFollowedOnlyByPeopleIsNoTalk() {
        assertThat(read("""
                Talks:

                - Stand by Me by the River
                - Note: doors open at six
                """)).isEmpty();
    }

    @Test
    void aColonItemWhoseRestNamesALinkedPersonIsATitleWithSubtitleNotNameColonTitle() {
        assertThat(read("""
                Lightning talks:

                - Thin Clients: Has the Server Won? [Ana Lima](https://twitter.com/analima)
                """)).isEmpty();
    }
}
