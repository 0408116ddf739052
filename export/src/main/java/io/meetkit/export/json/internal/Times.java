package io.meetkit.export.json.internal;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The text form of a {@link ZonedDateTime}: an RFC 3339 timestamp that always has seconds and an offset, followed
 * by {@code [zone]} (RFC 9557) when the zone is a region such as {@code Europe/Berlin} rather than a fixed offset.
 */
final class Times {
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM:ss", "Z")
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private Times() {
    }

    static String format(ZonedDateTime time) {
        String text = OFFSET_DATE_TIME.format(time);
        return time.getZone() instanceof ZoneOffset ? text : text + "[" + time.getZone().getId() + "]";
    }

    /**
     * Parses the form {@link #format} writes (seconds may be left out). The offset fixes the instant; a bracketed
     * zone then gives the local time there, so a stale offset cannot shift the instant.
     */
    static ZonedDateTime parse(String text) {
        return ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
    }
}
