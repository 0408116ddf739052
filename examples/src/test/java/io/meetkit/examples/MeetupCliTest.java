package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.meetkit.core.Post;
import io.meetkit.export.json.PostJson;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetupCliTest {

    /** One in-process run of the tool. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MeetupCli.run(args, out, err, Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withoutArgumentsItSummarisesTheBundledSamples() {
        Run run = run();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("March Meetup Recap").contains("April Meetup: Data Pipelines")
                .contains("May Workshop Moves Online");
        assertThat(run.errLines()).last().isEqualTo("3 posts, 3 converted, 0 failed");
    }

    @Test
    void jsonOutputReadsBackIntoThePosts() {
        Run run = run("-f", "json");
        assertThat(run.code()).isZero();
        List<Post> posts = PostJson.create().readPosts(run.out());
        assertThat(posts).extracting(Post::title).containsExactly("March Meetup Recap",
                "April Meetup: Data Pipelines", "May Workshop Moves Online");
    }

    @Test
    void anExplicitConvertCommandIsTheSameAsTheDefault() {
        assertThat(run("convert", "-f", "json").out()).isEqualTo(run("-f", "json").out());
    }

    @Test
    void aMissingFileIsReportedWithPositionAndExitCodeOne() throws IOException {
        Path good = write("2022-01-01-good.md", "---\ntitle: Good\n---\nText\n");
        Path missing = dir.resolve("missing.md");
        Run run = run("-f", "json", good.toString(), missing.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).contains(missing + ":1:1: error: no such file or directory");
        assertThat(PostJson.create().readPosts(run.out())).extracting(Post::title).containsExactly("Good");
        assertThat(run.errLines()).last().isEqualTo("2 posts, 1 converted, 1 failed");
    }

    @Test
    void checkOnABrokenPostPrintsFileLineColumnAndExitsOneWhileOthersStillPass() throws IOException {
        write("posts/2022-01-01-broken.md", "---\ntitle: Broken\ntags: [a, b\n---\nText\n");
        write("posts/2022-01-02-fine.md", "---\ntitle: Fine\n---\nText\n");
        Run run = run("check", dir.resolve("posts").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line)
                .matches(".*2022-01-01-broken\\.md:\\d+:\\d+: error: front matter is not valid: .*"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.errLines()).last().isEqualTo("2 posts, 1 converted, 1 failed");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void convertStillPrintsTheGoodPostsBesideABrokenOne() throws IOException {
        write("posts/2022-01-01-broken.md", "---\ntitle: [Broken\n---\n");
        write("posts/2022-01-02-fine.md", "---\ntitle: Fine\n---\nText\n");
        Run run = run(dir.resolve("posts").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("Fine").doesNotContain("Broken");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = run("-f", "pdf");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'pdf'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownOptionOrTimeZoneIsAUsageError() {
        assertThat(run("--frobnicate").code()).isEqualTo(2);
        Run zone = run("--timezone", "Mars/Olympus");
        assertThat(zone.code()).isEqualTo(2);
        assertThat(zone.err()).contains("unknown time zone 'Mars/Olympus'");
    }

    @Test
    void strictTurnsWarningsIntoFailures() throws IOException {
        Path post = write("2022-01-01-p.md", "---\ntitle: P\nfeatured: yes\n---\nText\n");
        assertThat(run("check", post.toString()).code()).isZero();
        Run strict = run("check", "--strict", post.toString());
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.errLines()).anyMatch(l -> l.matches(".*2022-01-01-p\\.md:3:1: error: .*YAML 1\\.1.*"));
    }

    @Test
    void outputGoesToAFileWithDashO() throws IOException {
        Path out = dir.resolve("out.json");
        Run run = run("-f", "json", "-o", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(PostJson.create().readPosts(Files.readString(out))).hasSize(3);
    }

    @Test
    void htmlFormatWritesOneScriptElementPerPost() {
        Run run = run("-f", "html");
        assertThat(run.code()).isZero();
        assertThat(run.out().split("<script type=\"application/ld\\+json\">", -1)).hasSize(4);
    }

    @Test
    void theRecapSamplesSummaryShowsItsDateVenueAndFourTalksWithSpeakers() {
        String out = run().out();
        String recap = out.substring(out.indexOf("March Meetup Recap"), out.indexOf("April Meetup"));
        assertThat(recap).contains("Sat 14 Mar 2026").contains("Riverbend Labs, Pune").contains("attendance: 45")
                .contains("1. Typing Pandas DataFrames - Asha Kulkarni")
                .contains("2. Packaging with uv and PEP 751 lock files - Rohan Mehta")
                .contains("3. Profiling Python with py-spy - Leela Thomas")
                .contains("4. Writing a tiny Markdown linter in 80 lines (lightning) - Farhan Ali")
                .contains("inferred:");
    }

    @Test
    void anIcsFeedIsByteIdenticalForTheSameSourceDateEpoch() {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1700000000");
        assertThat(MeetupCli.run(new String[] {"-f", "ics"}, first, new ByteArrayOutputStream(), env)).isZero();
        assertThat(MeetupCli.run(new String[] {"-f", "ics"}, second, new ByteArrayOutputStream(), env)).isZero();
        String ics = first.toString(StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTAMP:20231114T221320Z")
                .contains("X-WR-CALNAME:Lakeside Python Users");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void aBadSourceDateEpochIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MeetupCli.run(new String[] {"-f", "ics"}, new ByteArrayOutputStream(), err,
                Map.of("SOURCE_DATE_EPOCH", "yesterday"));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("SOURCE_DATE_EPOCH");
    }

    @Test
    void checkWarnsAboutAnEventPostWithoutDateOrTalks() throws IOException {
        Path post = write("2022-01-01-meetup.md", "---\ntitle: January Meetup\n---\nIt was fun.\n");
        Run run = run("check", post.toString());
        assertThat(run.code()).isZero();
        assertThat(run.errLines()).anyMatch(l -> l.endsWith("warning: looks like an event post, but no event date "
                + "was found in its front matter or text"));
    }

    @Test
    void readingOnSeveralThreadsWritesTheSameJsonLdAsOneThread() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("posts/2023-01-" + String.format(java.util.Locale.ROOT, "%02d", 1 + i % 28) + "-meetup-" + i + ".md",
                    "---\ntitle: Meetup " + i + "\nevent:\n  date: 2023-01-" + String.format(java.util.Locale.ROOT,
                    "%02d", 1 + i % 28) + "\n  venue: {name: Hall, city: Pune}\ntalks:\n  - title: Talk " + i + "\n    speakers:\n"
                    + "      - name: Asha Rao\n        github: asha" + (i % 3) + "\n---\nSee you there.\n");
        }
        String posts = dir.resolve("posts").toString();
        Run one = run("-f", "jsonld", "--threads", "1", posts);
        Run four = run("-f", "jsonld", "--threads", "4", posts);
        assertThat(one.code()).isZero();
        assertThat(one.out()).contains("Talk 29");
        assertThat(four.out()).isEqualTo(one.out());
    }

    @Test
    void zeroThreadsIsAUsageError() {
        Run run = run("--threads", "0", "-f", "json");
        assertThat(run.code()).isEqualTo(MeetupCli.USAGE);
        assertThat(run.err()).contains("--threads must be at least 1");
    }

    // --- -o writes the whole output or nothing; write failures are reported ----------------------------------

    private static final String PREVIOUS = "the previous output\n";

    private List<Path> filesIn(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void dashOReplacesThePreviousFileOnlyWhenTheRunCompletesEvenWithFailedPosts() throws IOException {
        write("posts/2022-01-01-broken.md", "---\ntitle: [Broken\n---\n");
        write("posts/2022-01-02-fine.md", "---\ntitle: Fine\n---\nText\n");
        Path out = write("out/posts.json", PREVIOUS);
        Run run = run("-f", "json", "-o", out.toString(), dir.resolve("posts").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(PostJson.create().readPosts(Files.readString(out))).extracting(Post::title).containsExactly("Fine");
        assertThat(filesIn(out.getParent())).as("no temporary file left").containsExactly(out);
        assertThat(run.errLines()).last().isEqualTo("2 posts, 1 converted, 1 failed");
    }

    @Test
    void aRunThatFailsWhileWritingLeavesThePreviousFileAsItWas() throws IOException {
        Path out = write("out/feed.ics", PREVIOUS);
        // The feed writer refuses the clock only once the output file has been opened.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MeetupCli.run(new String[] {"-f", "ics", "-o", out.toString()}, new ByteArrayOutputStream(), err,
                Map.of("SOURCE_DATE_EPOCH", "yesterday"));
        assertThat(code).isEqualTo(MeetupCli.USAGE);
        assertThat(Files.readString(out)).isEqualTo(PREVIOUS);
        assertThat(filesIn(out.getParent())).as("no temporary file left").containsExactly(out);
    }

    @Test
    void dashOOntoOneOfTheInputsIsAUsageErrorAndNothingIsRead() throws IOException {
        Path post = write("posts/2022-01-01-p.md", "---\ntitle: P\n---\nText\n");
        String before = Files.readString(post);
        Path alias = Files.createSymbolicLink(dir.resolve("alias.json"), post);
        for (String[] args : List.of(
                new String[] {"-o", post.toString(), post.toString()},
                new String[] {"-o", post.toString(), dir.resolve("posts").toString()},
                new String[] {"-o", dir.resolve("posts/../posts/2022-01-01-p.md").toString(), dir.toString()},
                new String[] {"-o", alias.toString(), dir.resolve("posts").toString()})) {
            Run run = run(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(MeetupCli.USAGE);
            assertThat(run.err()).contains("refusing to write").doesNotContain(" posts, ");
            assertThat(Files.readString(post)).isEqualTo(before);
        }
    }

    @Test
    void dashOOntoAFolderIsAUsageError() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Run run = run("-f", "json", "-o", folder.toString());
        assertThat(run.code()).isEqualTo(MeetupCli.USAGE);
        assertThat(run.err()).contains("cannot write " + folder + ": it is a folder");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void dashOThroughALinkReplacesTheFileItPointsToAndKeepsTheLink() throws IOException {
        Path real = write("real/out.json", PREVIOUS);
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), real);
        Run run = run("-f", "json", "-o", link.toString());
        assertThat(run.code()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PostJson.create().readPosts(Files.readString(real))).hasSize(3);
    }

    @Test
    void dashOIntoAnInputFolderUnderANewNameIsFine() throws IOException {
        write("posts/2022-01-01-p.md", "---\ntitle: P\n---\nText\n");
        Path out = dir.resolve("posts/out.json");
        Run run = run("-f", "json", "-o", out.toString(), dir.resolve("posts").toString());
        assertThat(run.code()).isZero();
        assertThat(PostJson.create().readPosts(Files.readString(out))).hasSize(1);
    }

    @Test
    void aFullDiskOnStandardOutputIsReportedWithANonZeroExit() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "/dev/full does not exist here");
        for (boolean printStream : List.of(false, true)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (OutputStream raw = new FileOutputStream(full.toFile());
                 OutputStream out = printStream ? new PrintStream(raw) : raw) {
                int code = MeetupCli.run(new String[] {"-f", "json"}, out, err, Map.of());
                assertThat(code).as("through a PrintStream: %s", printStream).isEqualTo(MeetupCli.INPUT_ERRORS);
            }
            assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).last().asString()
                    .startsWith("meetup: cannot write standard output: ");
        }
    }

    @Test
    void aFullDiskBehindDashOIsReportedWithANonZeroExit() {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full does not exist here");
        Run run = run("-f", "json", "-o", "/dev/full");
        assertThat(run.code()).isEqualTo(MeetupCli.INPUT_ERRORS);
        assertThat(run.errLines()).last().isEqualTo("meetup: cannot write /dev/full: No space left on device");
    }

    @Test
    void aClosedPipeOnStandardOutputIsReportedWithANonZeroExit() throws Exception {
        Process reader;
        try {
            reader = new ProcessBuilder("true").start();
        } catch (IOException e) {
            assumeTrue(false, "no 'true' command here to stand for a reader that has gone (" + e.getMessage() + ")");
            return;
        }
        assertThat(reader.waitFor()).isZero();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MeetupCli.run(new String[] {"-f", "json"}, reader.getOutputStream(), err, Map.of());
        assertThat(code).isEqualTo(MeetupCli.INPUT_ERRORS);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).last().asString()
                .startsWith("meetup: cannot write standard output: ");
    }
}
