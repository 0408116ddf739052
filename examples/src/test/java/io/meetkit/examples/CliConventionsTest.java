package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.examples.MeetupCliTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user of any command-line tool expects: help, version, honest counts, one meaning of --strict, progress. */
class CliConventionsTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) posts, (\\d+) converted, (\\d+) failed(?:, (\\d+) warnings)?");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Posts that give warnings of several origins: the reader's, the writers', the site's. */
    private Path noisyFolder() throws IOException {
        write("posts/2024-03-01-march-meetup.md", """
                ---
                title: March Meetup
                tags: {not: a list}
                ---
                We met on 1 March 2024 at 6:30 PM at Harbour Hall, Lakeside.

                - Streams in practice by [Ann Lee](https://github.com/annlee)
                """);
        write("posts/2024-04-10-notes.md", """
                ---
                title: Notes from the committee
                ---
                Nothing about an event here.
                """);
        write("posts/2024-05-02-may-meetup.md", """
                ---
                title: May Meetup
                published: yes
                ---
                Talks to be announced.
                """);
        return dir.resolve("posts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpIsShownForTheToolAndExitsZero(String flag) {
        Run run = MeetupCliTest.run(flag);
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: meetup").contains("convert").contains("check").contains("build")
                .contains("Without a command, convert runs");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "check", "build"})
    void everyCommandHasHelpThatListsItsOptions(String command) {
        Run run = MeetupCliTest.run(command, "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: meetup " + command).contains("--strict").contains("-h, --help")
                .contains("-V, --version");
        if (command.equals("convert")) {
            assertThat(run.out()).contains("-f, --format=FORMAT").contains("-o, --output=FILE")
                    .contains("--base-url=URL").contains("--uid-domain=DOMAIN").contains("--organizer-name=NAME");
        }
    }

    @Test
    void helpCommandShowsAnyCommandsOptions() {
        Run run = MeetupCliTest.run("help", "convert");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("-f, --format=FORMAT").contains("-o, --output=FILE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionNamesTheBuildsVersion(String flag) {
        Run run = MeetupCliTest.run(flag);
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).matches("meetup \\(meetkit\\) \\d+\\.\\d+\\.\\d+.*");
        assertThat(MeetupCliTest.run("check", "-V").out()).isEqualTo(run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary", "json", "ics", "jsonld", "html"})
    void theSummaryCountsEveryWarningLineThatWasPrinted(String format) throws IOException {
        Run run = MeetupCliTest.run("-f", format, noisyFolder().toString());
        assertWarningsCounted(run);
    }

    @Test
    void checkCountsEveryWarningLineThatWasPrintedToo() throws IOException {
        assertWarningsCounted(MeetupCliTest.run("check", noisyFolder().toString()));
        assertWarningsCounted(MeetupCliTest.run("check", "--rich-results", noisyFolder().toString()));
    }

    private static void assertWarningsCounted(Run run) {
        List<String> lines = run.errLines();
        long printed = lines.stream().filter(l -> l.contains(": warning: ")).count();
        Matcher m = SUMMARY.matcher(lines.get(lines.size() - 1));
        assertThat(m.matches()).as(lines.get(lines.size() - 1)).isTrue();
        assertThat(printed).as(run.err()).isPositive();
        assertThat(m.group(4)).isEqualTo(String.valueOf(printed));
    }

    @Test
    void strictFailsTheSamePostsInCheckAndInEveryFormat() throws IOException {
        Path folder = noisyFolder();
        String check = last(MeetupCliTest.run("check", "--strict", folder.toString()));
        for (String format : List.of("summary", "json", "ics", "jsonld", "html")) {
            String convert = last(MeetupCliTest.run("-f", format, "--strict", folder.toString()));
            assertThat(failed(convert)).as(format).isEqualTo(failed(check));
        }
        // The reader's warnings fail their posts; search-engine advice and "no talks found" notes do not.
        assertThat(failed(check)).isEqualTo(2);
    }

    private static String last(Run run) {
        return run.errLines().get(run.errLines().size() - 1);
    }

    private static int failed(String summary) {
        Matcher m = SUMMARY.matcher(summary);
        assertThat(m.matches()).as(summary).isTrue();
        return Integer.parseInt(m.group(3));
    }

    @Test
    void checkSummarisesSearchEngineAdviceOnceUnlessAskedForEachEvent() throws IOException {
        Path folder = noisyFolder();
        Run brief = MeetupCliTest.run("check", folder.toString());
        assertThat(brief.err()).doesNotContain("schema.org Event: ").contains("schema.org Event rich results: ")
                .contains("--rich-results lists each");
        Run full = MeetupCliTest.run("check", "--rich-results", folder.toString());
        assertThat(full.err()).contains("warning: schema.org Event: ").doesNotContain("could do better");
    }

    @Test
    void aMissingEventDateIsReportedOnceNotInTwoWordings() throws IOException {
        Path post = write("2024-05-02-may-meetup.md", """
                ---
                title: May Meetup
                ---
                This month's meetup is at Harbour Hall, Lakeside. Talks to be announced.
                """);
        Run run = MeetupCliTest.run("check", "--rich-results", post.toString());
        long dateLines = run.errLines().stream()
                .filter(l -> l.contains("no event date") || l.contains("no start date")).count();
        assertThat(dateLines).as(run.err()).isLessThanOrEqualTo(1);
    }

    @Test
    void aLoneFileWithoutAnAddressWarnsThatItsUidsAreInvented() throws IOException {
        Path post = write("2024-03-01-march-meetup.md", """
                ---
                title: March Meetup
                event:
                  date: 2024-03-01
                  start: "18:30"
                  venue: {name: Harbour Hall, city: Lakeside}
                ---
                """);
        Run bare = MeetupCliTest.run("-f", "ics", post.toString());
        assertThat(bare.out()).contains("@meetkit.invalid");
        assertThat(bare.err()).contains("meetup: warning: 1 event has no address")
                .contains("--base-url").contains("--uid-domain");
        assertWarningsCounted(bare);

        Run named = MeetupCliTest.run("-f", "ics", "--uid-domain", "lakeside-python.example.org",
                "--organizer-name", "Lakeside Python", "--organizer-url", "https://lakeside-python.example.org/",
                post.toString());
        assertThat(named.code()).isZero();
        assertThat(named.out()).doesNotContain("meetkit.invalid").contains("@lakeside-python.example.org")
                .contains("ORGANIZER;CN=\"Lakeside Python\":https://lakeside-python.example.org/");
        assertThat(named.err()).doesNotContain("no address");

        Run based = MeetupCliTest.run("-f", "ics", "--base-url", "https://lakeside-python.example.org/",
                post.toString());
        assertThat(based.out()).contains("@lakeside-python.example.org").doesNotContain("meetkit.invalid");
        assertThat(based.err()).doesNotContain("no address");
    }

    @Test
    void badAddressOptionsAreUsageErrors() {
        assertThat(MeetupCliTest.run("--base-url", "pune.example.org").code()).isEqualTo(2);
        assertThat(MeetupCliTest.run("-f", "ics", "--uid-domain", "not a domain").code()).isEqualTo(2);
        assertThat(MeetupCliTest.run("-f", "ics", "--organizer-url", "https://x.example/").code()).isEqualTo(2);
    }

    @Test
    void progressIsDrawnOnATerminalAndClearedBeforeEveryOtherLine() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        Tally tally = new Tally(new PrintWriter(text), true, () -> now.addAndGet(300_000_000L));
        tally.expect(4);
        var result = io.meetkit.markdown.PostParser.create().parse("---\ntitle: T\n---\n", "a.md");
        tally.count(result);
        tally.count(result);
        tally.warn("something to say");
        tally.count(result);
        int code = tally.finish();
        String err = text.toString();
        assertThat(code).isZero();
        assertThat(err).contains("\rreading: 1 of 4 posts").contains("s left");
        // Every real line starts on a cleared line, and the summary stays the last line.
        assertThat(err).contains("\r\u001b[Kmeetup: warning: something to say");
        assertThat(err).endsWith("\r\u001b[K3 posts, 3 converted, 0 failed, 1 warnings" + System.lineSeparator());
    }

    @Test
    void noProgressIsDrawnWhenStandardErrorIsNotATerminal() throws IOException {
        Path folder = noisyFolder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MeetupCli.run(new String[] {"-f", "json", folder.toString()}, out, err, Map.of());
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("reading:");
    }
}
