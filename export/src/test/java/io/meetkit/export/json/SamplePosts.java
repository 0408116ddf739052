package io.meetkit.export.json;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Author;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventStatus;
import io.meetkit.core.EventTime;
import io.meetkit.core.GeoPoint;
import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import io.meetkit.core.Venue;
import java.math.BigDecimal;
import java.math.BigInteger;
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
import java.util.OptionalInt;

/** Posts for the tests: the least a post can hold, and one with every field. */
final class SamplePosts {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private SamplePosts() {
    }

    static Post minimal() {
        return Post.builder("minimal.md", "Minimal").build();
    }

    static ZonedDateTime berlin(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), BERLIN);
    }

    static Map<String, Object> richFrontMatter() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("zeta", "last key first");
        nested.put("alpha", List.of(1, "two", true, List.of(), Map.of()));
        nested.put("a/b~c", 7L);
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", "June meetup: async IO");
        fm.put("layout", "post");
        fm.put("published", true);
        fm.put("int", 42);
        fm.put("smallLong", 42L);
        fm.put("bigLong", 9_000_000_000L);
        fm.put("smallBigInteger", BigInteger.valueOf(-5));
        fm.put("bigBigInteger", new BigInteger("123456789012345678901234567890"));
        fm.put("double", 1.5);
        fm.put("wholeDouble", 2.0);
        fm.put("negativeZero", -0.0);
        fm.put("hugeDouble", 1.0e300);
        fm.put("notANumber", Double.NaN);
        fm.put("infinity", Double.NEGATIVE_INFINITY);
        fm.put("decimal", new BigDecimal("1.10"));
        fm.put("scaledDecimal", new BigDecimal("1E+3"));
        fm.put("wholeDecimal", new BigDecimal("5"));
        fm.put("empty", "");
        fm.put("tags", List.of("python", "asyncio"));
        fm.put("nested", nested);
        return fm;
    }

    static Post maximal() {
        Speaker jane = new Speaker("Jane Doe",
                List.of(Link.of(URI.create("https://github.com/janedoe")),
                        Link.of(URI.create("https://x.com/jane_doe"), "@jane_doe")),
                Optional.of("Writes event loops for fun."), Optional.of(URI.create("/images/jane.png")));
        Speaker ravi = Speaker.of("Ravi Kumar", List.of(Link.of(URI.create("https://www.linkedin.com/in/ravi"))));
        Talk keynote = Talk.builder("Async IO in practice")
                .kind(TalkKind.KEYNOTE)
                .speaker(jane)
                .description("What changed since 3.11.")
                .link(Link.of(URI.create("https://speakerdeck.com/janedoe/async"), "slides"))
                .link(Link.of(URI.create("https://www.youtube.com/watch?v=abc123")))
                .start(berlin(2024, 6, 20, 18, 45))
                .duration(Duration.ofMinutes(40))
                .provenance(Provenance.frontMatter(14))
                .build();
        Talk lightning = Talk.builder()
                .kind(TalkKind.LIGHTNING)
                .speaker(ravi)
                .speaker(jane)
                .duration(Duration.ofSeconds(300, 500))
                .provenance(new Provenance(Provenance.Origin.PROSE, OptionalInt.of(30),
                        Optional.of("list item after \"Lightning talks\"")))
                .build();
        Venue venue = Venue.builder()
                .name("Acme Labs")
                .streetAddress("Hauptstraße 1")
                .locality("Berlin")
                .region("Berlin")
                .postalCode("10115")
                .country("DE")
                .geo(new GeoPoint(52.5200066, 13.404954))
                .url(URI.create("https://maps.example.org/?q=acme%20labs"))
                .build();
        Organizer organizer = new Organizer("PyBerlin", Optional.of(URI.create("https://pyberlin.example.org/")),
                List.of(Link.of(URI.create("https://discord.gg/pyberlin")),
                        Link.of(URI.create("mailto:hello@pyberlin.example.org"), "Mail us")));
        Event event = Event.builder("June meetup")
                .time(EventTime.between(berlin(2024, 6, 20, 18, 30), berlin(2024, 6, 20, 21, 0)))
                .previousTime(EventTime.allDay(LocalDate.of(2024, 6, 13)))
                .status(EventStatus.RESCHEDULED)
                .attendanceMode(AttendanceMode.MIXED)
                .venue(venue)
                .onlineUrl(URI.create("https://meet.example.org/pyberlin"))
                .attendance(57)
                .talk(keynote)
                .talk(lightning)
                .organizer(organizer)
                .url(URI.create("https://www.meetup.com/pyberlin/events/123/"))
                .link(new Link(URI.create("https://photos.example.org/june"), Optional.of("Photos"), LinkKind.OTHER))
                .description("Talks, pizza and a \"quoted\" word.\nSecond line.")
                .provenance(EventFact.TIME_ZONE, Provenance.defaulted("zone inferred from locality Berlin"))
                .provenance(EventFact.DATE, Provenance.frontMatter(4))
                .provenance(EventFact.VENUE, Provenance.site("_data/venues.yml"))
                .build();
        return Post.builder("_posts/2024-06-01-june-meetup.md", "June meetup: async IO")
                .slug("june-meetup")
                .date(berlin(2024, 6, 1, 9, 0))
                .lastModified(ZonedDateTime.of(2024, 6, 21, 7, 5, 30, 123_000_000, ZoneId.of("Z")))
                .author(new Author("Ana Lima", Optional.of("ana"),
                        List.of(Link.of(URI.create("https://mastodon.social/@ana"))),
                        Optional.of(URI.create("https://pyberlin.example.org/ana.jpg"))))
                .author(Author.of("Bob"))
                .description("Our June meetup: two talks and lightning talks.")
                .categories(List.of("meetups", "python"))
                .tags(List.of("asyncio", "türkçe ıİ", "日本語"))
                .image(URI.create("/assets/june.png"))
                .featured(true)
                .draft(true)
                .url(URI.create("https://pyberlin.example.org/2024/06/01/june-meetup/"))
                .excerpt("Our June meetup\n")
                .body("# June\n\nTabs\tand \u00e9 and emoji \uD83D\uDE00 and a control \u0001 char.\n")
                .frontMatter(richFrontMatter())
                .link(Link.of(URI.create("https://github.com/janedoe")))
                .event(event)
                .build();
    }
}
