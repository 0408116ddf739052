package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Site;
import io.meetkit.core.Speaker;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys meetkit knows, written by a site in its own shape: read what can be read, warn about the rest. */
class SiteVocabularyTest {

    private static final Site LYON = Site.UNKNOWN.withTimeZone(ZoneId.of("Europe/Paris"));

    private static ExtractionResult read(String post) {
        return Extract.result(post, LYON, Map.of());
    }

    @Test
    void attendeesListedAsPeopleGiveTheirNumberAsAttendance() {
        ExtractionResult r = read("""
                ---
                title: Club night
                event:
                  date: 2021-03-04
                attendees:
                  - https://ines.example/
                  - https://bo.example/
                  - https://ines.example/
                ---
                """);
        Event e = r.event().orElseThrow();
        assertThat(e.attendance()).hasValue(2);
        assertThat(e.provenanceOf(EventFact.ATTENDANCE).flatMap(p -> p.detail()))
                .contains("the number of people listed");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aSpeakersMapKeyedByNameGivesOneTalkPerName() {
        ExtractionResult r = read("""
                ---
                title: March
                event:
                  date: 2021-03-04
                speakers:
                  Mireille Okafor:
                    title: "Tidy data at scale"
                    remoteslides: "https://slides.example/tidy"
                    localslides: "/assets/tidy.pdf"
                  Tomasz Berg: Shiny in production
                ---
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.event().orElseThrow().talks()).satisfiesExactly(
                t -> {
                    assertThat(t.title()).contains("Tidy data at scale");
                    assertThat(t.speakers()).extracting(Speaker::name).containsExactly("Mireille Okafor");
                    assertThat(t.links()).extracting(l -> l.url().toString())
                            .containsExactly("https://slides.example/tidy");
                },
                t -> {
                    assertThat(t.title()).contains("Shiny in production");
                    assertThat(t.speakers()).extracting(Speaker::name).containsExactly("Tomasz Berg");
                });
    }

    @Test
    void aSpeakerWhoseTalkIsOfAnotherShapeIsKeptWithAWarning() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2021-03-04
                speakers:
                  Mireille Okafor:
                    title: "Tidy data at scale"
                  Tomasz Berg: [not, a, talk]
                ---
                """);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).startsWith("speakers.Tomasz Berg: expected a talk title or a map");
        });
        assertThat(r.event().orElseThrow().talks()).flatExtracting(t -> t.speakers()).extracting(Speaker::name)
                .containsExactly("Mireille Okafor", "Tomasz Berg");
    }

    @Test
    void aSpeakersMapKeyedByNameBesideOneTalkNamesItsSpeakers() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2021-03-04
                talks:
                  - title: Tidy data at scale
                speakers:
                  Mireille Okafor:
                    title: "Tidy data at scale"
                ---
                """);
        assertThat(r.event().orElseThrow().talks()).singleElement().satisfies(t -> assertThat(t.speakers())
                .extracting(Speaker::name).containsExactly("Mireille Okafor"));
    }

    @Test
    void oneSpeakersRecordIsStillOneSpeaker() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2021-03-04
                speakers:
                  name: Mireille Okafor
                  twitter: mokafor
                ---
                """);
        assertThat(r.event().orElseThrow().talks()).singleElement().satisfies(t -> assertThat(t.speakers())
                .extracting(Speaker::name).containsExactly("Mireille Okafor"));
    }

    @Test
    void agendaItemsThatAreBreaksOrSocialsAreNotTalksAndNotComplaints() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2025-08-16
                agenda:
                  - type: presentation
                    title: Packet filters today
                    presenter: Kenji Arai
                  - type: social
                    title: Drinks at the bar
                  - title: Coffee break
                  - type: break
                ---
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.event().orElseThrow().talks()).extracting(t -> t.title().orElse(""))
                .containsExactly("Packet filters today");
    }

    @Test
    void anUnknownTalkKindIsAWarningAndTheTalkIsKept() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2025-08-16
                talks:
                  - title: Fireside chat
                    kind: fireside
                ---
                """);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.isError()).isFalse());
        assertThat(r.event().orElseThrow().talks()).extracting(t -> t.title().orElse(""))
                .containsExactly("Fireside chat");
    }

    @Test
    void aDurationWithADecimalCommaIsHours() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2025-08-16
                  start: "18:00"
                  duration: 3,5
                ---
                """);
        EventTime.Timed t = (EventTime.Timed) r.event().orElseThrow().time().orElseThrow();
        assertThat(Duration.between(t.start(), t.end().orElseThrow())).isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void aWholeNumberDurationIsStillMinutes() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2025-08-16
                  start: "18:00"
                  duration: 90
                ---
                """);
        EventTime.Timed t = (EventTime.Timed) r.event().orElseThrow().time().orElseThrow();
        assertThat(Duration.between(t.start(), t.end().orElseThrow())).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void valuesOfAnotherShapeAreWarningsAndThePostKeepsItsEvent() {
        ExtractionResult r = read("""
                ---
                event:
                  date: 2025-08-16
                  venue: [1, 2]
                  rsvp: 12
                  attendance: lots
                talks: 7
                ---
                """);
        assertThat(r.diagnostics()).hasSize(4).noneMatch(Diagnostic::isError);
        assertThat(r.event()).isPresent();
    }

    @Test
    void startedAtAndEndedAtGiveTheDayAndTimes() {
        EventTime.Timed t = (EventTime.Timed) read("""
                ---
                title: Autumn meetup
                started_at: 2019-10-03 19:00:00
                ended_at: 2019-10-03 21:15:00
                ---
                """).event().orElseThrow().time().orElseThrow();
        assertThat(t.start().toLocalDateTime()).hasToString("2019-10-03T19:00");
        assertThat(t.end().orElseThrow().toLocalTime()).hasToString("21:15");
    }

    @Test
    void aVenueNameAndCityInTwoKeysMakeOneVenue() {
        Event e = read("""
                ---
                title: Graphs
                event_date: 2023-05-02
                venue_name: Atelier Sept
                venue_city: Lyon
                going_count: 31
                ---
                """).event().orElseThrow();
        assertThat(e.venue().orElseThrow().name()).contains("Atelier Sept");
        assertThat(e.venue().orElseThrow().locality()).contains("Lyon");
        assertThat(e.attendance()).hasValue(31);
    }

    @Test
    void aVenueNamedInOneKeyTakesItsStreetFromTheAddressKey() {
        Event e = read("""
                ---
                event_date: 2023-05-02
                venue: Atelier Sept
                address: 7 rue des Tanneurs, Lyon
                ---
                """).event().orElseThrow();
        assertThat(e.venue().orElseThrow().name()).contains("Atelier Sept");
        assertThat(e.venue().orElseThrow().streetAddress()).contains("7 rue des Tanneurs, Lyon");
    }

    @Test
    void anAddressThatStartsWithAStreetNumberNamesNoPlace() {
        Event e = read("""
                ---
                event_date: 2023-05-02
                address: 12 Quai Perrache, Lyon
                ---
                """).event().orElseThrow();
        assertThat(e.venue().orElseThrow().name()).isEmpty();
        assertThat(e.venue().orElseThrow().streetAddress()).contains("12 Quai Perrache, Lyon");
    }

    @Test
    void aVenueThatSaysOnlineMakesTheEventOnlineWithoutAPlace() {
        Event e = read("""
                ---
                event_date: 2021-02-02
                venue: Online
                ---
                """).event().orElseThrow();
        assertThat(e.venue()).isEmpty();
        assertThat(e.attendanceMode()).isEqualTo(io.meetkit.core.AttendanceMode.ONLINE);
    }

    @Test
    void keysInsideHugoParamsAndZolaExtraAreRead() {
        Event params = read("""
                ---
                title: Params
                params:
                  eventDate: 2024-03-05
                  meetupUrl: https://www.meetup.com/lyon-py/events/1/
                ---
                """).event().orElseThrow();
        assertThat(params.time().map(EventTime::startDate)).hasValueSatisfying(d -> assertThat(d)
                .hasToString("2024-03-05"));
        assertThat(params.url()).hasValueSatisfying(u -> assertThat(u).hasToString(
                "https://www.meetup.com/lyon-py/events/1/"));
        Event extra = read("""
                ---
                title: Extra
                extra:
                  venue: Atelier Sept
                  event_date: 2024-03-06
                ---
                """).event().orElseThrow();
        assertThat(extra.venue().flatMap(v -> v.name())).contains("Atelier Sept");
    }

    @Test
    void aWhenKeyWrittenInWordsGivesTheDayAndTime() {
        ExtractionResult r = Extract.result("""
                ---
                title: Testing
                when: Tuesday 31st January, 6.30pm
                ---
                """, LYON, Map.of());
        EventTime.Timed t = (EventTime.Timed) r.event().orElseThrow().time().orElseThrow();
        assertThat(t.start().toLocalTime()).hasToString("18:30");
        assertThat(t.start().getMonthValue()).isEqualTo(1);
        assertThat(t.start().getDayOfMonth()).isEqualTo(31);
    }
}
