package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.core.Severity;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code hostile/} (and every oversized or deeply nested file made below) is read in a batch beside a
 * good post: the hostile one gets the diagnostics its {@code NAME.expected} file lists, each positioned inside the
 * file; nothing else is thrown; whatever post it still yields goes through every exporter soundly; and the good
 * post beside it is converted untouched. Adding a case is adding two files.
 */
class HostileInputTest {

    /** Only a hang guard: the whole folder takes seconds. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    static final String GOOD_NAME = "2024-05-01-good-meetup.md";
    static final String GOOD = """
            ---
            title: Good meetup
            date: 2024-05-01
            event:
              date: 2024-05-18
              start: "10:00"
              end: "12:00"
              timezone: Asia/Kolkata
              venue:
                name: Hall One
                address: 1 Main Road
            talks:
              - title: A fine talk
                speakers:
                  - name: Ann Example
            ---

            We meet at Hall One for one talk.
            """;

    private static final PostParser PARSER = PostParser.create();

    @TempDir
    Path dir;

    static Path hostileDir() throws URISyntaxException {
        return Path.of(HostileInputTest.class.getResource("/hostile").toURI());
    }

    static Stream<Path> hostileFiles() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(hostileDir())) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileFileIsReportedWhileTheGoodPostBesideItIsConverted(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Expectation> expected = Expectation.read(file.resolveSibling(file.getFileName() + ".expected"));
        assertHostileBatch(file.getFileName().toString(), bytes, expected);
    }

    static Stream<Arguments> generated() {
        String deepFlow = "[".repeat(10_000) + "]".repeat(10_000);
        String deepMap = "{a: ".repeat(10_000) + "1" + "}".repeat(10_000);
        return Stream.of(
                Arguments.of("deep-yaml-flow-lists.md", "---\ntitle: Deep\nx: " + deepFlow + "\n---\nBody\n",
                        "error: front matter nests deeper than 64 levels"),
                Arguments.of("deep-yaml-flow-maps.md", "---\ntitle: Deep\nx: " + deepMap + "\n---\nBody\n",
                        "error: front matter nests deeper than 64 levels"),
                Arguments.of("deep-yaml-block-lists.md", "---\ntitle: Deep\nx:\n  " + "- ".repeat(10_000)
                        + "end\n---\nBody\n", "error: front matter nests deeper than 64 levels"),
                Arguments.of("deep-json.md", "{\"title\": \"Deep\", \"x\": " + deepFlow + "}\nBody\n",
                        "error: front matter nests deeper than 64 levels"),
                Arguments.of("deep-json-maps.md", "{\"title\": \"Deep\", \"x\": "
                        + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}\nBody\n",
                        "error: front matter nests deeper than 64 levels"),
                Arguments.of("deep-toml-arrays.md", "+++\ntitle = \"Deep\"\nx = " + deepFlow + "\n+++\nBody\n",
                        "error: front matter nests deeper than 64 levels"),
                Arguments.of("deep-toml-inline-tables.md", "+++\ntitle = \"Deep\"\nx = " + "{a = ".repeat(10_000)
                        + "1" + "}".repeat(10_000) + "\n+++\nBody\n", "error: front matter nests deeper than 64 levels"),
                Arguments.of("deep-markdown-quotes.md", "---\ntitle: Deep quotes\n---\n" + "> ".repeat(10_000)
                        + "text\n", "warning: block quotes and lists nest deeper than 64 levels"),
                // commonmark-java stops nesting list items at a depth below our limit, so this is read cleanly; it
                // stays as the case that once took 16 seconds (a per-sentence search of the whole block).
                Arguments.of("deep-markdown-lists.md", "---\ntitle: Deep lists\n---\n" + deepMarkdownList(),
                        "none"),
                Arguments.of("front-matter-too-large.md", "---\ntitle: Big\nbig: \"" + "x".repeat(1_100_000)
                        + "\"\n---\nBody\n", "error: front matter is larger than 262144 characters"),
                Arguments.of("front-matter-too-large-one-line.md", "---\ntitle: Big\nbig: " + "y".repeat(1_100_000)
                        + "\nnext: 1\n---\nBody\n", "error: front matter is larger than 262144 characters"),
                Arguments.of("json-front-matter-too-large.md", "{\"title\": \"Big\", \"big\": \""
                        + "x".repeat(1_100_000) + "\"}\nBody\n", "error: front matter is larger than 262144"),
                Arguments.of("file-too-large.md", "---\ntitle: Huge\n---\n" + "word ".repeat(3_500_000),
                        "error: is larger than 16777216 characters"),
                Arguments.of("long-body-line.md", "---\ntitle: A long line\nevent:\n  date: 2024-01-02\n---\n"
                        + "We met at Hall 7 on 3 March 2024 at 6pm, talks by Ann and Bo. ".repeat(20_000) + "\n",
                        "warning: line 6 is longer than 100000 characters; it is kept but not searched"),
                Arguments.of("long-url.md", "---\ntitle: Long URL\nevent:\n  date: 2024-01-02\n  rsvp: \"https://"
                        + "example.org/" + "a".repeat(10_000) + "\"\ntalks:\n  - title: Long\n    slides: \"https://"
                        + "example.org/?q=" + "b".repeat(10_000) + "\"\n---\n[x](https://example.org/"
                        + "c".repeat(10_000) + ")\n", "warning: 'event.rsvp' is a URL of 10020 characters, longer than 2000"),
                Arguments.of("many-aliases.md", "---\ntitle: Aliases\nbase: &b [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
                        + "list: [" + "*b, ".repeat(20_000) + "*b]\n---\nBody\n",
                        "error: expands to more than 100000 values"));
    }

    /** A list item whose text starts a list, 10,000 times over. */
    private static String deepMarkdownList() {
        return "1. ".repeat(10_000) + "item\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void aGeneratedOversizedOrDeepFileIsReportedWhileTheGoodPostBesideItIsConverted(String name, String text,
                                                                                     String expectation) {
        assertHostileBatch(name, text.getBytes(StandardCharsets.UTF_8),
                expectation.equals("none") ? List.of() : List.of(Expectation.parse(expectation)));
    }

