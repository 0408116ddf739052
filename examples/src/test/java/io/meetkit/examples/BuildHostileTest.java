package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.export.ical.IcsLint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meetup build} over the hostile folder plus a good post: every input counted once, only positioned
 * diagnostics and the summary on standard error, every file inside the output folder, the good post's files
 * written, and {@code check} saying why an event is left out of the JSON-LD.
 */
class BuildHostileTest {
    private static final Pattern LINE = Pattern.compile("^(.+?):(\\d+):(\\d+): (error|warning): (.+)$|"
            + "^\\d+ posts, \\d+ converted, \\d+ failed(, \\d+ warnings)?$");

    @TempDir
    Path dir;

    @Test
    void hostilePostsFailOneByOneAndTheGoodPostIsStillBuilt() throws Exception {
        Path site = dir.resolve("posts");
        Files.createDirectories(site);
        List<Path> hostile = HostileInputTest.hostileFiles().toList();
        for (Path f : hostile) {
            Files.copy(f, site.resolve(f.getFileName()));
        }
        Files.writeString(site.resolve(HostileInputTest.GOOD_NAME), HostileInputTest.GOOD);
        Path out = dir.resolve("out");

        MeetupCliTest.Run run = BuildTest.run(Map.of("SOURCE_DATE_EPOCH", "0"), "build", site.toString(), "-o",
                out.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).allMatch(l -> LINE.matcher(l).matches(), "a diagnostic or the summary");
        assertThat(run.errLines()).last().asString().startsWith((hostile.size() + 1) + " posts, ");
        assertThat(out.resolve("jsonld/good-meetup.html")).isRegularFile();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).allMatch(p -> p.startsWith(site) || p.startsWith(out));
        }
        try (Stream<Path> calendars = Files.walk(out)) {
            for (Path ics : calendars.filter(p -> p.toString().endsWith(".ics")).toList()) {
                IcsLint.assertClean(Files.readAllBytes(ics));
            }
        }
        try (Stream<Path> snippets = Files.list(out.resolve("jsonld"))) {
            for (Path html : snippets.toList()) {
                assertThat(Files.readString(html)).as(html.toString()).doesNotContain("{{", "{%")
                        .doesNotContainPattern("(?i)</script>[\\s\\S]*</script>");
            }
        }
    }

    @Test
    void checkSaysWhyAnEventIsLeftOutOfTheJsonLd() throws Exception {
        Path post = dir.resolve("2024-06-10-june-meetup.md");
        Files.writeString(post, """
                ---
                title: June Meetup
                event:
                  date: 2024-06-22
                talks:
                  - title: Packaging with uv
                    speakers: [Ana Lima]
                ---
                Venue to be announced.
                """);

        MeetupCliTest.Run each = MeetupCliTest.run("check", "--rich-results", post.toString());
        assertThat(each.errLines()).anyMatch(l -> l.startsWith(post + ":") && l.contains("warning: schema.org Event:"
                + " JSON-LD leaves out event \"June Meetup\": it has no location"));

        MeetupCliTest.Run brief = MeetupCliTest.run("check", post.toString());
        assertThat(brief.errLines()).anyMatch(l -> l.contains("1 are left out of the JSON-LD") && l.contains(post
                .toString()));
    }
}
