package io.meetkit.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When an event happens: either whole days with no time of day ({@link AllDay}), or a start with a zone and an
 * optional end ({@link Timed}). A time of day is never invented for an event whose post names only a date.
 */
public sealed interface EventTime permits EventTime.AllDay, EventTime.Timed {

    /** The first (or only) local date of the event, in the event's own zone. */
    LocalDate startDate();

    /** The event's zone, when it has a time of day. */
    Optional<ZoneId> zone();

    /** A one-day event with no time of day. */
    static EventTime allDay(LocalDate date) {
        return new AllDay(date, date);
    }

    /** An event from {@code start} with no stated end. */
    static EventTime at(ZonedDateTime start) {
        return new Timed(start, Optional.empty());
    }

    /** An event from {@code start} to {@code end}. */
    static EventTime between(ZonedDateTime start, ZonedDateTime end) {
        return new Timed(start, Optional.of(end));
    }

    /**
     * Whole days, {@code first} to {@code last} inclusive.
     *
     * @param first the first day
     * @param last  the last day, on or after {@code first}
     */
    record AllDay(LocalDate first, LocalDate last) implements EventTime {
        public AllDay {
            requireNonNull(first, "first");
            requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("last day " + last + " is before first day " + first);
            }
        }

        @Override
        public LocalDate startDate() {
            return first;
        }

        @Override
        public Optional<ZoneId> zone() {
            return Optional.empty();
        }
    }

    /**
     * A start time in a zone, and an end in the same zone when one is known.
     *
     * @param start the start
     * @param end   the end, after {@code start} and in the same zone
     */
    record Timed(ZonedDateTime start, Optional<ZonedDateTime> end) implements EventTime {
        public Timed {
            requireNonNull(start, "start");
            requireNonNull(end, "end");
            if (end.isPresent()) {
                ZonedDateTime e = end.get();
                if (!e.isAfter(start)) {
                    throw new IllegalArgumentException("end " + e + " is not after start " + start);
                }
                if (!e.getZone().equals(start.getZone())) {
                    end = Optional.of(e.withZoneSameInstant(start.getZone()));
                }
            }
        }

        @Override
        public LocalDate startDate() {
            return start.toLocalDate();
        }

        @Override
        public Optional<ZoneId> zone() {
            return Optional.of(start.getZone());
        }
    }
}
