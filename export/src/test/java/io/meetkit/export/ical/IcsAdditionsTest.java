package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.GeoPoint;
import io.meetkit.core.Link;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attach;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.Test;

/** The additions of issue #13: reminders, a default duration, Apple's structured location and attachments. */
class IcsAdditionsTest {

    private final IcsWriter plain = IcsWriter.builder().clock(Samples.CLOCK).build();

    private static String write(IcsWriter writer, Post post) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(post, out);
        return out.toString();
    }

    private static List<String> lines(String ics) {
        return Arrays.asList(IcsLint.unfold(ics).split("\r\n"));
    }

    private static VEvent onlyEvent(String ics) {
        Calendar calendar = IndependentReaders.ical4j(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Post startOnly(ZonedDateTime start, Venue venue) {
        return Samples.post("2024-01-01-evening.md", "Evening")
                .event(Event.builder("Evening").time(EventTime.at(start)).venue(venue).build()).build();
    }

    private static ZonedDateTime sixPm() {
        return ZonedDateTime.of(2024, 6, 15, 18, 0, 0, 0, Samples.KOLKATA);
    }

    @Test
    void noAdditionIsWrittenByDefault() throws IOException {
        String out = write(plain, Samples.meetupWithMedia());
        assertThat(lines(out)).noneMatch(l -> l.startsWith("BEGIN:VALARM") || l.startsWith("ATTACH")
                || l.startsWith("X-APPLE-STRUCTURED-LOCATION"));
        assertThat(lines(write(plain, startOnly(sixPm(), Venue.named("Hall"))))).noneMatch(l -> l.startsWith("DTEND"));
    }

    @Test
    void aReminderIsADisplayAlarmBeforeTheStartThatIcal4jReadsBack() throws IOException {
        IcsWriter writer = plain.toBuilder().reminder(Duration.ofMinutes(90)).build();
        String out = write(writer, Samples.meetup());
        IndependentReaders.assertAccepted(out);
        List<VAlarm> alarms = onlyEvent(out).getAlarms();
        assertThat(alarms).singleElement().satisfies(alarm -> {
            assertThat(alarm.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
            assertThat(alarm.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                    .isEqualTo("June Meetup: Python, Packaging; and \"you\"");
            Trigger trigger = alarm.getProperty(Property.TRIGGER).map(Trigger.class::cast).orElseThrow();
            assertThat(trigger.getDuration()).isEqualTo(Duration.ofMinutes(-90));
        });
    }

    @Test
    void aReminderOfDaysAndHoursIsWrittenAsOneRfc5545Duration() throws IOException {
        String out = write(plain.toBuilder().reminder(Duration.ofHours(26)).build(), Samples.meetup());
        assertThat(lines(out)).contains("TRIGGER;RELATED=START:-P1DT2H");
        assertThat(lines(write(plain.toBuilder().reminder(Duration.ZERO).build(), Samples.meetup())))
                .contains("TRIGGER;RELATED=START:PT0S");
    }

    @Test
    void anAllDayEventAlsoGetsItsReminder() throws IOException {
        String out = write(plain.toBuilder().reminder(Duration.ofDays(1)).build(), Samples.sprint());
        IndependentReaders.assertAccepted(out);
        assertThat(lines(out)).contains("BEGIN:VALARM", "TRIGGER;RELATED=START:-P1D");
    }

    @Test
    void talksWrittenAsTheirOwnEventsGetNoReminder() throws IOException {
        StringWriter out = new StringWriter();
        plain.toBuilder().talkEvents(true).reminder(Duration.ofHours(1)).build()
                .writeFeed(List.of(Samples.meetup()), out);
        IndependentReaders.assertAccepted(out.toString());
        assertThat(lines(out.toString()).stream().filter(l -> l.equals("BEGIN:VALARM"))).hasSize(1);
    }

    @Test
    void aStartWithoutAnEndLastsTheDefaultDuration() throws IOException {
        String out = write(plain.toBuilder().defaultDuration(Duration.ofHours(2)).build(),
                startOnly(sixPm(), Venue.named("Hall")));
        IndependentReaders.assertAccepted(out);
        Temporal end = onlyEvent(out).getDateTimeEnd().getDate();
        assertThat(ZonedDateTime.from(end).toInstant()).isEqualTo(sixPm().plusHours(2).toInstant());
    }

    @Test
    void aStatedEndOrTheLastTalksEndWinsOverTheDefaultDuration() throws IOException {
        IcsWriter writer = plain.toBuilder().defaultDuration(Duration.ofHours(5)).build();
        assertThat(lines(write(writer, Samples.meetup()))).contains("DTEND;TZID=Asia/Kolkata:20240615T130000");
        Post talksOnly = Samples.post("2024-01-01-talks.md", "Talks").event(Event.builder("Talks")
                .time(EventTime.at(sixPm())).talk(Talk.builder("Closing talk").speaker(Speaker.of("Ravi"))
                        .start(sixPm().plusMinutes(30)).duration(Duration.ofMinutes(45)).build()).build()).build();
        assertThat(lines(write(writer, talksOnly))).contains("DTEND;TZID=Asia/Kolkata:20240615T191500");
    }

    @Test
    void anAllDayEventKeepsItsOwnDaysWithADefaultDuration() throws IOException {
        String out = write(plain.toBuilder().defaultDuration(Duration.ofHours(2)).build(), Samples.sprint());
        assertThat(lines(out)).contains("DTSTART;VALUE=DATE:20241005", "DTEND;VALUE=DATE:20241007");
    }

    @Test
    void aDefaultEndAcrossAClockChangeIsReadAtTheRightInstant() throws IOException {
        // 19:00 on 30 March 2024 in Berlin plus eight hours crosses the change to summer time at 02:00.
        ZonedDateTime start = ZonedDateTime.of(2024, 3, 30, 19, 0, 0, 0, Samples.BERLIN);
        String out = write(plain.toBuilder().defaultDuration(Duration.ofHours(8)).build(),
                startOnly(start, Venue.named("c-base")));
        IndependentReaders.assertAccepted(out);
        Temporal end = onlyEvent(out).getDateTimeEnd().getDate();
        assertThat(ZonedDateTime.from(end).toInstant()).isEqualTo(start.plusHours(8).toInstant());
    }

    @Test
    void aDefaultEndInTheSecondPassOfAnOverlapIsWrittenInUtcLikeAStatedOne() throws IOException {
        // 00:30 on 27 October 2024 in Berlin plus three hours is the second 02:30, at +01:00.
        ZonedDateTime start = ZonedDateTime.of(2024, 10, 27, 0, 30, 0, 0, Samples.BERLIN);
        String out = write(plain.toBuilder().defaultDuration(Duration.ofHours(3)).build(),
                startOnly(start, Venue.named("c-base")));
        IndependentReaders.assertAccepted(out);
        assertThat(lines(out)).contains("DTSTART:20241026T223000Z", "DTEND:20241027T013000Z");
    }

    @Test
    void aVenueWithCoordinatesGetsAppleStructuredLocationBesideGeoAndLocation() throws IOException {
        String out = write(plain.toBuilder().appleLocation(true).build(), Samples.meetup());
        IndependentReaders.assertAccepted(out);
        assertThat(lines(out)).contains("GEO:12.9716;77.5946",
                "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=\"12, 3rd Cross, Indiranagar, Bengaluru, India\""
                        + ";X-TITLE=\"Acme Labs\":geo:12.9716,77.5946")
                .anyMatch(l -> l.startsWith("LOCATION:Acme Labs"));
    }

    @Test
    void aDoubleQuoteOrLineBreakInTheVenueIsEncodedAsRfc6868SaysAndReadBackByIcal4j() throws IOException {
        Venue venue = Venue.builder().name("The \"Hub\"\nrear door").locality("Pune")
                .geo(new GeoPoint(-18.5, 73.85)).build();
        String out = write(plain.toBuilder().appleLocation(true).build(), startOnly(sixPm(), venue));
        IcsLint.assertClean(out);
        assertThat(lines(out)).contains("X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=\"Pune\""
                + ";X-TITLE=\"The ^'Hub^'^nrear door\":geo:-18.5,73.85");
        Property apple = onlyEvent(out).getProperty("X-APPLE-STRUCTURED-LOCATION").orElseThrow();
        assertThat(apple.getValue()).isEqualTo("geo:-18.5,73.85");
        assertThat(apple.getParameter("X-TITLE").map(Parameter::getValue)).hasValue("The \"Hub\"\nrear door");
    }

    @Test
    void aVenueWithoutCoordinatesGetsNoAppleLocation() throws IOException {
        String out = write(plain.toBuilder().appleLocation(true).build(), startOnly(sixPm(), Venue.named("Hall")));
        assertThat(lines(out)).noneMatch(l -> l.startsWith("X-APPLE-STRUCTURED-LOCATION"));
    }

    @Test
    void slidesAndVideosOfTheTalksAreAttachedOnceEachAndOnlyAsWebAddresses() throws IOException {
        String out = write(plain.toBuilder().attachments(true).build(), Samples.meetupWithMedia());
        IndependentReaders.assertAccepted(out);
        List<String> attached = onlyEvent(out).getProperties(Property.ATTACH).stream()
                .map(p -> ((Attach) p).getUri().toString()).toList();
        assertThat(attached).containsExactly("https://speakerdeck.com/asha/uv", "https://youtu.be/abc123",
                "https://vimeo.com/42");
    }

    @Test
    void aPostWithoutMediaLinksGetsNoAttachment() throws IOException {
        Post post = startOnly(sixPm(), Venue.named("Hall")).toBuilder().link(Link.of(URI.create("https://example.org/")))
                .build();
        assertThat(lines(write(plain.toBuilder().attachments(true).build(), post)))
                .noneMatch(l -> l.startsWith("ATTACH"));
    }

    @Test
    void theBuilderRejectsRemindersAndDurationsThatCannotBeWritten() {
        IcsWriter.Builder b = IcsWriter.builder();
        assertThatThrownBy(() -> b.reminder(Duration.ofMinutes(-5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reminder");
        assertThatThrownBy(() -> b.reminder(Duration.ofMillis(1500))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.defaultDuration(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defaultDuration");
        assertThatThrownBy(() -> b.defaultDuration(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.reminder(null)).hasMessage("before");
    }

    @Test
    void toBuilderKeepsTheAdditions() throws IOException {
        IcsWriter all = plain.toBuilder().reminder(Duration.ofHours(1)).defaultDuration(Duration.ofHours(2))
                .attachments(true).appleLocation(true).build();
        Post post = Samples.meetupWithMedia();
        assertThat(write(all.toBuilder().build(), post)).isEqualTo(write(all, post));
        assertThat(write(all.withCalendarName("x"), startOnly(sixPm(), Venue.named("Hall"))))
                .contains("DTEND;TZID=Asia/Kolkata:20240615T200000");
    }
}
