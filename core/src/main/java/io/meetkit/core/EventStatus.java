package io.meetkit.core;

/** Whether an {@link Event} takes place as announced; mirrors schema.org's {@code EventStatusType}. */
public enum EventStatus {
    SCHEDULED, CANCELLED, POSTPONED, RESCHEDULED, MOVED_ONLINE
}
