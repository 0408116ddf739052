package io.meetkit.export.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class SiteBuildTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path root;

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Berlin"));
    }

    private static Post meetup(String source, String slug, String title, String day) {
        Event event = Event.builder(title).time(EventTime.at(at(day + "T18:30")))
                .venue(Venue.builder().name("Boathouse").locality("Lakeside").build())
                .talk(Talk.builder("Typing at scale").speaker(Speaker.of("Ana Lima")).build()).build();
        return Post.builder(source, title).slug(slug).date(at(day + "T09:00"))
                .url(URI.create("https://lakeside.example.org/" + slug + "/")).event(event).build();
    }

    private static SiteBuild build(Clock clock) {
        return SiteBuild.builder().clock(clock).calendarName("Lakeside").build();
    }

    @Test
    void aCalendarThatDiffersOnlyInItsStampIsLeftAlone() throws IOException {
        List<Post> posts = List.of(meetup("_posts/2024-05-02-may.md", "may", "May Meetup", "2024-05-18"));
        build(NOW).write(posts, root);
        Files.setLastModifiedTime(root.resolve("events.ics"), LONG_AGO);
        Files.setLastModifiedTime(root.resolve("events/may.ics"), LONG_AGO);

        SiteBuildResult later = build(Clock.offset(NOW, java.time.Duration.ofDays(3))).write(posts, root);

        assertThat(later.written()).isEmpty();
        assertThat(Files.getLastModifiedTime(root.resolve("events.ics"))).isEqualTo(LONG_AGO);
        assertThat(Files.readString(root.resolve("events.ics"))).contains("DTSTAMP:20260101T000000Z");
    }

    @Test
    void aCalendarWhoseEventChangedIsRewrittenWithTheNewStamp() throws IOException {
        build(NOW).write(List.of(meetup("_posts/2024-05-02-may.md", "may", "May Meetup", "2024-05-18")), root);

        SiteBuildResult moved = build(Clock.offset(NOW, java.time.Duration.ofDays(3)))
                .write(List.of(meetup("_posts/2024-05-02-may.md", "may", "May Meetup", "2024-05-25")), root);

        assertThat(moved.written()).contains(root.resolve("events.ics"), root.resolve("events/may.ics"));
        assertThat(Files.readString(root.resolve("events/may.ics"))).contains("DTSTAMP:20260104T000000Z",
                "DTSTART;TZID=Europe/Berlin:20240525T183000");
    }

    @Test
    void newFilesAreReadableByEveryoneAndNoTemporaryFileIsLeft() throws IOException {
        build(NOW).write(List.of(meetup("_posts/2024-05-02-may.md", "may", "May Meetup", "2024-05-18")), root);

        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("posts.json"))))
                    .isEqualTo("rw-r--r--");
        }
        try (var files = Files.walk(root)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void collidingSlugsGetTheSameNamesWhateverTheOrderOfThePosts() throws IOException {
        Post first = meetup("_posts/2023-05-02-meetup.md", "meetup", "2023", "2023-05-18");
        Post second = meetup("_posts/2024-05-02-meetup.md", "meetup", "2024", "2024-05-18");
        Post third = meetup("_posts/2024-05-02-Meetup.md", "Meetup", "2024 again", "2024-05-18");

        SiteBuildResult result = build(NOW).write(List.of(third, second, first), root);

        // Named by the post's day, then numbered in the order of their sources.
        assertThat(Files.readString(root.resolve("jsonld/2023-05-18-meetup.html"))).contains("\"2023\"");
        assertThat(Files.readString(root.resolve("jsonld/2024-05-18-Meetup.html"))).contains("\"2024 again\"");
        assertThat(Files.readString(root.resolve("jsonld/2024-05-18-meetup-2.html"))).contains("\"2024\"");
        assertThat(result.diagnostics()).filteredOn(d -> d.message().contains("is also the slug of")).hasSize(3);
    }

    @Test
    void aSlugThatCannotBeAFileNameStaysInsideTheOutputFolder() throws IOException {
        Post evil = meetup("_posts/2024-05-02-x.md", "../../etc/passwd", "Evil", "2024-05-18");

        SiteBuildResult result = build(NOW).write(List.of(evil), root.resolve("out"));

        assertThat(root.resolve("out/jsonld/etc-passwd.html")).isRegularFile();
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).allMatch(p -> p.startsWith(root.resolve("out")));
        }
        assertThat(result.diagnostics()).anyMatch(d -> d.message().contains("'../../etc/passwd'"));
    }

    @Test
    void templateEscapesChangeNoJsonValue() {
        String script = "{\"a\": \"{{ site.title }} {% raw %} {{{ x\", \"b\": {\"c\": [{}]}}";

        String safe = SiteBuild.templateSafe(script);

        assertThat(safe).doesNotContain("{{", "{%");
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(safe)).isEqualTo(json.readTree(script));
    }

    @Test
    void aFileThatCannotBeWrittenIsAnIOExceptionAndEarlierFilesStay() throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("jsonld"), "a file where the snippet folder should be");

        assertThatThrownBy(() -> build(NOW).write(List.of(meetup("_posts/2024-05-02-may.md", "may", "May Meetup",
                "2024-05-18")), root)).isInstanceOf(IOException.class);
        assertThat(root.resolve("events.ics")).isRegularFile();
    }

    @Test
    void speakersJsonListsEachTalkWithItsDateAndThePostsFileName() throws IOException {
        Post may = meetup("_posts/2024-05-02-may.md", "may", "May Meetup", "2024-05-18");

        build(NOW).write(List.of(may), root);

        assertThat(Files.readString(root.resolve("speakers.json"))).isEqualTo("""
                [
                  {
                    "name": "Ana Lima",
                    "talks": [
                      {
                        "date": "2024-05-18",
                        "title": "Typing at scale",
                        "kind": "talk",
                        "event": "May Meetup",
                        "post": "may",
                        "postTitle": "May Meetup",
                        "url": "https://lakeside.example.org/may/"
                      }
                    ]
                  }
                ]
                """);
    }

    @Test
    void speakersJsonListsAPersonNamedByTwoPostsOnceWithBothTalks() throws IOException {
        Post may = meetup("_posts/2024-05-02-may.md", "may", "May Meetup", "2024-05-18");
        Post june = meetup("_posts/2024-06-02-june.md", "june", "June Meetup", "2024-06-15");

        build(NOW).write(List.of(june, may), root);

        String json = Files.readString(root.resolve("speakers.json"));
        assertThat(json.split("\"name\": \"Ana Lima\"", -1)).hasSize(2);
        assertThat(json.indexOf("\"post\": \"may\"")).isPositive().isLessThan(json.indexOf("\"post\": \"june\""));
    }
}
