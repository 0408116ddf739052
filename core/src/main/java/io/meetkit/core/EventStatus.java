package io.meetkit.core;

/** Whether an {@link Event} takes place as announced; mirrors schema.org's {@code EventStatusType}. */
public enum EventStatus {
    /** Takes place as announced; the default. */
    SCHEDULED,
    /** Called off, with no new date. */
    CANCELLED,
    /** Put off to a date not yet known. */
    POSTPONED,
    /** Moved to a new time, which is {@link Event#time()}; the old one is {@link Event#previousTime()}. */
    RESCHEDULED,
    /** Was to be held in person and now takes place online. */
    MOVED_ONLINE
}
