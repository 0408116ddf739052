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

    /**
     * The first (or only) local date of the event, in the event's own zone.
     *
     * @return the date on which the event starts
     */
    LocalDate startDate();

    /**
     * The event's zone.
     *
     * @return the start's zone for a {@link Timed} event; {@link Optional#empty()} for an {@link AllDay} one
     */
    Optional<ZoneId> zone();

    /**
     * A one-day event with no time of day.
     *
     * @param date the day
     * @return an {@link AllDay} from {@code date} to {@code date}
     */
    static EventTime allDay(LocalDate date) {
        return new AllDay(date, date);
    }

    /**
     * An event from {@code start} with no stated end.
     *
     * @param start the start, with the event's zone
     * @return a {@link Timed} with no end
     */
    static EventTime at(ZonedDateTime start) {
        return new Timed(start, Optional.empty());
    }

    /**
     * An event from {@code start} to {@code end}.
     *
     * @param start the start, with the event's zone
     * @param end   the end, after {@code start}; moved to the start's zone if it has another one
     * @return a {@link Timed} with an end
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
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
        /**
         * Checks the range.
         *
         * @param first the first day
         * @param last  the last day, on or after {@code first}
         * @throws IllegalArgumentException if {@code last} is before {@code first}
         */
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
     * @param end   the end, after {@code start} and in the same zone, when the post gives one
     */
    record Timed(ZonedDateTime start, Optional<ZonedDateTime> end) implements EventTime {
        /**
         * Checks the end and expresses it in the start's zone (the same instant) when it was given in another.
         *
         * @param start the start, with the event's zone
         * @param end   the end, after {@code start}, or {@link Optional#empty()}
         * @throws IllegalArgumentException if {@code end} is not after {@code start}
         */
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
