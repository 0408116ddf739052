package io.meetkit.export.jsonld;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Author;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventStatus;
import io.meetkit.core.EventTime;
import io.meetkit.core.GeoPoint;
import io.meetkit.core.Link;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import io.meetkit.core.Venue;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Model fixtures shared by the JSON-LD tests, built with the model's builders. */
final class Fixtures {
    static final URI BASE = URI.create("https://meetup.example.org/pune/");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private Fixtures() {
    }

    static ZonedDateTime at(String localDateTime, String zone) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone));
    }

    static Speaker jane() {
        return Speaker.of("Jane Doe", List.of(
                Link.of(URI.create("https://twitter.com/janedoe")),
                Link.of(URI.create("https://github.com/janedoe")),
                Link.of(URI.create("https://x.com/JaneDoe/")),
                Link.of(URI.create("https://jane.example.net/"))));
    }

    static Speaker ravi() {
        return Speaker.of("Ravi Kumar", List.of(Link.of(URI.create("https://www.linkedin.com/in/ravikumar"))))
                .withBio("Works on **compilers** at <em>Acme</em> &amp; friends.");
    }

    static Speaker ana() {
        return Speaker.of("Ana Lima");
    }

    static Speaker tom() {
        return Speaker.of("Tom Tran", List.of(Link.of(URI.create("javascript:alert(1)"))));
    }

    static Organizer organizer() {
        return new Organizer("Pune Python", Optional.of(URI.create("https://meetup.example.org/pune/")),
                List.of(Link.of(URI.create("https://www.meetup.com/punepython/")),
                        Link.of(URI.create("https://twitter.com/punepython")),
                        Link.of(URI.create("mailto:hello@punepython.example"))));
    }

    static Venue venue() {
        return Venue.builder().name("Acme Labs").streetAddress("12 MG Road").locality("Pune")
                .region("Maharashtra").postalCode("411001").country("IN").geo(new GeoPoint(18.5204, 73.8567))
                .build();
    }

    /** A recap with four talks (one a panel of two), a shared speaker, slides and a video: the richest case. */
    static Post recap() {
        ZonedDateTime start = at("2022-06-18T10:00", "Asia/Kolkata");
        Event event = Event.builder("June Meetup")
                .time(EventTime.between(start, start.plusHours(3)))
                .venue(venue())
                .organizer(organizer())
                .description("Four talks about *Python* tooling. See [the slides](https://example.org/s).")
                .talk(Talk.builder("Async IO in practice").speaker(jane())
                        .start(start.plusMinutes(15)).duration(Duration.ofMinutes(30))
                        .link(Link.of(URI.create("https://speakerdeck.com/janedoe/async-io"), "Slides"))
                        .link(Link.of(URI.create("https://www.youtube.com/watch?v=abc123")))
                        .provenance(Provenance.frontMatter(12))
                        .build())
                .talk(Talk.builder("Fast parsers").speaker(ravi())
                        .description("How we made the parser `10x` faster.").build())
                .talk(Talk.builder("Packaging panel").kind(TalkKind.PANEL).speaker(ana()).speaker(jane()).build())
                .talk(Talk.builder().speaker(tom()).kind(TalkKind.LIGHTNING).build())
                .provenance(EventFact.DATE, Provenance.frontMatter(5))
                .provenance(EventFact.VENUE, Provenance.frontMatter(7))
                .build();
        return Post.builder("_posts/2022-06-20-june-meetup-recap.md", "June Meetup recap")
                .date(at("2022-06-20T09:30", "Asia/Kolkata"))
                .lastModified(at("2022-06-21T18:00", "Asia/Kolkata"))
                .author(new Author("Jane Doe", Optional.of("jane"),
                        List.of(Link.of(URI.create("https://twitter.com/janedoe"))), Optional.empty()))
                .description("What happened at the June meetup.")
                .categories(List.of("recap"))
                .tags(List.of("python", "Recap", "asyncio"))
                .image(URI.create("/assets/img/june.jpg"))
                .url(URI.create("https://meetup.example.org/pune/2022/06/20/june-meetup-recap/"))
                .event(event)
                .build();
    }

    /** An announcement that knows only the day: its dates must stay bare dates. */
    static Post allDay() {
        Event event = Event.builder("Python sprint day")
                .time(new EventTime.AllDay(LocalDate.of(2023, 3, 4), LocalDate.of(2023, 3, 5)))
                .venue(Venue.builder().name("City Library").locality("Berlin").country("DE").build())
                .talk(Talk.builder("Sprint kickoff").speaker(ana()).build())
                .build();
        return Post.builder("_posts/2023-02-01-sprint.md", "Sprint day")
                .date(at("2023-02-01T08:00", "Europe/Berlin"))
                .url(URI.create("2023/02/01/sprint/"))
                .event(event)
                .build();
    }

    /** An online-only talk night. */
    static Post online() {
        Event event = Event.builder("Online talk night")
                .time(EventTime.at(at("2021-01-14T19:00", "America/New_York")))
                .attendanceMode(AttendanceMode.ONLINE)
                .onlineUrl(URI.create("https://meet.example.com/talk-night"))
                .talk(Talk.builder("Typing at scale").speaker(ravi()).build())
                .build();
        return Post.builder("_posts/2021-01-10-online.md", "Online talk night")
                .date(at("2021-01-10T12:00", "America/New_York"))
                .url(URI.create("https://meetup.example.org/pune/2021/01/10/online/"))
                .event(event)
                .build();
    }

    /** A meetup moved to a new date. */
    static Post rescheduled() {
        Event event = Event.builder("Winter meetup")
                .time(EventTime.between(at("2022-12-08T18:30", "Europe/Berlin"), at("2022-12-08T21:00",
                        "Europe/Berlin")))
                .previousTime(EventTime.at(at("2022-12-01T18:30", "Europe/Berlin")))
                .status(EventStatus.RESCHEDULED)
                .venue(Venue.builder().name("Co-working Mitte").locality("Berlin").build())
                .build();
        return Post.builder("_posts/2022-11-20-winter.md", "Winter meetup moved")
                .date(at("2022-11-20T10:00", "Europe/Berlin"))
                .url(URI.create("https://meetup.example.org/pune/2022/11/20/winter/"))
                .event(event)
                .build();
    }

    /**
     * An announcement whose venue is not known yet: search engines would reject its Event, so by default only the
     * post and its speakers are written.
     */
    static Post noVenue() {
        Event event = Event.builder("July Meetup")
                .time(EventTime.at(at("2022-07-16T10:00", "Asia/Kolkata")))
                .talk(Talk.builder("Async IO, part two").speaker(jane()).build())
                .talk(Talk.builder("Notebooks in CI").speaker(ana()).speaker(jane()).build())
                .provenance(EventFact.DATE, Provenance.frontMatter(4))
                .build();
        return Post.builder("_posts/2022-07-01-july-meetup.md", "July Meetup: call for a venue")
                .date(at("2022-07-01T09:00", "Asia/Kolkata"))
                .url(URI.create("https://meetup.example.org/pune/2022/07/01/july-meetup/"))
                .event(event)
                .build();
    }

    /** A post with no event at all. */
    static Post news() {
        return Post.builder("_posts/2022-01-01-news.md", "Happy new year")
                .date(at("2022-01-01T00:00", "Australia/Lord_Howe"))
                .url(URI.create("https://meetup.example.org/pune/2022/01/01/news/"))
                .build();
    }

    /** Text that tries to break out of a script element, with emoji and right-to-left text. */
    static Post hostile() {
        String title = "Why </script><script>alert(1)</script> & </SCRIPT > <!-- break --> \u2028 line \u2029 para";
        Event event = Event.builder("<script>evil()</script> night \uD83D\uDC0D")
                .time(EventTime.at(at("2022-06-18T10:00", "Asia/Kolkata")))
                .venue(Venue.builder().name("Caf\u00e9 &amp; Bar </script>").locality("Pune").build())
                .talk(Talk.builder(title).speaker(Speaker.of("\u0645\u062d\u0645\u062f \u0639\u0644\u064a"))
                        .build())
                .build();
        return Post.builder("_posts/2022-06-18-hostile.md", title)
                .date(at("2022-06-18T09:00", "Asia/Kolkata"))
                .url(URI.create("https://meetup.example.org/pune/2022/06/18/hostile/"))
                .event(event)
                .build();
    }

    /** The named fixtures, in a stable order, for golden files and document-wide checks. */
    static Map<String, Post> all() {
        Map<String, Post> all = new LinkedHashMap<>();
        all.put("recap", recap());
        all.put("all-day", allDay());
        all.put("online", online());
        all.put("rescheduled", rescheduled());
        all.put("news", news());
        all.put("hostile", hostile());
        all.put("no-venue", noVenue());
        return all;
    }

    static JsonLdWriter writer() {
        return JsonLdWriter.builder().baseUrl(BASE).build();
    }

    /** The writer with every addition of issue #13: publisher and its logo, inLanguage, free events. */
    static JsonLdWriter withAdditions() {
        return writer().toBuilder().publisher(organizer()).publisherLogo(URI.create("img/logo.png"))
                .inLanguage("en_in").freeEvents(true).build();
    }

    /** The writer for tests of how an event is mapped, whether or not search engines would take it. */
    static JsonLdWriter everyEvent() {
        return writer().toBuilder().allEvents(true).build();
    }
}
