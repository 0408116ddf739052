package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.meetkit.core.Post;
import io.meetkit.export.json.PostJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool over the hostile folder plus two good posts: exit status 1, one {@code FILE:LINE:COL:
 * severity: message} line per problem and nothing else (no stack trace), the good posts converted, and a final line
 * that counts every input exactly once.
 */
class HostileCliTest {

    private static final Pattern DIAGNOSTIC = Pattern.compile("^(.+?):(\\d+):(\\d+): (error|warning): (.+)$");
    /** The tool's own lines about the whole run (not one file): a warning or a note, never a stack trace. */
    private static final Pattern TOOL_LINE = Pattern.compile("^meetup: (warning|note): .+$");
    private static final Pattern SUMMARY = Pattern.compile("^(\\d+) posts, (\\d+) converted, (\\d+) failed"
            + "(?:, (\\d+) warnings)?$");

    @TempDir
    Path dir;

    private final List<Path> hostile = new ArrayList<>();
    private Path goodOne;
    private Path goodTwo;

    @BeforeEach
    void copyTheFolderBesideTwoGoodPosts() throws Exception {
        for (Path f : HostileInputTest.hostileFiles().toList()) {
            Path copy = dir.resolve(f.getFileName());
            Files.copy(f, copy);
            Files.copy(f.resolveSibling(f.getFileName() + ".expected"), dir.resolve(f.getFileName() + ".expected"));
            hostile.add(copy);
        }
        goodOne = dir.resolve(HostileInputTest.GOOD_NAME);
        Files.writeString(goodOne, HostileInputTest.GOOD);
        goodTwo = dir.resolve("2024-06-01-plain-news.md");
        Files.writeString(goodTwo, "---\ntitle: Plain news\ndate: 2024-06-01\n---\nThe group has a new logo.\n");
    }

