package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.export.ical.IcsLint;
import io.meetkit.export.ical.IndependentReaders;
import io.meetkit.export.jsonld.OfflineJsonLd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code meetup build} over a small Jekyll site of our own: where every file goes and what it holds. */
class BuildTest {
    private static final Map<String, String> EPOCH = Map.of("SOURCE_DATE_EPOCH", "1700000000");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    Path site;
    Path out;

    static MeetupCliTest.Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = MeetupCli.run(args, stdout, stderr, env);
        return new MeetupCliTest.Run(code, stdout.toString(StandardCharsets.UTF_8),
                stderr.toString(StandardCharsets.UTF_8));
    }

    private void write(String name, String text) throws IOException {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void writeASite() throws IOException {
        site = dir.resolve("site");
        out = dir.resolve("out");
        write("_config.yml", """
                title: Lakeside Python
                url: https://lakeside.example.org
                timezone: Europe/Berlin
                """);
        write("_posts/2024-05-02-may-meetup.md", """
                ---
                title: May Meetup {{ site.title }}
                event:
                  date: 2024-05-18
                  start: "18:30"
                  end: "21:00"
                  venue: {name: Boathouse, address: 1 Quay Street, city: Lakeside, country: Germany}
                talks:
                  - title: Typing at scale
                    speakers:
                      - name: Ana Lima
                        github: analima
                  - title: "{% raw %} in templates"
                    speakers: [Ben Okafor]
                ---
                Two talks at the Boathouse.
                """);
        write("_posts/2024-06-10-june-meetup.md", """
                ---
                title: June Meetup
                slug: summer-meetup
                event:
                  date: 2024-06-22
                talks:
                  - title: Packaging with uv
                    speakers:
                      - name: Ana Lima
                        github: analima
                ---
                Venue to be announced.
                """);
        write("_posts/2024-07-01-new-logo.md", """
                ---
                title: A new logo
                ---
                The group has a new logo.
                """);
        write("_posts/2024-08-01-broken.md", """
                ---
                title: Broken
                event:
                  date: 2024-02-30
                ---
                Never happened.
                """);
    }

    private Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String scriptJson(String html) {
        Matcher m = Pattern.compile("(?s)^<script type=\"application/ld\\+json\">\n(.*)\n</script>\n$").matcher(html);
        assertThat(m.matches()).as(html).isTrue();
        return m.group(1);
    }

    @Test
    void writesEveryOutputOfTheGoodPostsAndReportsTheBrokenOneLikeConvert() throws Exception {
        MeetupCliTest.Run run = run(EPOCH, "build", site.toString(), "-o", out.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).anyMatch(l -> l.matches(Pattern.quote(site.resolve("_posts/2024-08-01-broken.md")
                .toString()) + ":\\d+:\\d+: error: .*"));
        assertThat(run.errLines()).last().asString().matches("4 posts, 3 converted, 1 failed, \\d+ warnings");
        assertThat(tree(out).keySet()).containsExactly("events.ics", "events/may-meetup.ics",
                "events/summer-meetup.ics", "jsonld/may-meetup.html", "jsonld/new-logo.html",
                "jsonld/summer-meetup.html", "posts.json", "speakers.json");
        String feed = text(out.resolve("events.ics"));
        IcsLint.assertClean(feed);
        IndependentReaders.assertAccepted(feed);
        assertThat(feed).contains("X-WR-CALNAME:Lakeside Python", "DTSTAMP:20231114T221320Z");
        assertThat(IndependentReaders.ical4j(feed).getComponents("VEVENT")).hasSize(2);
        String one = text(out.resolve("events/may-meetup.ics"));
        IcsLint.assertClean(one);
        assertThat(IndependentReaders.ical4j(one).getComponents("VEVENT")).hasSize(1);
        assertThat(one).contains("SUMMARY:May Meetup");
        JsonNode posts = JSON.readTree(out.resolve("posts.json").toFile());
        assertThat(posts).extracting(p -> p.get("title").asString())
                .containsExactly("May Meetup {{ site.title }}", "June Meetup", "A new logo");
    }

    @Test
    void theSnippetIsAScriptElementThatNoTemplateEngineReadsAndThatExpandsOffline() throws Exception {
        run(EPOCH, "build", site.toString(), "-o", out.toString());

        String html = text(out.resolve("jsonld/may-meetup.html"));
        assertThat(html).doesNotContain("{{", "{%");
        String json = scriptJson(html);
        JsonNode graph = JSON.readTree(json).get("@graph");
        List<String> texts = new ArrayList<>();
        graph.forEach(n -> texts.add(n.path("headline").asString() + n.path("name").asString()));
        assertThat(texts).contains("May Meetup {{ site.title }}");
        assertThat(json).contains("\"@id\": \"https://lakeside.example.org/#person-ana-lima\"")
                .contains("\"@type\": \"Event\"");
        assertThat(OfflineJsonLd.withBundledContext().expand(json)).isNotEmpty();
    }

    @Test
    void anEventWithoutVenueIsLeftOutOfItsSnippetUnlessEveryEventIsAskedFor() throws Exception {
        MeetupCliTest.Run run = run(EPOCH, "build", site.toString(), "-o", out.toString());
        assertThat(run.errLines()).anyMatch(l -> l.contains("2024-06-10-june-meetup.md:")
                && l.contains("warning: JSON-LD leaves out event \"June Meetup\""));
        String summer = scriptJson(text(out.resolve("jsonld/summer-meetup.html")));
        assertThat(summer).doesNotContain("\"Event\"").contains("\"mentions\"");

        run(EPOCH, "build", "--all-events", site.toString(), "-o", out.toString());
        assertThat(scriptJson(text(out.resolve("jsonld/summer-meetup.html")))).contains("\"Event\"");
    }

    @Test
    void speakersJsonSaysWhoSpokeWhenAboutWhatWithProfileLinks() throws Exception {
        run(EPOCH, "build", site.toString(), "-o", out.toString());

        JsonNode speakers = JSON.readTree(out.resolve("speakers.json").toFile());
        assertThat(speakers).extracting(s -> s.get("name").asString()).containsExactly("Ana Lima", "Ben Okafor");
        JsonNode ana = speakers.get(0);
        assertThat(ana.get("links").get(0).get("url").asString()).isEqualTo("https://github.com/analima");
        assertThat(ana.get("talks")).extracting(t -> t.get("date").asString() + " " + t.get("title").asString()
                + " " + t.get("post").asString()).containsExactly(
                "2024-05-18 Typing at scale may-meetup", "2024-06-22 Packaging with uv summer-meetup");
    }

    @Test
    void aSecondRunRewritesNothingEvenWithoutSourceDateEpoch() throws Exception {
        run(Map.of(), "build", site.toString(), "-o", out.toString());
        FileTime long_ago = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (String name : tree(out).keySet()) {
            Files.setLastModifiedTime(out.resolve(name), long_ago);
        }

        MeetupCliTest.Run again = run(Map.of(), "build", site.toString(), "-o", out.toString());

        assertThat(again.out()).contains("0 files written, 8 unchanged");
        for (String name : tree(out).keySet()) {
            assertThat(Files.getLastModifiedTime(out.resolve(name))).as(name).isEqualTo(long_ago);
        }
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aChangedPostRewritesOnlyTheFilesThatChanged() throws Exception {
        run(EPOCH, "build", site.toString(), "-o", out.toString());
        Map<String, byte[]> before = tree(out);
        write("_posts/2024-07-01-new-logo.md", "---\ntitle: A newer logo\n---\nThe group has a newer logo.\n");

        MeetupCliTest.Run again = run(EPOCH, "build", site.toString(), "-o", out.toString());

        assertThat(again.out()).contains("2 files written, 6 unchanged");
        Map<String, byte[]> after = tree(out);
        List<String> changed = after.keySet().stream().filter(k -> !java.util.Arrays.equals(before.get(k),
                after.get(k))).toList();
        assertThat(changed).containsExactlyInAnyOrder("jsonld/new-logo.html", "posts.json");
    }

    @Test
    void sourceDateEpochMakesTwoBuildsByteIdentical() throws Exception {
        run(EPOCH, "build", site.toString(), "-o", out.toString());
        run(EPOCH, "build", site.toString(), "-o", dir.resolve("again").toString());

        Map<String, byte[]> first = tree(out);
        Map<String, byte[]> second = tree(dir.resolve("again"));
        assertThat(second).containsOnlyKeys(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void jekyllLayoutPutsSnippetsWhereIncludeLooksAndFeedsWhereJekyllCopiesFiles() throws Exception {
        run(EPOCH, "build", "--layout", "jekyll", site.toString(), "-o", site.toString());

        // page.slug: the file name without date and extension, or the slug: of the front matter.
        assertThat(site.resolve("_includes/meetkit/may-meetup.html")).isRegularFile();
        assertThat(site.resolve("_includes/meetkit/summer-meetup.html")).isRegularFile();
        assertThat(site.resolve("_includes/meetkit/new-logo.html")).isRegularFile();
        assertThat(site.resolve("assets/meetkit/events.ics")).isRegularFile();
        assertThat(site.resolve("assets/meetkit/events/may-meetup.ics")).isRegularFile();
        assertThat(site.resolve("assets/meetkit/posts.json")).isRegularFile();
        assertThat(site.resolve("assets/meetkit/speakers.json")).isRegularFile();

        // The outputs inside the site are not read as posts by the next build.
        MeetupCliTest.Run again = run(EPOCH, "build", "--layout", "jekyll", site.toString(), "-o", site.toString());
        assertThat(again.errLines()).last().asString().startsWith("4 posts, 3 converted, 1 failed");
        assertThat(again.out()).contains("0 files written");
    }

    @Test
    void hugoLayoutNamesSnippetsAfterTheSlugOrTheFileOrBundleName() throws Exception {
        Path hugo = dir.resolve("hugo");
        Files.createDirectories(hugo.resolve("content/posts/spring-sprint"));
        Files.writeString(hugo.resolve("hugo.toml"), "title = 'Hugo Pythons'\nbaseURL = 'https://hugo.example.org/'\n");
        Files.writeString(hugo.resolve("content/posts/autumn.md"),
                "---\ntitle: Autumn\ndate: 2024-09-01\n---\nHello.\n");
        Files.writeString(hugo.resolve("content/posts/spring-sprint/index.md"),
                "---\ntitle: Spring sprint\ndate: 2024-03-01\nslug: sprint-2024\n---\nHello.\n");
        Files.writeString(hugo.resolve("content/posts/winter.md"),
                "---\ntitle: Winter\ndate: 2024-01-01\n---\nHello.\n");
        Files.createDirectories(hugo.resolve("content/posts/bundle"));
        Files.writeString(hugo.resolve("content/posts/bundle/index.md"),
                "---\ntitle: Bundle\ndate: 2024-02-01\n---\nHello.\n");

        MeetupCliTest.Run run = run(EPOCH, "build", "--layout", "HUGO", hugo.toString(), "-o", hugo.toString());

        assertThat(run.code()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(hugo.resolve("layouts/partials/meetkit"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("autumn.html",
                    "sprint-2024.html", "winter.html", "bundle.html");
        }
        assertThat(hugo.resolve("static/meetkit/events.ics")).isRegularFile();
    }

    @Test
    void postsWithTheSameSlugAreBothRenamedByDateAndSaySo() throws Exception {
        write("_posts/2025-05-02-may-meetup.md", "---\ntitle: May Meetup again\n---\nA year later.\n");

        MeetupCliTest.Run run = run(EPOCH, "build", site.toString(), "-o", out.toString());

        assertThat(out.resolve("jsonld/may-meetup.html")).doesNotExist();
        assertThat(text(out.resolve("jsonld/2024-05-02-may-meetup.html"))).contains("May Meetup {\\u007b site");
        assertThat(text(out.resolve("jsonld/2025-05-02-may-meetup.html"))).contains("May Meetup again");
        assertThat(out.resolve("events/2024-05-02-may-meetup.ics")).isRegularFile();
        assertThat(run.errLines()).filteredOn(l -> l.contains("warning: the slug 'may-meetup' is also the slug of"))
                .hasSize(2);
    }

    @Test
    void anUnknownLayoutOrAMissingOutputIsAUsageError() {
        assertThat(run(EPOCH, "build", "--layout", "gatsby", site.toString(), "-o", out.toString()).code())
                .isEqualTo(2);
        assertThat(run(EPOCH, "build", site.toString()).code()).isEqualTo(2);
        assertThat(run(EPOCH, "build", dir.resolve("nowhere").toString(), "-o", out.toString()).code())
                .isEqualTo(2);
    }
}
