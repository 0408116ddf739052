package io.meetkit.core;

/** The facts of an {@link Event} whose {@link Provenance} is recorded. */
public enum EventFact {
    /** {@link Event#name()}, stated in front matter or taken from the post's title. */
    NAME,
    /** The day or days of {@link Event#time()}. */
    DATE,
    /** The time of day of {@link Event#time()}, start and end. */
    TIME,
    /** The zone of {@link Event#time()}, stated, or inferred from the venue or the site. */
    TIME_ZONE,
    /** {@link Event#venue()}. */
    VENUE,
    /** {@link Event#onlineUrl()}. */
    ONLINE_URL,
    /** {@link Event#status()}. */
    STATUS,
    /** {@link Event#attendance()}. */
    ATTENDANCE,
    /** {@link Event#talks()} as a whole; each talk also has its own {@link Talk#provenance()}. */
    TALKS,
    /** {@link Event#organizer()}. */
    ORGANIZER,
    /** {@link Event#url()}. */
    URL
}
