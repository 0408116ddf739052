package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The lint finds each fault it claims to find, so that its silence means something. */
class IcsLintTest {

    private static final String TZ = """
            BEGIN:VTIMEZONE\r
            TZID:Europe/Berlin\r
            BEGIN:STANDARD\r
            DTSTART:19700101T000000\r
            TZOFFSETFROM:+0100\r
            TZOFFSETTO:+0100\r
            END:STANDARD\r
            END:VTIMEZONE\r
            """;

    private static String calendar(String body) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body + "END:VCALENDAR\r\n";
    }

    @Test
    void aCleanCalendarHasNoProblems() {
        String ics = calendar(TZ + "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20240101T100000\r\n"
                + "DTEND;TZID=Europe/Berlin:20240101T110000\r\nEND:VEVENT\r\n");
        assertThat(IcsLint.problems(ics.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aBareLineFeedIsFound() {
        assertThat(IcsLint.problems(calendar("X-A:b\n").getBytes(StandardCharsets.UTF_8)))
                .anyMatch(p -> p.contains("bare LF"));
    }

    @Test
    void aLineOf76OctetsIsFound() {
        assertThat(IcsLint.problems(calendar("X-A:" + "b".repeat(72) + "\r\n").getBytes(StandardCharsets.UTF_8)))
                .anyMatch(p -> p.contains("76 octets"));
    }

    @Test
    void aFoldInsideAUtf8SequenceIsFound() {
        byte[] k = "ಕ".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("BEGIN:VCALENDAR\r\nX-A:".getBytes(StandardCharsets.US_ASCII));
        bytes.write(k[0]);
        bytes.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
        bytes.write(k[1]);
        bytes.write(k[2]);
        bytes.writeBytes("\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(IcsLint.problems(bytes.toByteArray())).anyMatch(p -> p.contains("not UTF-8"));
    }

    @Test
    void aFoldBetweenABackslashAndWhatItEscapesIsFound() {
        assertThat(IcsLint.problems(calendar("SUMMARY:a\\\r\n ,b\r\n").getBytes(StandardCharsets.UTF_8)))
                .anyMatch(p -> p.contains("backslash"));
    }

    @Test
    void aTzidWithoutVtimezoneAndAnUnusedVtimezoneAreFound() {
        String ics = calendar(TZ + "BEGIN:VEVENT\r\nDTSTART;TZID=Asia/Kolkata:20240101T100000\r\nEND:VEVENT\r\n");
        assertThat(IcsLint.problems(ics.getBytes(StandardCharsets.UTF_8)))
                .anyMatch(p -> p.contains("Asia/Kolkata has no VTIMEZONE"))
                .anyMatch(p -> p.contains("Europe/Berlin is never used"));
    }

    @Test
    void anEndBeforeTheStartIsFound() {
        String ics = calendar("BEGIN:VEVENT\r\nDTSTART:20240101T100000Z\r\nDTEND:20240101T090000Z\r\nEND:VEVENT\r\n");
        assertThat(IcsLint.problems(ics.getBytes(StandardCharsets.UTF_8))).anyMatch(p -> p.contains("not after"));
    }

    @Test
    void aDateEndForADateTimeStartIsFound() {
        String ics = calendar("BEGIN:VEVENT\r\nDTSTART:20240101T100000Z\r\nDTEND;VALUE=DATE:20240102\r\n"
                + "END:VEVENT\r\n");
        assertThat(IcsLint.problems(ics.getBytes(StandardCharsets.UTF_8))).anyMatch(p -> p.contains("differ in type"));
    }
}
