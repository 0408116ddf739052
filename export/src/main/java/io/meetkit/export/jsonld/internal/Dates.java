package io.meetkit.export.jsonld.internal;

import io.meetkit.core.EventTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** ISO 8601 text for schema.org {@code Date} and {@code DateTime} values. Not API. */
public final class Dates {
    // Seconds always and an explicit offset ("+00:00", never "Z") so every value has the same shape. ISO 8601 and
    // XSD dateTime have no offsets with seconds (a local mean time before its zone's first standard offset, e.g.
    // +05:53:28 in Kolkata): such a time is written as the same instant in UTC, so it stays exact and valid.
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxxxx", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

    private Dates() {
    }

    /**
     * {@code time} with the offset its zone has at that instant, e.g. {@code 2022-06-18T10:00:00+05:30}; an offset
     * with seconds gives the same instant in UTC.
     */
    public static String dateTime(ZonedDateTime time) {
        if (time.getOffset().getTotalSeconds() % 60 != 0) {
            return DATE_TIME.format(time.withZoneSameInstant(ZoneOffset.UTC));
        }
        return DATE_TIME.format(time);
    }

    /** {@code date} as {@code YYYY-MM-DD}. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The start: a date-time, or a bare date for an event with no time of day (never an invented midnight). */
    public static String start(EventTime time) {
        if (time instanceof EventTime.Timed timed) {
            return dateTime(timed.start());
        }
        return date(((EventTime.AllDay) time).first());
    }

    /** The end, when one is known: the last day of an all-day event, or a timed event's stated end. */
    public static Optional<String> end(EventTime time) {
        if (time instanceof EventTime.Timed timed) {
            return timed.end().map(Dates::dateTime);
        }
        return Optional.of(date(((EventTime.AllDay) time).last()));
    }
}
