package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashedLineupItemsTest {

    private static List<TalkCandidate> read(String markdown) {
        return DashedLineupItems.read(Prose.blocks(markdown), Prose.CONTEXT);
    }

    @Test
    void quotedTitlesTellWhichSideIsTheNameForEveryItem() {
        List<TalkCandidate> c = read("""
                An evening of talks, with this lineup:

                - Nora Quist - "Profiling without Tears" - 10 minutes
                - Omar Haddad - “Queues in Practice” - 15 minutes
                - Ada Obi - Green Fields - 5 min
                - Tom Reed - TBD - 15 minutes
                """);
        assertThat(c).extracting(Prose::speakers)
                .containsExactly(List.of("Nora Quist"), List.of("Omar Haddad"), List.of("Ada Obi"));
        assertThat(c).extracting(t -> t.title().orElseThrow())
                .containsExactly("Profiling without Tears", "Queues in Practice", "Green Fields");
    }

    @Test
    void titlesFirstAreReadTheOtherWayRound() {
        List<TalkCandidate> c = read("""
                Talks:

                - "Profiling without Tears" - Nora Quist
                - Green Fields - Ada Obi
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Nora Quist"), List.of("Ada Obi"));
    }

    @Test
    void listsWithoutQuotedTitlesOrNotAboutTalksGiveNothing() {
        assertThat(read("""
                Talks:

                - Nora Quist - Green Fields
                - Ada Obi - Blue Skies
                """)).isEmpty();
        assertThat(read("""
                Books we liked:

                - Frank Herbert - "Dune"
                - Ursula Le Guin - "The Dispossessed"
                """)).isEmpty();
    }
}
