package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventStatus;
import io.meetkit.core.EventTime;
import io.meetkit.core.LinkKind;
import io.meetkit.core.Provenance;
import io.meetkit.core.Site;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import io.meetkit.core.Venue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterEventTest {

    private static final Site PUNE = Site.UNKNOWN.withTimeZone(ZoneId.of("Asia/Kolkata"));

    private static ExtractionResult read(String post) {
        return Extract.result(post, PUNE, Map.of());
    }

    private static Event eventOf(String post) {
        return read(post).event().orElseThrow();
    }

    @Test
    void theEventMapGivesDateTimesZoneAndVenueAsStatedFacts() {
        Event e = eventOf("""
                ---
                title: June Meetup
                event:
                  date: 2024-06-18
                  start: "18:30"
                  end: "21:00"
                  timezone: Europe/Berlin
                  venue:
                    name: Acme Labs
                    address: 12 Main Street
                    city: Berlin
                    country: DE
                    geo: {lat: 52.52, lon: 13.40}
                ---
                Hello.
                """);
        EventTime.Timed t = (EventTime.Timed) e.time().orElseThrow();
        assertThat(t.start().toLocalDateTime()).isEqualTo(LocalDate.of(2024, 6, 18).atTime(18, 30));
        assertThat(t.end().map(x -> x.toLocalTime())).contains(LocalTime.of(21, 0));
        assertThat(t.start().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        Venue v = e.venue().orElseThrow();
        assertThat(v.name()).contains("Acme Labs");
        assertThat(v.locality()).contains("Berlin");
        assertThat(v.geo()).isPresent();
        assertThat(e.provenanceOf(EventFact.DATE)).contains(Provenance.frontMatter(4));
        assertThat(e.provenanceOf(EventFact.VENUE)).map(p -> p.origin().isStated()).contains(true);
    }

    @Test
    void theTalksListGivesKindsSpeakersWithProfilesAndResources() {
        Event e = eventOf("""
                ---
                event:
                  date: 2024-06-18
                talks:
                  - title: Typing the untypable
                    speakers:
                      - name: Raj Iyer
                        twitter: "@rajiyer"
                        github: rajiyer
                    slides: https://speakerdeck.com/raj/typing
                    duration: 30
                  - title: Ten tiny tools
                    kind: lightning
                    speaker: Lena Park
                ---
                """);
        Talk first = e.talks().get(0);
        assertThat(first.speakers().get(0).links()).extracting(l -> l.kind())
                .containsExactly(LinkKind.TWITTER, LinkKind.GITHUB);
        assertThat(first.links()).extracting(l -> l.kind()).containsExactly(LinkKind.SLIDES);
        assertThat(first.duration()).contains(Duration.ofMinutes(30));
        assertThat(e.talks().get(1).kind()).isEqualTo(TalkKind.LIGHTNING);
        assertThat(e.talks().get(1).speakers()).extracting(Speaker::name).containsExactly("Lena Park");
    }

    @Test
    void anEventDateBesideThePublicationDateIsTheEventsDate() {
        Event e = eventOf("""
                ---
                date: 2024-06-25
                event_date: 2024-06-18
                time: "6:30 PM - 9 PM"
                ---
                """);
        EventTime.Timed t = (EventTime.Timed) e.time().orElseThrow();
        assertThat(t.start().toLocalDateTime()).isEqualTo(LocalDate.of(2024, 6, 18).atTime(18, 30));
        assertThat(t.end().map(x -> x.toLocalTime())).contains(LocalTime.of(21, 0));
    }

    @Test
    void aDurationKeyGivesTheEnd() {
        Event e = eventOf("""
                ---
                event_date: 2024-06-18
                time: "18:00"
                duration: 2h
                ---
                """);
        EventTime.Timed t = (EventTime.Timed) e.time().orElseThrow();
        assertThat(t.end().map(x -> x.toLocalTime())).contains(LocalTime.of(20, 0));
    }

    @Test
    void aVenueSlugIsLookedUpInTheSitesLocationsFile() {
        Map<String, Object> data = Map.of("locations", Map.of("acme", Map.of("name", "Acme Labs", "city", "Pune")));
        Event e = Extract.result("""
                ---
                event_date: 2024-06-18
                location: acme
                ---
                """, PUNE, data).event().orElseThrow();
        assertThat(e.venue().flatMap(Venue::name)).contains("Acme Labs");
        assertThat(e.venue().flatMap(Venue::locality)).contains("Pune");
    }

    @Test
    void aHostAndHostAddressGiveTheVenue() {
        Event e = eventOf("""
                ---
                event_date: 2024-06-18
                host: Widget Corp
                host_address: 4 Elm Road, Pune
                ---
                """);
        assertThat(e.venue().flatMap(Venue::name)).contains("Widget Corp");
        assertThat(e.venue().flatMap(Venue::streetAddress)).contains("4 Elm Road, Pune");
    }

    @Test
    void speakersGivenAsStringsBecomeTalksByThem() {
        Event e = eventOf("""
                ---
                event_date: 2024-06-18
                speakers: [Ann Lee, Bo Chen]
                ---
                """);
        assertThat(e.talks()).hasSize(2);
        assertThat(e.speakers()).extracting(Speaker::name).containsExactly("Ann Lee", "Bo Chen");
    }

    @Test
    void aSpeakersListBesideASingleTalkGivesThatTalkItsSpeakers() {
        Event e = eventOf("""
                ---
                event_date: 2024-06-18
                talks: [Async deep dive]
                speakers: [Ann Lee, Bo Chen]
                ---
                """);
        assertThat(e.talks().get(0).speakers()).extracting(Speaker::name).containsExactly("Ann Lee", "Bo Chen");
    }

    @Test
    void speakersThatCannotBePairedWithTalksAreReportedNotDropped() {
        ExtractionResult r = read("""
                ---
                event_date: 2024-06-18
                talks: [One, Two, Three]
                speakers: [Ann Lee, Bo Chen]
                ---
                """);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).contains("cannot be paired");
        });
    }

    @Test
    void aTalkWithANestedSpeakerMapIsRead() {
        Event e = eventOf("""
                ---
                event_date: 2024-06-18
                sessions:
                  - title: Async deep dive
                    speaker: {name: Ann Lee, website: "https://ann.example"}
                ---
                """);
        assertThat(e.talks().get(0).speakers().get(0).links()).extracting(l -> l.url().toString())
                .containsExactly("https://ann.example");
    }

    @Test
    void aTalkSlugIsLookedUpInTheSitesTalksFile() {
        Map<String, Object> data = Map.of("talks", Map.of("lark", Map.of("title", "Parsing with Lark",
                "speaker", "Mira Nair")));
        Event e = Extract.result("""
                ---
                event_date: 2024-06-18
                talks: [lark]
                ---
                """, PUNE, data).event().orElseThrow();
        assertThat(e.talks().get(0).title()).contains("Parsing with Lark");
        assertThat(e.talks().get(0).speakers()).extracting(Speaker::name).containsExactly("Mira Nair");
    }

    @Test
    void aSpeakerNamedInTheSitesSpeakersListGetsItsProfiles() {
        Map<String, Object> data = Map.of("speakers", List.of(Map.of("name", "Mira Nair", "github", "miranair")));
        Event e = Extract.result("""
                ---
                event_date: 2024-06-18
                talks:
                  - title: Parsing with Lark
                    speaker: Mira Nair
                ---
                """, PUNE, data).event().orElseThrow();
        assertThat(e.talks().get(0).speakers().get(0).links()).extracting(l -> l.url().toString())
                .containsExactly("https://github.com/miranair");
    }

    @Test
    void placeholdersMeanNoTalkAndNoComplaint() {
        ExtractionResult r = read("""
                ---
                event_date: 2024-06-18
                talks:
                  - TBD
                  - false
                  - title: TBA
                ---
                """);
        assertThat(r.event().orElseThrow().talks()).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void anRsvpLinkIsTheEventsUrl() {
        Event e = eventOf("""
                ---
                event_date: 2024-06-18
                rsvp: https://www.meetup.com/pytown/events/1234/
                ---
                """);
        assertThat(e.url()).map(Object::toString).contains("https://www.meetup.com/pytown/events/1234/");
    }

    @Test
    void aStatusIsRead() {
        Event e = eventOf("""
                ---
                event:
                  date: 2024-06-18
                  status: cancelled
                ---
                """);
        assertThat(e.status()).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void aTopLevelPublicationStatusIsNotAnEventStatus() {
        ExtractionResult r = read("""
                ---
                event_date: 2024-06-18
                status: draft
                ---
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.event().orElseThrow().status()).isEqualTo(EventStatus.SCHEDULED);
    }

    @Test
    void aTopLevelCancelledStatusCancelsTheEvent() {
        Event e = eventOf("""
                ---
                event_date: 2024-06-18
                status: canceled
                ---
                """);
        assertThat(e.status()).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void frontMatterTalksTakePrecedenceOverProse() {
        Event e = eventOf("""
                ---
                event_date: 2024-06-18
                talks:
                  - title: Stated talk
                    speaker: Ann Lee
                ---
                The first talk was Prose talk by Bo Chen.
                """);
        assertThat(e.talks()).extracting(t -> t.title().orElse("")).containsExactly("Stated talk");
        assertThat(e.provenanceOf(EventFact.TALKS)).map(p -> p.origin()).contains(Provenance.Origin.FRONT_MATTER);
    }

    @Test
    void anUnreadableDateIsAWarningAtItsPositionAndThePostIsKept() {
        ExtractionResult r = read("""
                ---
                title: June
                event:
                  date: next friday
                ---
                """);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.isError()).isFalse();
        assertThat(d.line()).isEqualTo(4);
        assertThat(d.column()).isGreaterThan(1);
        assertThat(d.message()).contains("event.date").contains("next friday");
    }

    @Test
    void aDateThatCannotExistIsAnError() {
        ExtractionResult r = read("""
                ---
                title: June
                event:
                  date: 2022-02-30
                  start: "25:10"
                ---
                """);
        assertThat(r.diagnostics()).extracting(Diagnostic::isError).containsExactly(true, true);
        assertThat(r.diagnostics()).extracting(Diagnostic::message).allSatisfy(m -> assertThat(m)
                .contains("no such date or time"));
    }

    @Test
    void anEventThatIsALineOfTextIsAWarningAndIgnored() {
        ExtractionResult r = read("""
                ---
                event: tomorrow
                ---
                """);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).endsWith("ignored");
        });
        assertThat(r.event()).isEmpty();
    }

    @Test
    void anEventThatIsASlugOfAnotherFileIsNotReadAsADate() {
        ExtractionResult r = read("""
                ---
                event: 2024-07-04-event
                ---
                """);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.isError()).isFalse());
        assertThat(r.event()).isEmpty();
    }

    @Test
    void anUnknownZoneIsAnErrorAndTheEventStillHasItsDate() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2024-06-18
                  timezone: Mars/Olympus
                ---
                """);
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("Mars/Olympus"));
        assertThat(r.event().flatMap(Event::time).map(EventTime::startDate)).contains(LocalDate.of(2024, 6, 18));
    }

    @Test
    void attendanceThatIsNotANumberIsAnError() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2024-06-18
                  attendance: lots
                ---
                """);
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.key()).contains("event.attendance"));
        assertThat(r.event().orElseThrow().attendance()).isEmpty();
    }

    @Test
    void anUnknownEventKeyIsAWarningNotSilence() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2024-06-18
                  colour: blue
                ---
                """);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).contains("colour");
        });
    }

    @Test
    void aTalkStartTimeIsPlacedOnTheEventsDayAndZone() {
        Event e = eventOf("""
                ---
                event:
                  date: 2024-06-18
                  start: "18:00"
                talks:
                  - title: Opening
                    start: "18:15"
                ---
                """);
        assertThat(e.talks().get(0).start().map(s -> s.toLocalTime())).contains(LocalTime.of(18, 15));
    }

    @Test
    void structuredTalksListedUnderTheEventMapAreRead() {
        Event e = eventOf("""
                ---
                event:
                  date: 2024-06-18
                  talks:
                    - Opening words
                ---
                """);
        assertThat(e.talks()).extracting(t -> t.title().orElse("")).isEqualTo(List.of("Opening words"));
    }

    @Test
    void aHugeDurationIsAPositionedErrorNotAnOverflow() {
        ExtractionResult r = read("---\ntitle: Long\nevent:\n  date: 2024-01-02\n  start: \"10:00\"\n"
                + "  duration: 99999999999999\ntalks:\n  - title: T\n    duration: \"99999999999999999999\"\n---\n");
        assertThat(r.diagnostics()).extracting(d -> d.line() + " " + d.message()).containsExactly(
                "6 event.duration: a duration of '99999999999999' is longer than 31 days; left out",
                "9 talks[0].duration: a duration of '99999999999999999999' is longer than 31 days; left out");
        assertThat(r.event()).isPresent();
    }

    @Test
    void anEventDateOutsideThePlausibleYearsIsLeftOutWithAnError() {
        ExtractionResult r = read("---\ntitle: Year zero\nevent:\n  date: \"0000-01-01\"\n---\n");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).isEqualTo("event.date: the year 0 is outside 1900–2999; the date is left out");
        });
        ExtractionResult far = read("---\ntitle: Far\nevent:\n  date: \"-999999999-01-01T00:00:00Z\"\n---\n");
        assertThat(far.diagnostics()).extracting(d -> d.message()).containsExactly(
                "event.date: the year -999999999 is outside 1900–2999; the date is left out");
        assertThat(far.event().flatMap(e -> e.time())).isEmpty();
    }
}