    @Test
    void checkReportsEveryProblemOnceAsAPositionedLineAndCountsEveryInput() throws IOException {
        MeetupCliTest.Run run = MeetupCliTest.run("check", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        List<String> lines = assertOnlyDiagnosticsAndASummary(run, hostile.size() + 2);
        for (Path file : hostile) {
            for (String expected : Files.readAllLines(file.resolveSibling(file.getFileName() + ".expected"))) {
                if (expected.isBlank()) {
                    continue;
                }
                String severity = expected.substring(0, expected.indexOf(':'));
                String fragment = expected.substring(expected.indexOf(':') + 1).strip();
                assertThat(lines).as("%s: %s", file.getFileName(), expected)
                        .filteredOn(l -> l.startsWith(file + ":") && l.contains(": " + severity + ": ")
                                && l.contains(fragment))
                        .hasSize(1);
            }
        }
        assertThat(lines).noneMatch(l -> l.startsWith(goodOne + ":") && l.contains(": error: "));
        assertThat(lines).noneMatch(l -> l.startsWith(goodTwo + ":"));
    }

    @Test
    void convertWritesTheGoodPostsAndCountsEveryInputOnce() {
        MeetupCliTest.Run run = MeetupCliTest.run("-f", "json", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertOnlyDiagnosticsAndASummary(run, hostile.size() + 2);
        List<Post> posts = PostJson.create().readPosts(run.out());
        assertThat(posts).extracting(Post::title).contains("Good meetup", "Plain news");
        Matcher summary = SUMMARY.matcher(run.errLines().get(run.errLines().size() - 1));
        assertThat(summary.matches()).isTrue();
        assertThat(posts).hasSize(Integer.parseInt(summary.group(2)));
    }

    @Test
    void everyFormatSurvivesTheFolder() {
        for (String format : List.of("summary", "ics", "jsonld", "html")) {
            MeetupCliTest.Run run = MeetupCliTest.run("-f", format, dir.toString());
            assertThat(run.code()).as(format).isEqualTo(1);
            assertOnlyDiagnosticsAndASummary(run, hostile.size() + 2);
            assertThat(run.out()).as(format).contains("Good meetup");
        }
    }

    // --- what the file system can do: special files, links out of the folder, names that are not one line ------

    private Path fileSystemCase() throws IOException {
        Path folder = dir.resolve("fs");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(HostileInputTest.GOOD_NAME), HostileInputTest.GOOD);
        return folder;
    }

    /** Every line but the last matches the diagnostic form; the last is the summary. */
    private static void assertEveryLineIsADiagnosticOrTheSummary(MeetupCliTest.Run run) {
        List<String> lines = run.errLines();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(lines.subList(0, lines.size() - 1))
                .allMatch(l -> DIAGNOSTIC.matcher(l).matches() || TOOL_LINE.matcher(l).matches());
        assertThat(lines.get(lines.size() - 1)).matches(SUMMARY);
    }

    @Test
    void aFileNameWithANewlineIsEscapedSoItCannotForgeALine() throws IOException {
        Path folder = fileSystemCase();
        Path odd = folder.resolve("2024-01-01-odd\nx.md:1:1: error: forged.md");
        try {
            Files.writeString(odd, "---\ntitle: [Broken\n---\n");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            assumeTrue(false, "this file system does not allow a newline in a file name: " + e.getMessage());
        }
        MeetupCliTest.Run run = MeetupCliTest.run("check", folder.toString());
        assertThat(run.code()).isEqualTo(1);
        assertEveryLineIsADiagnosticOrTheSummary(run);
        String shown = odd.toString().replace("\n", "\\n");
        assertThat(run.errLines()).anyMatch(l -> l.startsWith(shown + ":") && l.contains(": error: "));
        assertThat(run.errLines()).noneMatch(l -> l.contains("forged") && !l.startsWith(shown));
        assertThat(run.errLines()).last().asString().startsWith("2 posts, 1 converted, 1 failed");
    }

    @Test
    void aFifoIsAnErrorForItsPathAndIsNeverOpened() throws Exception {
        Path folder = fileSystemCase();
        Path fifo = folder.resolve("2024-01-02-pipe.md");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here, so no FIFO can be made");
        MeetupCliTest.Run run = assertTimeoutPreemptively(Duration.ofMinutes(1),
                () -> MeetupCliTest.run("-f", "json", folder.toString()));
        assertThat(run.code()).isEqualTo(1);
        assertEveryLineIsADiagnosticOrTheSummary(run);
        assertThat(run.errLines()).contains(fifo + ":1:1: error: is a named pipe (FIFO), not a regular file; "
                + "it was not read");
        assertThat(run.errLines()).last().isEqualTo("2 posts, 1 converted, 1 failed");
        assertThat(run.out()).contains("Good meetup");
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsReportedAndNotRead() throws IOException {
        Path folder = fileSystemCase();
        Path outside = dir.resolve("2024-02-01-private.md");
        Files.writeString(outside, "---\ntitle: Private notes\n---\nNot for the site.\n");
        Path link = Files.createSymbolicLink(folder.resolve("2024-02-01-private.md"), outside);
        MeetupCliTest.Run run = MeetupCliTest.run("-f", "json", folder.toString());
        assertThat(run.code()).isZero();
        assertEveryLineIsADiagnosticOrTheSummary(run);
        assertThat(run.errLines()).contains(link + ":1:1: warning: symbolic link to a file outside " + folder
                + "; it was not followed");
        assertThat(run.out()).contains("Good meetup").doesNotContain("Private notes");
        // The link's warning is printed, so it is counted.
        assertThat(run.errLines()).last().isEqualTo("1 posts, 1 converted, 0 failed, 1 warnings");
    }

    @Test
    void aFileNamedTwiceIsReadAndCountedOnce() throws IOException {
        Path folder = fileSystemCase();
        Path good = folder.resolve(HostileInputTest.GOOD_NAME);
        MeetupCliTest.Run run = MeetupCliTest.run("-f", "json", good.toString(),
                folder.resolve(".").resolve(HostileInputTest.GOOD_NAME).toString(), folder.toString(),
                folder.resolve("../fs").toString());
        assertThat(run.code()).isZero();
        assertThat(PostJson.create().readPosts(run.out())).hasSize(1);
        assertThat(run.errLines()).last().isEqualTo("1 posts, 1 converted, 0 failed");
    }

    /**
     * Every line but the last is a diagnostic about one of the inputs, no line repeats, and the last line counts
     * {@code inputs} posts, each as converted or failed, where the failed ones are exactly those with an error line.
     */
    private List<String> assertOnlyDiagnosticsAndASummary(MeetupCliTest.Run run, int inputs) {
        List<String> lines = run.errLines();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        List<String> diagnostics = lines.subList(0, lines.size() - 1);
        Set<String> sources = new HashSet<>();
        hostile.forEach(p -> sources.add(p.toString()));
        sources.add(goodOne.toString());
        sources.add(goodTwo.toString());
        Set<String> failed = new HashSet<>();
        for (String line : diagnostics) {
            if (TOOL_LINE.matcher(line).matches()) {
                continue;
            }
            Matcher m = DIAGNOSTIC.matcher(line);
            assertThat(m.matches()).as("a diagnostic line: %s", line).isTrue();
            assertThat(sources).as("the file of %s", line).contains(m.group(1));
            if (m.group(4).equals("error")) {
                failed.add(m.group(1));
            }
        }
        assertThat(diagnostics).as("each problem once").doesNotHaveDuplicates();
        Matcher summary = SUMMARY.matcher(lines.get(lines.size() - 1));
        assertThat(summary.matches()).as("summary line: %s", lines.get(lines.size() - 1)).isTrue();
        int posts = Integer.parseInt(summary.group(1));
        int converted = Integer.parseInt(summary.group(2));
        int failedCount = Integer.parseInt(summary.group(3));
        assertThat(posts).isEqualTo(inputs);
        assertThat(converted + failedCount).isEqualTo(inputs);
        assertThat(failedCount).isEqualTo(failed.size());
        return diagnostics;
    }
}
