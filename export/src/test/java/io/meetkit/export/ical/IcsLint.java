package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte-level checks that neither ical4j nor biweekly make: CRLF only, every physical line at most 75 octets and
 * strict UTF-8, no fold inside an escape, every TZID with exactly one VTIMEZONE and every VTIMEZONE used, DTEND
 * after DTSTART and of the same value type. Usable from any test: {@link #assertClean(byte[])}.
 */
public final class IcsLint {

    private static final Pattern TZID_PARAM = Pattern.compile(";TZID=(\"[^\"]*\"|[^;:]*)");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    private IcsLint() {
    }

    /** Fails with every problem found in {@code ics}. */
    public static void assertClean(byte[] ics) {
        assertThat(problems(ics)).as("lint problems").isEmpty();
    }

    /** Fails with every problem found in {@code ics}, encoded as UTF-8. */
    public static void assertClean(String ics) {
        assertClean(ics.getBytes(StandardCharsets.UTF_8));
    }

    /** Joins folded lines: removes every CRLF followed by a space or tab. */
    public static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /** Every problem found, one sentence each; empty when the bytes are clean. */
    public static List<String> problems(byte[] ics) {
        List<String> problems = new ArrayList<>();
        if (ics.length >= 3 && (ics[0] & 0xff) == 0xEF && (ics[1] & 0xff) == 0xBB && (ics[2] & 0xff) == 0xBF) {
            problems.add("starts with a byte-order mark");
        }
        List<byte[]> physical = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < ics.length; i++) {
            if (ics[i] == '\r') {
                if (i + 1 >= ics.length || ics[i + 1] != '\n') {
                    problems.add("bare CR at byte " + i);
                    continue;
                }
                byte[] line = new byte[i - start];
                System.arraycopy(ics, start, line, 0, line.length);
                physical.add(line);
                start = i + 2;
                i++;
            } else if (ics[i] == '\n') {
                problems.add("bare LF at byte " + i);
            }
        }
        if (start != ics.length) {
            problems.add("last line does not end with CRLF");
        }
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < physical.size(); n++) {
            byte[] line = physical.get(n);
            if (line.length > 75) {
                problems.add("line " + (n + 1) + " has " + line.length + " octets");
            }
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                lines.add(strict.decode(ByteBuffer.wrap(line)).toString());
            } catch (CharacterCodingException e) {
                problems.add("line " + (n + 1) + " is not UTF-8 on its own (a fold splits a character?)");
                lines.add(new String(line, StandardCharsets.UTF_8));
            }
        }
        List<String> logical = new ArrayList<>();
        boolean escaped = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            boolean continuation = line.startsWith(" ") || line.startsWith("\t");
            if (continuation && logical.isEmpty()) {
                problems.add("line " + (n + 1) + " continues nothing");
                continue;
            }
            if (!continuation) {
                escaped = false;
            }
            String content = continuation ? line.substring(1) : line;
            if (continuation && escaped) {
                problems.add("line " + n + " ends between a backslash and the character it escapes");
            }
            escaped = false;
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '\\') {
                    if (i + 1 == content.length()) {
                        escaped = true;
                    } else {
                        i++;
                    }
                }
            }
            if (continuation) {
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + content);
            } else {
                logical.add(content);
            }
        }
        checkTimeZones(logical, problems);
        checkEventTimes(logical, problems);
        return problems;
    }

    private static void checkTimeZones(List<String> logical, List<String> problems) {
        Map<String, Integer> defined = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        boolean inTimeZone = false;
        for (String line : logical) {
            if (line.equals("BEGIN:VTIMEZONE")) {
                inTimeZone = true;
            } else if (line.equals("END:VTIMEZONE")) {
                inTimeZone = false;
            } else if (inTimeZone && line.startsWith("TZID:")) {
                defined.merge(line.substring(5), 1, Integer::sum);
            }
            Matcher m = TZID_PARAM.matcher(nameAndParameters(line));
            while (m.find()) {
                used.merge(m.group(1).replace("\"", ""), 1, Integer::sum);
            }
        }
        defined.forEach((tzid, count) -> {
            if (count != 1) {
                problems.add("VTIMEZONE " + tzid + " is defined " + count + " times");
            }
            if (!used.containsKey(tzid)) {
                problems.add("VTIMEZONE " + tzid + " is never used");
            }
        });
        used.keySet().stream().filter(tzid -> !defined.containsKey(tzid))
                .forEach(tzid -> problems.add("TZID " + tzid + " has no VTIMEZONE"));
    }

    private static void checkEventTimes(List<String> logical, List<String> problems) {
        String start = null;
        String end = null;
        for (String line : logical) {
            if (line.equals("BEGIN:VEVENT")) {
                start = null;
                end = null;
            } else if (line.startsWith("DTSTART") && start == null) {
                start = line;
            } else if (line.startsWith("DTEND")) {
                end = line;
            } else if (line.equals("END:VEVENT") && start != null && end != null) {
                boolean startDate = line(start).contains("VALUE=DATE") && !start.contains("VALUE=DATE-TIME");
                boolean endDate = line(end).contains("VALUE=DATE") && !end.contains("VALUE=DATE-TIME");
                if (startDate != endDate) {
                    problems.add("DTSTART and DTEND differ in type: " + start + " / " + end);
                } else if (!instant(end).isAfter(instant(start))) {
                    problems.add("DTEND is not after DTSTART: " + start + " / " + end);
                }
            }
        }
    }

    private static String line(String s) {
        return nameAndParameters(s);
    }

    /** The part of a content line before the colon that starts its value (colons in quotes do not count). */
    private static String nameAndParameters(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static Instant instant(String line) {
        String head = nameAndParameters(line);
        String value = line.substring(head.length() + 1);
        if (value.length() == 8) {
            return LocalDate.parse(value, DATE).atStartOfDay(ZoneId.of("UTC")).toInstant();
        }
        if (value.endsWith("Z")) {
            return LocalDateTime.parse(value.substring(0, 15), LOCAL).atZone(ZoneId.of("UTC")).toInstant();
        }
        Matcher m = TZID_PARAM.matcher(head);
        ZoneId zone = m.find() ? ZoneId.of(m.group(1).replace("\"", "")) : ZoneId.of("UTC");
        return LocalDateTime.parse(value, LOCAL).atZone(zone).toInstant();
    }
}
