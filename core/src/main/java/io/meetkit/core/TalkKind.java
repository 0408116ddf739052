package io.meetkit.core;

/** The format of a {@link Talk}. */
public enum TalkKind {
    /** A presentation of ordinary length; the default. */
    TALK,
    /** A short presentation, typically five to ten minutes. */
    LIGHTNING,
    /** A hands-on session in which the audience works along. */
    WORKSHOP,
    /** A discussion among several people on stage. */
    PANEL,
    /** The headline presentation of the event. */
    KEYNOTE
}
