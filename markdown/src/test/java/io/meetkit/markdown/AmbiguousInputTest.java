package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.EventTime;
import io.meetkit.core.Post;
import io.meetkit.core.Severity;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input that can be read in more than one way gets one documented reading and a warning that says which: keys that
 * differ only in case, and local times that a clock change skips or shows twice.
 */
class AmbiguousInputTest {

    private static final PostParser PARSER = PostParser.create();

    private static ParseResult parse(String text) {
        return PARSER.parse(text, "post.md");
    }

    private static ZonedDateTime start(ParseResult r) {
        return ((EventTime.Timed) r.post().orElseThrow().event().orElseThrow().time().orElseThrow()).start();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "title first | 'title: lower\nTitle: Upper' | 3 | 'Title'",
            "Title first | 'Title: Upper\ntitle: lower' | 2 | 'Title'"})
    void keysThatDifferOnlyInCaseAreReportedAndTheLowerCaseOneIsUsedWhateverTheOrder(String name, String keys,
                                                                                     int line, String dropped) {
        ParseResult r = parse("---\n" + keys + "\n---\nText.\n");
        assertThat(r.post().map(Post::title)).contains("lower");
        assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly("post.md:" + line
                + ":1: warning: keys 'title' and '" + dropped + "' differ only in case; 'title' is used");
    }

    @Test
    void eventKeysThatDifferOnlyInCaseAreReportedAndTheLowerCaseOneIsUsed() {
        ParseResult r = parse("""
                ---
                title: Meetup
                event:
                  Date: 2024-03-04
                  date: 2024-01-02
                ---
                Text.
                """);
        assertThat(r.post().orElseThrow().event().orElseThrow().time().orElseThrow().startDate())
                .isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).isEqualTo("keys 'date' and 'Date' differ only in case; 'date' is used");
        });
    }

    @Test
    void aKeyInAnotherCaseOnItsOwnIsReadWithoutAWarning() {
        ParseResult r = parse("---\ntitle: Meetup\nevent:\n  Date: 2024-03-04\n---\nText.\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.post().orElseThrow().event().orElseThrow().time().orElseThrow().startDate())
                .isEqualTo(LocalDate.of(2024, 3, 4));
    }

    private static String event(String date, String start, String zone) {
        return """
                ---
                title: Meetup
                event:
                  date: %s
                  start: "%s"
                  timezone: %s
                ---
                Text.
                """.formatted(date, start, zone);
    }

    @ParameterizedTest(name = "{2} {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "2011-12-30 | 10:00 | Pacific/Apia     | 2011-12-31T10:00+14:00 | the local time 2011-12-30T10:00 does not "
                    + "exist in Pacific/Apia (the clocks skip it); 2011-12-31T10:00 (+14:00) is used",
            "2024-03-10 | 02:30 | America/New_York | 2024-03-10T03:30-04:00 | the local time 2024-03-10T02:30 does not "
                    + "exist in America/New_York (the clocks skip it); 2024-03-10T03:30 (-04:00) is used",
            "2024-11-03 | 01:30 | America/New_York | 2024-11-03T01:30-04:00 | the local time 2024-11-03T01:30 happens "
                    + "twice in America/New_York (the clocks go back); the first, at offset -04:00, is used"})
    void aTimeAClockChangeSkipsOrRepeatsIsReportedWithTheTimeUsed(String date, String time, String zone,
                                                                  String used, String message) {
        ParseResult r = parse(event(date, time, zone));
        assertThat(start(r).toOffsetDateTime()).hasToString(used);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("post.md:5:1: warning: " + message);
    }

    @Test
    void anOrdinaryTimeGivesNoWarning() {
        ParseResult r = parse(event("2024-03-10", "10:30", "America/New_York"));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(start(r).toOffsetDateTime()).hasToString("2024-03-10T10:30-04:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-03-10 02:30 | 2024-03-10T03:30-04:00 | the local time 2024-03-10T02:30 does not exist in "
                    + "America/New_York (the clocks skip it); 2024-03-10T03:30 (-04:00) is used",
            "2024-11-03 01:30 | 2024-11-03T01:30-04:00 | the local time 2024-11-03T01:30 happens twice in "
                    + "America/New_York (the clocks go back); the first, at offset -04:00, is used"})
    void aPostDateAClockChangeSkipsOrRepeatsIsReportedAtItsKey(String date, String used, String message) {
        PostParser parser = PostParser.builder().defaultZone(java.time.ZoneId.of("America/New_York")).build();
        ParseResult r = parser.parse("---\ntitle: Meetup\ndate: " + date + "\n---\nText.\n", "post.md");
        assertThat(r.post().orElseThrow().date().orElseThrow().toOffsetDateTime()).hasToString(used);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("post.md:3:1: warning: 'date': " + message);
    }

    @Test
    void aPostDateWithItsOwnOffsetIsNeverAClockChange() {
        PostParser parser = PostParser.builder().defaultZone(java.time.ZoneId.of("America/New_York")).build();
        ParseResult r = parser.parse("---\ntitle: Meetup\ndate: 2024-03-10 02:30 -05:00\n---\nText.\n", "post.md");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.post().orElseThrow().date().orElseThrow().toOffsetDateTime())
                .hasToString("2024-03-10T02:30-05:00");
    }
}
