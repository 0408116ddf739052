package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.Provenance;
import io.meetkit.core.Site;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    private static final String TIMED = "The meetup on 18 June 2022 at Acme Labs, Pune starts at 6:30 PM.";

    private static Site siteWithZone(String zone) {
        return Site.UNKNOWN.withTimeZone(ZoneId.of(zone));
    }

    private static Optional<ZoneId> zoneOf(Event e) {
        return e.time().flatMap(t -> t.zone());
    }

    @Test
    void theSitesTimeZoneIsUsedBeforeAnyGuess() {
        Event e = Extract.result(TIMED, siteWithZone("Europe/Berlin"), Map.of()).event().orElseThrow();
        assertThat(zoneOf(e)).contains(ZoneId.of("Europe/Berlin"));
        assertThat(e.provenanceOf(EventFact.TIME_ZONE)).map(Provenance::origin).contains(Provenance.Origin.SITE);
    }

    @Test
    void theCallersZoneIsUsedWhenTheSiteHasNone() {
        ExtractionInput in = TestPosts.input(Extract.SOURCE, TIMED);
        ExtractionInput withDefault = new ExtractionInput(in.source(), in.title(), in.postDate(), in.frontMatter(),
                in.keyPositions(), in.document(), in.site(), Optional.of(ZoneId.of("America/Sao_Paulo")),
                in.siteData());
        Event e = new EventExtractor().extract(withDefault).event().orElseThrow();
        assertThat(zoneOf(e)).contains(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void aZoneInferredFromTheVenuesCitySaysSoInItsProvenance() {
        Event e = Extract.eventOf(TIMED);
        assertThat(zoneOf(e)).contains(ZoneId.of("Asia/Kolkata"));
        Provenance p = e.provenanceOf(EventFact.TIME_ZONE).orElseThrow();
        assertThat(p.origin()).isEqualTo(Provenance.Origin.DEFAULT);
        assertThat(p.detail()).hasValueSatisfying(d -> assertThat(d).contains("Pune"));
    }

    @Test
    void anEventWithATimeAndNoKnownZoneIsInUtcWithAWarning() {
        ExtractionResult r = Extract.result("The meetup on 18 June 2022 at Acme Labs starts at 6:30 PM.");
        assertThat(r.event().flatMap(EventExtractorTest::zoneOf)).contains(ZoneOffset.UTC);
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).contains("UTC");
        });
    }

    @Test
    void aTimeZoneKeyInTheEventMapWinsOverTheSite() {
        String post = """
                ---
                event:
                  date: 2022-06-18
                  start: "18:30"
                  timezone: Asia/Tokyo
                ---
                Hello.
                """;
        Event e = Extract.result(post, siteWithZone("Europe/Berlin"), Map.of()).event().orElseThrow();
        assertThat(zoneOf(e)).contains(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void aCallForProposalsPostGetsNoEvent() {
        assertThat(Extract.event("""
                Our call for proposals is open! Submit your talk ideas [here](https://cfp.example/) before
                June 30th. We welcome first-time speakers.
                """)).isEmpty();
    }

    @Test
    void aThankYouListOfLinkedPeopleGetsNoEvent() {
        assertThat(Extract.event("""
                2014 was a great year for us. Thanks to all our speakers and mentors
                - [Siv](https://twitter.com/siv)
                - [Hari](https://twitter.com/hari)
                """)).isEmpty();
    }

    @Test
    void anEmptyBodyGetsNoEventAndNoDiagnostic() {
        ExtractionResult r = Extract.result("");
        assertThat(r.event()).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void proseFactsAreMarkedAsNotStated() {
        Event e = Extract.eventOf("About 40 people attended the meetup at Acme Labs.");
        assertThat(e.provenanceOf(EventFact.ATTENDANCE)).map(p -> p.origin().isStated()).contains(false);
        assertThat(e.provenanceOf(EventFact.VENUE)).map(Provenance::origin).contains(Provenance.Origin.PROSE);
    }

    @Test
    void theEventIsNamedAfterThePostTitle() {
        Event e = Extract.eventOf("""
                ---
                title: June Meetup
                ---
                About 40 people attended the meetup at Acme Labs.
                """);
        assertThat(e.name()).isEqualTo("June Meetup");
    }

    @Test
    void aDocumentWithoutSourceSpansIsStillRead() {
        ExtractionInput in = new ExtractionInput("x.md", "X", Optional.empty(), Map.of(), Map.of(),
                Parser.builder().build().parse("The meetup was held at Acme Labs, Pune."), Site.UNKNOWN,
                Optional.empty(), Map.of());
        assertThat(new EventExtractor().extract(in).event()).isPresent();
    }

    @Test
    void aTalkSpeakerAppearsOnceInTheEventsSpeakers() {
        Event e = Extract.eventOf("""
                [Hana Mori](https://twitter.com/hanamori) gave a talk about numba at Acme Labs.

                [Hana Mori](https://x.com/HanaMori/) also gave a lightning talk about profiling.
                """);
        assertThat(e.speakers()).hasSize(1);
        assertThat(e.talks()).hasSize(2);
        assertThat(List.copyOf(e.talks().get(1).speakers())).isEqualTo(e.talks().get(0).speakers());
    }
}
