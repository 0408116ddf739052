package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VTimezone;
import biweekly.io.ICalTimeZone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.Post;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated VTIMEZONE agrees with {@link ZoneRules}: both readers give the zone's offset at every event, and
 * every observance onset (RRULEs expanded by biweekly) is exactly a transition of the zone, with the same offsets,
 * and no transition between the first and last event is missing.
 */
class TimeZoneTest {

    static Stream<Arguments> zones() {
        return Stream.of(
                Arguments.of("Asia/Kolkata", List.of("2024-06-15T04:30:00Z", "1944-06-01T00:00:00Z")),
                // Not 14:00 local on a change day: biweekly 0.6.8 reads it as 02:00 (a 12-hour clock slip).
                Arguments.of("Europe/Berlin", List.of("2024-03-30T12:00:00Z", "2024-03-31T09:00:00Z",
                        "2024-10-26T12:00:00Z", "2024-10-27T09:00:00Z", "2031-07-01T12:00:00Z",
                        "1985-05-01T12:00:00Z")),
                Arguments.of("America/New_York", List.of("2024-03-09T23:00:00Z", "2024-03-10T23:00:00Z",
                        "2024-11-02T23:00:00Z", "2024-11-03T23:00:00Z", "2006-07-01T12:00:00Z")),
                Arguments.of("Australia/Lord_Howe", List.of("2024-04-06T02:00:00Z", "2024-04-07T02:00:00Z",
                        "2024-10-05T02:00:00Z", "2024-10-06T02:00:00Z")),
                Arguments.of("America/Sao_Paulo", List.of("2018-11-03T15:00:00Z", "2018-11-04T15:00:00Z",
                        "2019-02-16T15:00:00Z", "2019-02-17T15:00:00Z", "2024-01-15T15:00:00Z")));
    }

