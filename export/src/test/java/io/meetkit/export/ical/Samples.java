package io.meetkit.export.ical;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Event;
import io.meetkit.core.EventStatus;
import io.meetkit.core.EventTime;
import io.meetkit.core.GeoPoint;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import io.meetkit.core.Venue;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inputs for the golden files: each sample is a writer, posts, and whether to write a feed. A golden case is a
 * sample here plus {@code ical/NAME.expected.ics}.
 */
final class Samples {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    record Sample(IcsWriter writer, List<Post> posts, boolean feed) {
    }

    private Samples() {
    }

    static Map<String, Sample> all() {
        Map<String, Sample> samples = new TreeMap<>();
        IcsWriter plain = IcsWriter.builder().clock(CLOCK).build();
        samples.put("timed-meetup", new Sample(plain, List.of(meetup()), false));
        samples.put("all-day-sprint", new Sample(plain, List.of(sprint()), false));
        samples.put("group-feed", new Sample(IcsWriter.builder().clock(CLOCK).calendarName("BangPypers")
                .calendarDescription("Monthly meetups of the Bangalore Python user group")
                .uidDomain("bangpypers.org").timeZone(KOLKATA).build(),
                List.of(cancelledOnline(), sprint(), meetup(), berlinEvening()), true));
        samples.put("talk-events", new Sample(IcsWriter.builder().clock(CLOCK).talkEvents(true)
                .uidDomain("bangpypers.org").build(), List.of(meetup()), true));
        samples.put("additions", new Sample(IcsWriter.builder().clock(CLOCK).uidDomain("bangpypers.org")
                .talkEvents(true).reminder(Duration.ofDays(1)).defaultDuration(Duration.ofHours(8))
                .attachments(true).appleLocation(true).build(),
                List.of(meetupWithMedia(), sprint(), berlinEvening()), true));
        return samples;
    }

    /**
     * The meetup with slide and video links on its talks (one repeated, one relative) and a venue whose text needs
     * quoting in a parameter (a caret, colon, semicolon and comma; a double quote, which biweekly refuses even when
     * RFC 6868 encodes it, is tested with ical4j alone in {@code IcsAdditionsTest}).
     */
    static Post meetupWithMedia() {
        Post meetup = meetup();
        Event event = meetup.event().orElseThrow();
        List<Talk> talks = List.of(
                event.talks().get(0).toBuilder()
                        .link(io.meetkit.core.Link.of(URI.create("https://speakerdeck.com/asha/uv"), "Slides"))
                        .link(io.meetkit.core.Link.of(URI.create("https://youtu.be/abc123")))
                        .link(io.meetkit.core.Link.of(URI.create("https://github.com/asha/uv-demo")))
                        .build(),
                event.talks().get(1).toBuilder()
                        .link(io.meetkit.core.Link.of(URI.create("https://speakerdeck.com/asha/uv")))
                        .link(io.meetkit.core.Link.of(URI.create("/slides/lightning.pdf")))
                        .link(io.meetkit.core.Link.of(URI.create("https://vimeo.com/42")))
                        .build());
        Venue venue = event.venue().orElseThrow().toBuilder().name("Hub ^ Co: 2nd floor; rear, left").build();
        return meetup.toBuilder().event(event.toBuilder().talks(talks).venue(venue).build()).build();
    }

    static Post.Builder post(String source, String title) {
        return Post.builder(source, title).url(URI.create("https://bangpypers.org/" + source.replace(".md", "/")))
                .date(ZonedDateTime.of(2024, 6, 1, 10, 0, 0, 0, KOLKATA));
    }

    static Post meetup() {
        ZonedDateTime start = ZonedDateTime.of(2024, 6, 15, 10, 0, 0, 0, KOLKATA);
        Event event = Event.builder("June Meetup: Python, Packaging; and \"you\"")
                .time(EventTime.between(start, start.plusHours(3)))
                .venue(Venue.builder().name("Acme Labs").streetAddress("12, 3rd Cross, Indiranagar")
                        .locality("Bengaluru").country("India").geo(new GeoPoint(12.9716, 77.5946)).build())
                .organizer(new Organizer("BangPypers", java.util.Optional.of(URI.create("https://bangpypers.org/")),
                        List.of()))
                .talk(Talk.builder("Packaging with uv").speaker(Speaker.of("Asha Rao"))
                        .start(start.plusMinutes(15)).duration(Duration.ofMinutes(40)).build())
                .talk(Talk.builder().kind(TalkKind.LIGHTNING).speaker(Speaker.of("ಕಿರಣ್ ಕುಮಾರ್"))
                        .start(start.plusMinutes(60)).duration(Duration.ofMinutes(10)).build())
                .description("Two talks, then chai.\nBring a laptop; RSVP needed.")
                .build();
        return post("2024-06-01-june-meetup.md", "June Meetup").event(event)
                .lastModified(ZonedDateTime.of(2024, 6, 3, 9, 30, 0, 0, KOLKATA))
                .categories(List.of("meetup")).tags(List.of("python", "packaging, tooling")).build();
    }

    static Post sprint() {
        Event event = Event.builder("Hacktoberfest sprint")
                .time(new EventTime.AllDay(LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 6)))
                .venue(Venue.builder().locality("Bengaluru").build())
                .build();
        return post("2024-09-20-sprint.md", "Hacktoberfest sprint").event(event).build();
    }

    static Post cancelledOnline() {
        ZonedDateTime start = ZonedDateTime.of(2024, 11, 3, 19, 0, 0, 0, ZoneId.of("America/New_York"));
        Event event = Event.builder("Remote talk night").status(EventStatus.CANCELLED)
                .attendanceMode(AttendanceMode.ONLINE).onlineUrl(URI.create("https://meet.example.com/pyrem?a=1;b=2"))
                .time(EventTime.between(start, start.plusMinutes(90))).build();
        return post("2024-10-20-remote.md", "Remote talk night").event(event).build();
    }

    static Post berlinEvening() {
        ZonedDateTime start = ZonedDateTime.of(2024, 3, 30, 19, 0, 0, 0, BERLIN);
        Event event = Event.builder("Visiting Berlin PUG").time(EventTime.at(start))
                .venue(Venue.builder().name("c-base").locality("Berlin").build()).build();
        return post("2024-03-01-berlin.md", "Visiting Berlin PUG").event(event).build();
    }
}
