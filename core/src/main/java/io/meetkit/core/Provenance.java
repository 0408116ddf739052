package io.meetkit.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where an extracted fact came from, so that a user can choose to trust only what was stated.
 *
 * @param origin how it was obtained
 * @param line   the 1-based line of the source file it was read from, when it was read from one
 * @param detail a short note, e.g. {@code "zone inferred from locality Bangalore"}
 */
public record Provenance(Origin origin, OptionalInt line, Optional<String> detail) {

    /** How a fact was obtained. */
    public enum Origin {
        /** Stated in a structured front-matter key. */
        FRONT_MATTER,
        /** Read from the post's prose. */
        PROSE,
        /** Taken from the site's configuration or data files. */
        SITE,
        /** Neither stated nor read: a default or a guess (e.g. a time zone inferred from a city). */
        DEFAULT;

        /** Whether the fact was stated by the author in a structured form. */
        public boolean isStated() {
            return this == FRONT_MATTER || this == SITE;
        }
    }

    public Provenance {
        requireNonNull(origin, "origin");
        requireNonNull(line, "line");
        requireNonNull(detail, "detail");
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line.getAsInt());
        }
        detail = detail.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Stated in front matter at {@code line}. */
    public static Provenance frontMatter(int line) {
        return new Provenance(Origin.FRONT_MATTER, OptionalInt.of(line), Optional.empty());
    }

    /** Read from prose at {@code line}. */
    public static Provenance prose(int line) {
        return new Provenance(Origin.PROSE, OptionalInt.of(line), Optional.empty());
    }

    /** A default or guess, explained by {@code detail}. */
    public static Provenance defaulted(String detail) {
        return new Provenance(Origin.DEFAULT, OptionalInt.empty(), Optional.of(requireNonNull(detail, "detail")));
    }

    /** From the site's configuration, explained by {@code detail}. */
    public static Provenance site(String detail) {
        return new Provenance(Origin.SITE, OptionalInt.empty(), Optional.of(requireNonNull(detail, "detail")));
    }

    /** A copy with a note. */
    public Provenance withDetail(String detail) {
        return new Provenance(origin, line, Optional.of(requireNonNull(detail, "detail")));
    }
}
