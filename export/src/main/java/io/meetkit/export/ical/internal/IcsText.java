package io.meetkit.export.ical.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Value encodings of RFC 5545 (TEXT, parameter values, dates, offsets), free of locale and default zone. */
public final class IcsText {

    private IcsText() {
    }

    /**
     * Escapes TEXT: backslash, semicolon and comma are escaped, CR, LF and CRLF each become {@code \n}; other
     * control characters (which TEXT may not hold) are dropped and lone surrogates become U+FFFD. A colon is left
     * alone, as RFC 5545 requires.
     */
    public static String text(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\r' -> {
                    sb.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append(c);
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        continue;
                    }
                    i = appendChecked(sb, value, i);
                }
            }
        }
        return sb.toString();
    }

    /**
     * A parameter value, always in double quotes: {@code ^}, {@code "} and newlines are encoded as RFC 6868 says
     * ({@code ^^}, {@code ^'}, {@code ^n}); other control characters are dropped.
     */
    public static String quotedParameter(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '^' -> sb.append("^^");
                case '"' -> sb.append("^'");
                case '\r' -> {
                    sb.append("^n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> sb.append("^n");
                case '\t' -> sb.append(c);
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        continue;
                    }
                    i = appendChecked(sb, value, i);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A parameter value, quoted only when it holds a character that a bare value may not. */
    public static String parameter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':' || c == ';' || c == ',' || c == '"' || c == '^' || c < 0x20 || c == 0x7f
                    || Character.isSurrogate(c)) {
                return quotedParameter(value);
            }
        }
        return value;
    }

    /** {@code yyyyMMdd'T'HHmmss'Z'}, truncated to whole seconds. */
    public static String utc(Instant instant) {
        return local(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    /** {@code yyyyMMdd'T'HHmmss}, truncated to whole seconds. */
    public static String local(LocalDateTime time) {
        LocalDateTime t = time.truncatedTo(ChronoUnit.SECONDS);
        return date(t.toLocalDate()) + 'T' + pad(t.getHour(), 2) + pad(t.getMinute(), 2) + pad(t.getSecond(), 2);
    }

    /** {@code yyyyMMdd}. */
    public static String date(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("iCalendar dates need a year from 0 to 9999, was " + year);
        }
        return pad(year, 4) + pad(date.getMonthValue(), 2) + pad(date.getDayOfMonth(), 2);
    }

    /** A UTC offset as {@code +HHMM}, or {@code +HHMMSS} when it has seconds (old local mean times). */
    public static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        char sign = total < 0 ? '-' : '+';
        int abs = Math.abs(total);
        String hhmm = sign + pad(abs / 3600, 2) + pad(abs / 60 % 60, 2);
        return abs % 60 == 0 ? hhmm : hhmm + pad(abs % 60, 2);
    }

    private static String pad(int value, int width) {
        StringBuilder sb = new StringBuilder(Integer.toString(value));
        while (sb.length() < width) {
            sb.insert(0, '0');
        }
        return sb.toString();
    }

    /** Appends the character at {@code i} (a whole surrogate pair, or U+FFFD for a lone one); returns the last index used. */
    private static int appendChecked(StringBuilder sb, String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            sb.append(c).append(value.charAt(i + 1));
            return i + 1;
        }
        sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
        return i;
    }
}
