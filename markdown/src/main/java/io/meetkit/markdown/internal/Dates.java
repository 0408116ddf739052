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

    /*
     * Every quantifier below runs over one character class and is followed by a different class, so matching is
     * linear: no group repeats (a repeated group recursed per character and overflowed the stack on a long zone).
     * Time parts may be separated by ':' or '-' (Meetup exports write 17-00-00) and the hour may have one digit.
     */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:(?:T|[ \\t]+)(\\d{1,2})([:-])(\\d{2})(?:\\5(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
            + "[ \\t]*+(Z|UTC|GMT|[A-Z]{3,5})?([+-]\\d{1,2}(?::?\\d{2})?)?"
            + "(?:[ \\t]*+\\[?([A-Za-z][A-Za-z0-9_+/-]{0,80})\\]?)?");
    private static final Pattern WORDS = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)|([A-Za-z]+)\\s+(\\d{1,2})(?:st|nd|rd|th)?),?"
            + "\\s+(\\d{4})");
    /** Jekyll's and Hexo's file-name date: months and days of one or two digits, then the slug. */
    private static final Pattern FILE_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+)");
    /** Zola's and Eleventy's file-name date: a padded date, then the end or '-' or '_' and the slug. */
    private static final Pattern LEADING_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[-_](.*))?");

    /**
     * Zone abbreviations Ruby's and moment's parsers read as fixed offsets. Ambiguous ones are read as Ruby reads
     * them (IST is India, CST is US Central).
     */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("UT", "+00:00"), java.util.Map.entry("WET", "+00:00"),
            java.util.Map.entry("WEST", "+01:00"), java.util.Map.entry("BST", "+01:00"),
            java.util.Map.entry("IST", "+05:30"), java.util.Map.entry("CET", "+01:00"),
            java.util.Map.entry("CEST", "+02:00"), java.util.Map.entry("MET", "+01:00"),
            java.util.Map.entry("MEST", "+02:00"), java.util.Map.entry("EET", "+02:00"),
            java.util.Map.entry("EEST", "+03:00"), java.util.Map.entry("MSK", "+03:00"),
            java.util.Map.entry("EST", "-05:00"), java.util.Map.entry("EDT", "-04:00"),
            java.util.Map.entry("CST", "-06:00"), java.util.Map.entry("CDT", "-05:00"),
            java.util.Map.entry("MST", "-07:00"), java.util.Map.entry("MDT", "-06:00"),
            java.util.Map.entry("PST", "-08:00"), java.util.Map.entry("PDT", "-07:00"),
            java.util.Map.entry("AKST", "-09:00"), java.util.Map.entry("AKDT", "-08:00"),
            java.util.Map.entry("HST", "-10:00"), java.util.Map.entry("JST", "+09:00"),
            java.util.Map.entry("KST", "+09:00"), java.util.Map.entry("SGT", "+08:00"),
            java.util.Map.entry("AEST", "+10:00"), java.util.Map.entry("AEDT", "+11:00"),
            java.util.Map.entry("ACST", "+09:30"), java.util.Map.entry("AWST", "+08:00"),
            java.util.Map.entry("NZST", "+12:00"), java.util.Map.entry("NZDT", "+13:00"),
            java.util.Map.entry("BRT", "-03:00"), java.util.Map.entry("ART", "-03:00"));

    private Dates() {
    }

    /**
     * Reads {@code text} as a date or date-time; a value without offset is read in {@code zone}.
     * Empty when the text is not a date this reader knows.
     */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        return parse(text, zone, message -> { });
    }

    /**
     * Reads {@code text} as {@link #parse(String, ZoneId)} does, and tells {@code clockChange} when a local time
     * stated without an offset falls where the zone's clocks change: {@link #clockChange} says what was used.
     */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone,
                                                java.util.function.Consumer<String> clockChange) {
        String s = text.strip();
        Matcher m = ISO.matcher(s);
        try {
            if (m.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                LocalDateTime local = date.atStartOfDay();
                if (m.group(4) != null) {
                    int nanos = m.group(8) == null ? 0
                            : Integer.parseInt((m.group(8) + "000000000").substring(0, 9));
                    local = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(6)),
                            m.group(7) == null ? 0 : Integer.parseInt(m.group(7)), nanos);
                }
                Optional<ZoneId> named = Optional.empty();
                if (m.group(11) != null) {
                    if (m.group(11).indexOf('/') < 0) {
                        return Optional.empty(); // a trailing word that is not a region is not part of a date
                    }
                    named = Optional.of(ZoneId.of(m.group(11)));
                }
                Optional<ZoneOffset> offset = offset(m.group(9), m.group(10));
                if (m.group(9) != null && offset.isEmpty()) {
                    return Optional.empty();
                }
                ZoneId used = named.isPresent() ? named.get() : offset.<ZoneId>map(o -> o).orElse(zone);
                if (m.group(4) != null) {
                    clockChange(local, used).ifPresent(clockChange);
                }
                return Optional.of(local.atZone(used));
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

    /**
     * What happens to {@code local} in {@code zone} when the clocks change around it, or empty when it is an
     * ordinary local time. A time the clocks skip (a spring-forward hour, or Samoa's 30 December 2011) is moved
     * forward by the gap, and one they show twice (a fall-back hour) takes the earlier offset, as
     * {@link ZonedDateTime#of} does; the message says which time was used.
     */
    public static Optional<String> clockChange(LocalDateTime local, ZoneId zone) {
        int offsets = zone.getRules().getValidOffsets(local).size();
        if (offsets == 1) {
            return Optional.empty();
        }
        ZonedDateTime used = ZonedDateTime.of(local, zone);
        if (offsets == 0) {
            return Optional.of("the local time " + local + " does not exist in " + zone + " (the clocks skip it); "
                    + used.toLocalDateTime() + " (" + used.getOffset() + ") is used");
        }
        return Optional.of("the local time " + local + " happens twice in " + zone
                + " (the clocks go back); the first, at offset " + used.getOffset() + ", is used");
    }

    /** The date and slug of a Jekyll post file name ({@code 2022-06-20-june-meetup}, extension removed). */
    public static Optional<LocalDate> fromFileName(String baseName) {
        Matcher m = FILE_DATE.matcher(baseName);
        return m.matches() ? dateOf(m) : Optional.empty();
    }

    /**
     * The date in groups 1, 2 and 3 (year, month, day) of a match, or empty when there is no such day
     * (2022-02-30).
     */
    public static Optional<LocalDate> dateOf(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The padded date a Zola or Eleventy file name starts with ({@code 2019-06-20} or {@code 2019-06-20-slug}). */
    public static Optional<LocalDate> leadingDate(String baseName) {
        Matcher m = LEADING_DATE.matcher(baseName);
        return m.matches() ? dateOf(m) : Optional.empty();
    }

    /** The file name without the date {@link #leadingDate} reads, or the whole name when it is only a date. */
    public static String withoutLeadingDate(String baseName) {
        Matcher m = LEADING_DATE.matcher(baseName);
        if (m.matches() && leadingDate(baseName).isPresent()) {
            return m.group(4) == null || m.group(4).isBlank() ? baseName : m.group(4);
        }
        return baseName;
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

    /** The offset of a zone name and a signed offset after it ({@code UTC+2}, {@code CEST}, {@code +0200}). */
    private static Optional<ZoneOffset> offset(String name, String signed) {
        ZoneOffset base = ZoneOffset.UTC;
        if (name != null) {
            String fixed = name.equals("Z") || name.equals("UTC") || name.equals("GMT") ? "+00:00"
                    : ABBREVIATIONS.get(name);
            if (fixed == null) {
                return Optional.empty();
            }
            base = ZoneOffset.of(fixed);
        }
        if (signed == null) {
            return name == null ? Optional.empty() : Optional.of(base);
        }
        String digits = signed.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else if (digits.length() == 3) {
            hours = Integer.parseInt(digits.substring(0, 1));
            minutes = Integer.parseInt(digits.substring(1));
        } else {
            hours = Integer.parseInt(digits.substring(0, 2));
            minutes = Integer.parseInt(digits.substring(2));
        }
        int sign = signed.charAt(0) == '-' ? -1 : 1;
        return Optional.of(ZoneOffset.ofTotalSeconds(base.getTotalSeconds() + sign * (hours * 3600 + minutes * 60)));
    }
}
