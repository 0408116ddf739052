package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkContext;
import io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems.AgendaTalk;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleLineTalksTest {

    private static List<TalkCandidate> read(String markdown) {
        return TitleLineTalks.read(Prose.blocks(markdown), Prose.CONTEXT, new TalkContext(), Set.of()).stream()
                .map(AgendaTalk::talk).toList();
    }

    @Test
    void aTitleLineWithByNamesItsSpeakerOnTheSameLine() {
        List<TalkCandidate> c = read("Talk 2: Profiling without Tears by Nora Quist\n");
        assertThat(c).singleElement().satisfies(t -> {
            assertThat(t.title()).contains("Profiling without Tears");
            assertThat(Prose.speakers(t)).containsExactly("Nora Quist");
        });
    }

    @Test
    void aSpeakerLineInTheSameOrANextBlockNamesTheSpeakerAndTheTitleLineKeepsItsLine() {
        List<TalkCandidate> c = read("""
                Title: Caching at the Edge

                A look at what a CDN keeps, and for how long.

                Speaker: [Omar Haddad](https://example.org/omar) ([slides](https://slides.example/c))
                """);
        assertThat(c).singleElement().satisfies(t -> {
            assertThat(t.title()).contains("Caching at the Edge");
            assertThat(t.speakers()).singleElement().satisfies(p -> assertThat(p.profileUrl())
                    .contains("https://example.org/omar"));
            assertThat(t.line()).isEqualTo(1);
        });
    }

    @Test
    void aSpeakerLineThreeBlocksOnIsTooFar() {
        assertThat(read("""
                Topic: Caching at the Edge

                One.

                Two.

                Speaker: Omar Haddad
                """)).isEmpty();
    }

    @Test
    void anOpenSlotIsNoTalk() {
        assertThat(read("Talk 3: TBD\nSpeaker: Nora Quist\n")).isEmpty();
    }

    @Test
    void theKindComesFromTheSectionAndTheTitle() {
        List<TalkCandidate> c = read("""
                ## Lightning round

                Session 1: Regex Golf
                Presented by: Kofi Mensah
                """);
        assertThat(c).singleElement().extracting(TalkCandidate::kind).isEqualTo(TalkKind.LIGHTNING);
    }

    @Test
    void aTitleLineInASponsorsSectionIsNotRead() {
        assertThat(read("""
                ## Our sponsors

                Title: Gold sponsor
                By: Acme Labs and Nora Quist
                """)).isEmpty();
    }

    @Test
    void eachTitleLineTakesTheFirstSpeakerLineAfterIt() {
        List<TalkCandidate> c = read("""
                Title: Caching at the Edge
                Speaker: Omar Haddad
                Title: Maps in the Browser
                Title: Regex Golf
                Speaker: Rosa Diaz
                """);
        assertThat(c).extracting(t -> t.title().orElse("-") + " / " + Prose.speakers(t)).containsExactly(
                "Caching at the Edge / [Omar Haddad]", "Maps in the Browser / [Rosa Diaz]",
                "Regex Golf / [Rosa Diaz]");
    }
}
