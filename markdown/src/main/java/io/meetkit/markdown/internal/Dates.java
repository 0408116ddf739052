package io.meetkit.markdown.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date forms static-site generators accept in front matter and file names. */
public final class Dates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
            + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?"
            + "(?:\\s*\\[?([A-Za-z]+(?:/[A-Za-z_+-]+)+)\\]?)?");
    private static final Pattern WORDS = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)|([A-Za-z]+)\\s+(\\d{1,2})(?:st|nd|rd|th)?),?"
            + "\\s+(\\d{4})");
    private static final Pattern FILE_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");

    private Dates() {
    }

    /**
     * Reads {@code text} as a date or date-time; a value without offset is read in {@code zone}.
     * Empty when the text is not a date this reader knows.
     */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String s = text.strip();
        Matcher m = ISO.matcher(s);
        try {
            if (m.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                LocalDateTime local = date.atStartOfDay();
                if (m.group(4) != null) {
                    int nanos = m.group(7) == null ? 0
                            : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
                    local = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
                }
                if (m.group(9) != null) {
                    return Optional.of(local.atZone(ZoneId.of(m.group(9))));
                }
                if (m.group(8) != null) {
                    return Optional.of(local.atZone(offset(m.group(8))));
                }
                return Optional.of(local.atZone(zone));
            }
            Matcher w = WORDS.matcher(s);
            if (w.matches()) {
                String day = w.group(1) != null ? w.group(1) : w.group(4);
                String month = w.group(2) != null ? w.group(2) : w.group(3);
                Optional<Month> mo = month(month);
                if (mo.isPresent()) {
                    return Optional.of(LocalDate.of(Integer.parseInt(w.group(5)), mo.get(), Integer.parseInt(day))
                            .atStartOfDay(zone));
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The date and slug of a Jekyll post file name ({@code 2022-06-20-june-meetup}, extension removed). */
    public static Optional<LocalDate> fromFileName(String baseName) {
        Matcher m = FILE_DATE.matcher(baseName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The file name without its Jekyll date prefix. */
    public static String withoutDatePrefix(String baseName) {
        Matcher m = FILE_DATE.matcher(baseName);
        return m.matches() && fromFileName(baseName).isPresent() ? m.group(4) : baseName;
    }

    /** An English month name or its three-letter abbreviation. */
    public static Optional<Month> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n) && n.length() <= full.length()
                    && (n.length() == 3 || n.equals("sept")))) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z") || text.equals("UTC") || text.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = text.replace(":", "");
        if (digits.length() == 3) {
            digits = digits + "00";
        }
        return ZoneOffset.of(digits.substring(0, 3) + ":" + digits.substring(3));
    }
}
