package io.meetkit.core;

/** The facts of an {@link Event} whose {@link Provenance} is recorded. */
public enum EventFact {
    NAME, DATE, TIME, TIME_ZONE, VENUE, ONLINE_URL, STATUS, ATTENDANCE, TALKS, ORGANIZER, URL
}
