package io.meetkit.core;

/** The format of a {@link Talk}. */
public enum TalkKind {
    TALK, LIGHTNING, WORKSHOP, PANEL, KEYNOTE
}