    private static String feed(ZoneId zone, List<String> instants) throws IOException {
        List<Post> posts = new ArrayList<>();
        for (String at : instants) {
            posts.add(Samples.post("2024-01-01-e" + posts.size() + ".md", "e")
                    .event(Event.builder("e").time(EventTime.at(Instant.parse(at).atZone(zone))).build()).build());
        }
        StringWriter out = new StringWriter();
        IcsWriter.builder().clock(Samples.CLOCK).build().writeFeed(posts, out);
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zones")
    void bothReadersGiveTheZoneRulesOffsetAtEveryEvent(String id, List<String> instants) throws IOException {
        ZoneId zone = ZoneId.of(id);
        String ics = feed(zone, instants);
        IndependentReaders.assertAccepted(ics);
        VTimeZone ical4j = IndependentReaders.ical4j(ics).<VTimeZone>getComponents("VTIMEZONE").get(0);
        TimezoneAssignment biweekly = IndependentReaders.biweekly(ics).getTimezoneInfo().getTimezoneById(id);
        assertThat(biweekly.getComponent()).as("biweekly uses our VTIMEZONE").isNotNull();
        for (String at : instants) {
            Instant instant = Instant.parse(at);
            ZoneOffset expected = zone.getRules().getOffset(instant);
            // ical4j matches wall-clock fields against onsets, so it is given the local time (as if at UTC).
            LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
            assertThat(ical4j.getApplicableObservance(local.atOffset(ZoneOffset.UTC)).getTimeZoneOffsetTo()
                    .getOffset()).as("ical4j offset at %s", at).isEqualTo(expected);
            // biweekly's TimeZone.getOffset assumes one-hour daylight saving; its observance lookup does not.
            ICalTimeZone tz = (ICalTimeZone) biweekly.getTimeZone();
            assertThat(tz.getObservance(Date.from(instant)).getTimezoneOffsetTo().getValue().getMillis())
                    .as("biweekly offset at %s", at).isEqualTo(expected.getTotalSeconds() * 1000L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zones")
    void everyOnsetIsATransitionOfTheZoneAndNoneIsMissing(String id, List<String> instants) throws IOException {
        assertOnsetsAreExactlyTheTransitions(id, instants);
    }

    static Stream<String> everyZone() {
        // ical4j adds zones of its own ("ical4j-local-…") to java.time once loaded; they are not the JDK's.
        return ZoneId.getAvailableZoneIds().stream().filter(id -> !id.startsWith("ical4j")).sorted();
    }

    /** Every zone, so that odd rules ("Sun>=2" in UTC, 45-minute offsets, abolished DST) are all covered. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyZone")
    void everyZoneOfTheJdkGetsExactOnsetsFrom2019To2031(String id) throws IOException {
        List<String> instants = List.of("2019-01-15T09:00:00Z", "2019-07-15T09:00:00Z", "2024-03-31T09:00:00Z",
                "2031-12-01T09:00:00Z");
        String ics = feed(ZoneId.of(id), instants);
        IcsLint.assertClean(ics);
        IndependentReaders.ical4j(ics);
        assertOnsetsAreExactlyTheTransitions(id, instants);
    }

    private static void assertOnsetsAreExactlyTheTransitions(String id, List<String> instants) throws IOException {
        ZoneId zone = ZoneId.of(id);
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return; // written with Z, no VTIMEZONE
        }
        ZoneRules rules = zone.getRules();
        Instant first = instants.stream().map(Instant::parse).min(Instant::compareTo).orElseThrow();
        Instant last = instants.stream().map(Instant::parse).max(Instant::compareTo).orElseThrow();
        ICalendar calendar = IndependentReaders.biweekly(feed(zone, instants));
        VTimezone vtz = calendar.getTimezoneInfo().getTimezoneById(id).getComponent();
        List<Observance> observances = new ArrayList<>(vtz.getStandardTimes());
        observances.addAll(vtz.getDaylightSavingsTime());

        Map<Instant, ZoneOffset[]> onsets = new TreeMap<>();
        for (Observance o : observances) {
            ZoneOffset from = offset(o.getTimezoneOffsetFrom().getValue().getMillis());
            ZoneOffset to = offset(o.getTimezoneOffsetTo().getValue().getMillis());
            for (LocalDateTime local : onsets(o, last)) {
                onsets.put(local.toInstant(from), new ZoneOffset[] {from, to});
            }
        }
        Instant previous = rules.previousTransition(first.plusNanos(1)) == null ? first
                : rules.previousTransition(first.plusNanos(1)).getInstant();
        onsets.forEach((at, offsets) -> {
            if (offsets[0].equals(offsets[1])) {
                assertThat(at).as("a fixed-offset observance starts no later than the first event")
                        .isBeforeOrEqualTo(first);
                return;
            }
            ZoneOffsetTransition t = rules.nextTransition(at.minusSeconds(1));
            assertThat(t).as("a transition at the onset %s", at).isNotNull();
            assertThat(t.getInstant()).as("onset instant").isEqualTo(at);
            assertThat(t.getOffsetBefore()).as("TZOFFSETFROM at %s", at).isEqualTo(offsets[0]);
            assertThat(t.getOffsetAfter()).as("TZOFFSETTO at %s", at).isEqualTo(offsets[1]);
        });
        for (ZoneOffsetTransition t = rules.nextTransition(previous.minusSeconds(1));
                t != null && !t.getInstant().isAfter(last); t = rules.nextTransition(t.getInstant())) {
            assertThat(onsets).as("an observance for the transition at %s", t.getInstant())
                    .containsKey(t.getInstant());
        }
    }

    /** The local onsets of an observance, its RRULE expanded by biweekly up to a year after {@code last}. */
    private static List<LocalDateTime> onsets(Observance o, Instant last) {
        DateTimeComponents c = o.getDateStart().getValue().getRawComponents();
        LocalDateTime start = LocalDateTime.of(c.getYear(), c.getMonth(), c.getDate(), c.getHour(), c.getMinute(),
                c.getSecond());
        List<LocalDateTime> onsets = new ArrayList<>();
        if (o.getRecurrenceRule() == null) {
            onsets.add(start);
            return onsets;
        }
        Instant end = last.plus(Duration.ofDays(400));
        DateIterator it = o.getRecurrenceRule().getValue().getDateIterator(
                new ICalDate(Date.from(start.toInstant(ZoneOffset.UTC))), TimeZone.getTimeZone("UTC"));
        while (it.hasNext()) {
            Instant next = it.next().toInstant();
            if (next.isAfter(end)) {
                break;
            }
            onsets.add(LocalDateTime.ofInstant(next, ZoneOffset.UTC));
        }
        return onsets;
    }

    private static ZoneOffset offset(long millis) {
        return ZoneOffset.ofTotalSeconds((int) (millis / 1000));
    }
}