    @Test
    void theWholeFolderIsReadInOneBatchWithEveryInputReportedOnce() throws Exception {
        List<Path> files = hostileFiles().toList();
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.writeString(dir.resolve(GOOD_NAME), GOOD);
        List<ParseResult> results = assertTimeoutPreemptively(HANG_GUARD,
                () -> PARSER.scan(dir).stream().toList());
        assertThat(results).hasSize(files.size() + 1);
        assertThat(results).extracting(r -> Path.of(r.source()).getFileName().toString()).doesNotHaveDuplicates();
        ParseResult good = results.stream().filter(r -> r.source().endsWith(GOOD_NAME)).findFirst().orElseThrow();
        assertThat(good.diagnostics()).isEmpty();
        assertThat(good.post()).isPresent();        // A scan on several threads reads ahead; the hostile files must not change what it gives or its order.
        List<ParseResult> parallel = assertTimeoutPreemptively(HANG_GUARD,
                () -> PostParser.builder().parallelism(3).build().scan(dir).stream().toList());
        assertThat(parallel).isEqualTo(results);
    }

    private void assertHostileBatch(String name, byte[] bytes, List<Expectation> expected) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            Path hostile = dir.resolve(name);
            Files.write(hostile, bytes);
            Path good = dir.resolve(GOOD_NAME);
            Files.writeString(good, GOOD);
            List<ParseResult> results = PARSER.scan(dir).stream().toList();
            assertThat(results).extracting(ParseResult::source)
                    .containsExactlyInAnyOrder(hostile.toString(), good.toString());
            ParseResult goodResult = results.stream().filter(r -> r.source().equals(good.toString()))
                    .findFirst().orElseThrow();
            assertThat(goodResult.diagnostics()).as("the good post's diagnostics").isEmpty();
            Post goodPost = goodResult.post().orElseThrow();
            assertThat(goodPost.event().orElseThrow().talks()).hasSize(1);
            ParseResult result = results.stream().filter(r -> r.source().equals(hostile.toString()))
                    .findFirst().orElseThrow();
            assertHostileResult(result, new String(bytes, StandardCharsets.UTF_8), expected);
        });
    }

    static void assertHostileResult(ParseResult result, String text, List<Expectation> expected) {
        List<Diagnostic> diagnostics = result.diagnostics();
        if (expected.isEmpty()) {
            assertThat(diagnostics).as("a case that expects nothing is read cleanly").isEmpty();
            assertThat(result.post()).isPresent();
        } else {
            assertThat(diagnostics).as("diagnostics of %s", result.source()).isNotEmpty();
        }
        ExportChecks.assertPositionsInside(diagnostics, text);
        assertThat(diagnostics).extracting(Diagnostic::message)
                .as("no internal failure")
                .noneMatch(m -> m.contains("Exception") || m.contains("extraction failed")
                        || m.contains("could not extract"));
        for (Expectation e : expected) {
            assertThat(diagnostics).as("%s expects %s, got %s", result.source(), e, diagnostics)
                    .anyMatch(e::matches);
        }
        result.post().ifPresent(ExportChecks::assertAllExportsSound);
    }

    /** One line of a {@code NAME.expected} file: {@code severity: part of the message}. */
    record Expectation(Severity severity, String fragment) {

        static Expectation parse(String line) {
            int colon = line.indexOf(':');
            Severity s = line.substring(0, colon).strip().equals("error") ? Severity.ERROR : Severity.WARNING;
            return new Expectation(s, line.substring(colon + 1).strip());
        }

        static List<Expectation> read(Path file) throws IOException {
            assertThat(file).as("every hostile case says what it expects").exists();
            List<Expectation> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(parse(line));
                }
            }
            assertThat(out).as("expectations in %s", file).isNotEmpty();
            return out;
        }

        boolean matches(Diagnostic d) {
            return d.severity() == severity && d.message().contains(fragment);
        }

        @Override
        public String toString() {
            return severity.label() + ": " + fragment;
        }
    }
}
