package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.Link;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import io.meetkit.core.Venue;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-labelled posts of the shared corpus ({@code corpus/labels/*.json}), turned into model posts as their
 * labels describe them, make one feed that the lint, ical4j (strict) and biweekly accept. (The export module may
 * not depend on the Markdown reader, so the whole corpus is converted where both meet, in the command-line tool.)
 */
@EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
class LabelledCorpusFeedTest {

    private static final ZoneId HOME = ZoneId.of("Asia/Kolkata");

    private static List<Post> labelledPosts() throws IOException {
        Path labels = Path.of(System.getProperty("meetkit.shared.dir"), "corpus", "labels");
        JsonMapper json = JsonMapper.builder().build();
        List<Post> posts = new ArrayList<>();
        try (Stream<Path> files = Files.list(labels)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                posts.add(post(json.readTree(file)));
            }
        }
        return posts;
    }

    private static Post post(JsonNode label) {
        String file = label.get("file").stringValue();
        Post.Builder post = Post.builder(file, label.get("title").stringValue())
                .date(LocalDate.parse(label.get("postDate").stringValue()).atStartOfDay(HOME));
        Event.Builder event = Event.builder(label.get("title").stringValue())
                .organizer(new Organizer("BangPypers", java.util.Optional.of(
                        URI.create("https://bangalore.pythonindia.org")), List.of()));
        if (!label.path("eventDate").isNull()) {
            LocalDate day = LocalDate.parse(label.get("eventDate").stringValue());
            ZoneId zone = label.path("timezone").isNull() ? HOME : ZoneId.of(label.get("timezone").stringValue());
            if (label.path("startTime").isNull()) {
                event.time(EventTime.allDay(day));
            } else {
                ZonedDateTime start = ZonedDateTime.of(day, LocalTime.parse(label.get("startTime").stringValue()), zone);
                ZonedDateTime end = label.path("endTime").isNull() ? null
                        : ZonedDateTime.of(day, LocalTime.parse(label.get("endTime").stringValue()), zone);
                event.time(end != null && end.isAfter(start) ? EventTime.between(start, end) : EventTime.at(start));
            }
        }
        JsonNode venue = label.path("venue");
        if (!venue.isNull() && !venue.isMissingNode()) {
            Venue.Builder v = Venue.builder();
            boolean any = false;
            if (!venue.path("name").isNull()) {
                v.name(venue.get("name").stringValue());
                any = true;
            }
            if (!venue.path("city").isNull()) {
                v.locality(venue.get("city").stringValue());
                any = true;
            }
            if (!venue.path("address").isNull()) {
                v.streetAddress(venue.get("address").stringValue());
                any = true;
            }
            if (any) {
                event.venue(v.build());
            }
        }
        for (JsonNode t : label.path("talks").values()) {
            Talk.Builder talk = Talk.builder().kind(t.path("lightning").asBoolean() ? TalkKind.LIGHTNING : TalkKind.TALK);
            if (!t.path("title").isNull()) {
                talk.title(t.get("title").stringValue());
            }
            for (JsonNode s : t.path("speakers").values()) {
                talk.speaker(Speaker.of(s.get("name").stringValue()));
            }
            if (!t.path("title").isNull() || !t.path("speakers").isEmpty()) {
                event.talk(talk.build());
            }
        }
        for (JsonNode l : label.path("eventLinks").values()) {
            URI url = Link.parseUri(l.get("url").stringValue());
            if (url.isAbsolute()) {
                event.url(url);
                break;
            }
        }
        return post.event(event.build()).build();
    }

    @Test
    void theLabelledCorpusMakesOneFeedThatBothReadersAndTheLintAccept() throws IOException {
        List<Post> posts = labelledPosts();
        IcsWriter writer = IcsWriter.builder().clock(Samples.CLOCK).calendarName("BangPypers")
                .uidDomain("bangalore.pythonindia.org").timeZone(HOME).talkEvents(true).build();
        StringWriter out = new StringWriter();
        IcsResult result = writer.writeFeed(posts, out);
        IndependentReaders.assertAccepted(out.toString());

        long dated = posts.stream().filter(p -> p.event().orElseThrow().time().isPresent()).count();
        assertThat(dated).isPositive();
        assertThat(result.events()).isGreaterThanOrEqualTo((int) dated);
        assertThat(result.diagnostics()).hasSize(posts.size() - (int) dated)
                .allSatisfy(d -> assertThat(d.key()).contains("event.start"));
        StringWriter again = new StringWriter();
        writer.writeFeed(posts, again);
        assertThat(again.toString()).isEqualTo(out.toString());
    }
}
