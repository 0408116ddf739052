package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkContext;
import io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems.AgendaTalk;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgendaItemsTest {

    private static List<TalkCandidate> read(String markdown) {
        return AgendaItems.read(Prose.blocks(markdown), Prose.CONTEXT, new TalkContext(), Set.of("https://venue.example"))
                .stream().map(AgendaTalk::talk).toList();
    }

    private static List<String> titles(List<TalkCandidate> talks) {
        return talks.stream().map(t -> t.title().orElse("-")).toList();
    }

    @Test
    void titleDashNameItemsAreTalksWithTheLastPartAsSpeaker() {
        List<TalkCandidate> c = read("""
                Agenda:

                - Profiling without Tears - Nora Quist
                - Welcome and pizza
                """);
        assertThat(titles(c)).containsExactly("Profiling without Tears");
        assertThat(Prose.speakers(c.get(0))).containsExactly("Nora Quist");
    }

    @Test
    void aNumberedTalkLabelPutsTheNameFirstAndAQuotedPartIsTheTitle() {
        List<TalkCandidate> c = read("""
                - Talk 1 - Omar Haddad - "Caching at the Edge"
                - Workshop: Nora Quist - Testing Legacy Code
                """);
        assertThat(titles(c)).containsExactly("Caching at the Edge", "Testing Legacy Code");
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Omar Haddad"), List.of("Nora Quist"));
        assertThat(c.get(1).kind()).isEqualTo(TalkKind.WORKSHOP);
    }

    @Test
    void titleByPeopleTakesTheLastByAndEveryoneAfterIt() {
        List<TalkCandidate> c = read("""
                - Step by Step Packaging by [Ana Lima](https://example.org/ana) and Bo Chen ([slides](https://slides.example/p))
                """);
        assertThat(titles(c)).containsExactly("Step by Step Packaging");
        assertThat(c.get(0).speakers()).extracting(TalkCandidate.SpeakerMention::profileUrl)
                .containsExactly(Optional.of("https://example.org/ana"), Optional.empty());
        assertThat(c.get(0).links()).containsExactly("https://slides.example/p");
    }

    @Test
    void hostedByAndSponsoredByNameNoSpeaker() {
        assertThat(read("""
                - Drinks sponsored by Acme
                - Room hosted by Nora Quist
                """)).isEmpty();
    }

    @Test
    void aTitleWithThePersonInParenthesesDropsTheRole() {
        List<TalkCandidate> c = read("- Maps in the Browser (Rosa Diaz - Acme Labs)\n");
        assertThat(titles(c)).containsExactly("Maps in the Browser");
        assertThat(Prose.speakers(c.get(0))).containsExactly("Rosa Diaz");
    }

    @Test
    void levelLengthAndTimePartsAreNotTitles() {
        List<TalkCandidate> c = read("- 18:30 - Beginner level - 20 min - Fuzzing for Fun - Kofi Mensah\n");
        assertThat(titles(c)).containsExactly("Fuzzing for Fun");
        assertThat(Prose.speakers(c.get(0))).containsExactly("Kofi Mensah");
    }

    @Test
    void openSlotsAndPhoneNumbersAreNoTalks() {
        assertThat(read("""
                - Lightning talk - You?
                - Your talk here - TBD
                - Call for speakers - Nora Quist
                - Bookings - 555 123 4567 - Nora Quist
                """)).isEmpty();
    }

    @Test
    void theItemsOfASponsorsListAreNotTalks() {
        assertThat(read("""
                Thanks to our sponsors:

                - Coffee - Nora Quist
                """)).isEmpty();
    }

    @Test
    void theLinesOfASchedulePararaphEachGiveATalkWithTheirOwnLinks() {
        List<TalkCandidate> c = read("""
                Schedule for the evening:
                18:00 - Doors open
                18:30 - Caching at the Edge - Omar Haddad ([video](https://video.example/1))
                19:15 - *Maps in the Browser* - [Rosa Diaz](https://twitter.com/rosa)
                """);
        assertThat(titles(c)).containsExactly("Caching at the Edge", "Maps in the Browser");
        assertThat(c.get(0).links()).containsExactly("https://video.example/1");
        assertThat(c.get(1).links()).isEmpty();
        assertThat(c.get(1).line()).isEqualTo(4);
    }

    @Test
    void aSingleTimedLineIsNoSchedule() {
        assertThat(read("18:30 - Caching at the Edge - Omar Haddad\n")).isEmpty();
    }

    @Test
    void aMultiLineItemIsReadByItsFirstLineWhenThatIsATalk() {
        List<TalkCandidate> c = read("""
                - Caching at the Edge - Omar Haddad
                  A look at what a CDN keeps - and for how long.
                """);
        assertThat(titles(c)).containsExactly("Caching at the Edge");
    }

    @Test
    void aNumberedHeadingWithByGivesItsTitleAndLinkedSpeaker() {
        var h = Prose.blocks("### 2. Caching at the Edge by [Omar Haddad](https://twitter.com/omar)\n").get(0);
        TalkCandidate c = AgendaItems.headingTitleBy(h, Prose.CONTEXT).orElseThrow();
        assertThat(c.title()).contains("Caching at the Edge");
        assertThat(c.speakers()).singleElement().satisfies(p -> assertThat(p.profileUrl())
                .contains("https://twitter.com/omar"));
        assertThat(AgendaItems.headingTitleBy(Prose.blocks("## Hosted by Acme Labs\n").get(0), Prose.CONTEXT))
                .isEmpty();
    }
}
