package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An announcement and a recap of one meetup are one VEVENT of the feed; two groups' meetups of one day stay two. */
class SameEventFeedTest {

    private static final Organizer GROUP = new Organizer("Lakeside Python", java.util.Optional.empty(), List.of());
    private final IcsWriter ics = IcsWriter.builder().clock(Samples.CLOCK).build();

    private String feed(List<Post> posts) throws IOException {
        StringWriter out = new StringWriter();
        ics.writeFeed(posts, out);
        return out.toString();
    }

    private static List<String> lines(String ics, String prefix) {
        return Arrays.stream(IcsLint.unfold(ics).split("\r\n")).filter(l -> l.startsWith(prefix)).toList();
    }

    private static Post post(String file, Event event) {
        return Samples.post(file, event.name()).event(event).build();
    }

    private static ZonedDateTime at(int hour) {
        return ZonedDateTime.of(2024, 6, 15, hour, 0, 0, 0, Samples.KOLKATA);
    }

    @Test
    void anAnnouncementAndItsRecapAreOneEventWithTheAnnouncementsUidAndBothPostsFacts() throws IOException {
        Post announcement = post("2024-06-01-june-meetup.md", Event.builder("June meetup").organizer(GROUP)
                .time(EventTime.between(at(10), at(13))).venue(Venue.builder().name("Granary Coworking").build())
                .talk(Talk.builder("Streaming ETL").speaker(Speaker.of("Nikhil Rao")).build()).build());
        Post recap = post("2024-06-16-june-recap.md", Event.builder("June meetup recap").organizer(GROUP)
                .time(EventTime.allDay(LocalDate.of(2024, 6, 15))).attendance(40)
                .talk(Talk.builder("Streaming ETL").speaker(Speaker.of("Nikhil Rao")).build())
                .talk(Talk.builder("Type hints at scale").speaker(Speaker.of("Ana Silva")).build()).build());

        String out = feed(List.of(announcement, recap));

        assertThat(lines(out, "BEGIN:VEVENT")).hasSize(1);
        assertThat(lines(out, "UID:")).isEqualTo(lines(feed(List.of(announcement)), "UID:"));
        assertThat(lines(out, "DTSTART;TZID")).singleElement().asString().contains("T100000");
        assertThat(IcsLint.unfold(out)).contains("Streaming ETL (Nikhil Rao)").contains("Type hints at scale (Ana Silva)");
        IndependentReaders.assertAccepted(out);
    }

    @Test
    void twoGroupsMeetingOnOneDayAtDifferentPlacesStayTwoEvents() throws IOException {
        Post a = post("a.md", Event.builder("Python night").organizer(GROUP).time(EventTime.at(at(18)))
                .venue(Venue.builder().name("Granary Coworking").build()).build());
        Post b = post("b.md", Event.builder("Data night").organizer(GROUP).time(EventTime.at(at(18)))
                .venue(Venue.builder().name("Mill Road Library").build()).build());

        assertThat(lines(feed(List.of(a, b)), "BEGIN:VEVENT")).hasSize(2);
    }

    @Test
    void eventsOfOneDayWithDifferentStartsOrEventPagesStayTwo() throws IOException {
        Post morning = post("a.md", Event.builder("Workshop").organizer(GROUP).time(EventTime.at(at(10))).build());
        Post evening = post("b.md", Event.builder("Talks").organizer(GROUP).time(EventTime.at(at(18))).build());
        Post pageA = post("c.md", Event.builder("A").organizer(GROUP).time(EventTime.allDay(LocalDate.of(2024, 7, 1)))
                .url(URI.create("https://www.meetup.com/lakeside/events/1/")).build());
        Post pageB = post("d.md", Event.builder("B").organizer(GROUP).time(EventTime.allDay(LocalDate.of(2024, 7, 1)))
                .url(URI.create("https://www.meetup.com/lakeside/events/2/")).build());

        assertThat(lines(feed(List.of(morning, evening, pageA, pageB)), "BEGIN:VEVENT")).hasSize(4);
    }

    @Test
    void theEarliestPostKeepsItsUidWhateverTheInputOrder() throws IOException {
        Post announcement = post("2024-06-01-june-meetup.md", Event.builder("June meetup").organizer(GROUP)
                .time(EventTime.at(at(10))).build());
        Post recap = Samples.post("2024-06-16-june-recap.md", "June recap").date(at(20).plusDays(1))
                .event(Event.builder("June recap").organizer(GROUP).time(EventTime.at(at(10))).build()).build();

        assertThat(feed(List.of(recap, announcement))).isEqualTo(feed(List.of(announcement, recap)));
        assertThat(lines(feed(List.of(recap, announcement)), "SUMMARY:")).containsExactly("SUMMARY:June meetup");
    }

    @Test
    void eachPostKeepsItsOwnEventOutsideTheFeed() throws IOException {
        Post announcement = post("a.md", Event.builder("June meetup").organizer(GROUP).time(EventTime.at(at(10)))
                .build());
        Post recap = post("b.md", Event.builder("June recap").organizer(GROUP).time(EventTime.at(at(10))).build());

        StringWriter one = new StringWriter();
        ics.write(recap, one);
        assertThat(lines(one.toString(), "SUMMARY:")).containsExactly("SUMMARY:June recap");
        assertThat(lines(feed(List.of(announcement, recap)), "SUMMARY:")).containsExactly("SUMMARY:June meetup");
    }
}
