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

        /**
         * Whether the fact was stated by the author in a structured form, so that it can be trusted as written.
         *
         * @return {@code true} for {@link #FRONT_MATTER} and {@link #SITE}
         */
        public boolean isStated() {
            return this == FRONT_MATTER || this == SITE;
        }
    }

    /**
     * Checks the line and strips the detail, treating a blank one as absent.
     *
     * @param origin how the fact was obtained
     * @param line   a 1-based line, or {@link OptionalInt#empty()}
     * @param detail a short note; stripped, absent when blank
     * @throws IllegalArgumentException if {@code line} is present and below 1
     */
    public Provenance {
        requireNonNull(origin, "origin");
        requireNonNull(line, "line");
        requireNonNull(detail, "detail");
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line.getAsInt());
        }
        detail = detail.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Stated in front matter.
     *
     * @param line the 1-based line of the key in the source file
     * @return a {@link Origin#FRONT_MATTER} provenance without detail
     */
    public static Provenance frontMatter(int line) {
        return new Provenance(Origin.FRONT_MATTER, OptionalInt.of(line), Optional.empty());
    }

    /**
     * Read from the post's prose.
     *
     * @param line the 1-based line of the source file where the fact was found
     * @return a {@link Origin#PROSE} provenance without detail
     */
    public static Provenance prose(int line) {
        return new Provenance(Origin.PROSE, OptionalInt.of(line), Optional.empty());
    }

    /**
     * A default or a guess.
     *
     * @param detail why this value was chosen, e.g. {@code "zone inferred from locality Bangalore"}
     * @return a {@link Origin#DEFAULT} provenance without line
     */
    public static Provenance defaulted(String detail) {
        return new Provenance(Origin.DEFAULT, OptionalInt.empty(), Optional.of(requireNonNull(detail, "detail")));
    }

    /**
     * Taken from the site's configuration or data files.
     *
     * @param detail which setting or file, e.g. {@code "the site's timezone"}
     * @return a {@link Origin#SITE} provenance without line
     */
    public static Provenance site(String detail) {
        return new Provenance(Origin.SITE, OptionalInt.empty(), Optional.of(requireNonNull(detail, "detail")));
    }

    /**
     * A copy with another note; origin and line are kept.
     *
     * @param detail the note; stripped, and absent when blank
     * @return the changed copy
     */
    public Provenance withDetail(String detail) {
        return new Provenance(origin, line, Optional.of(requireNonNull(detail, "detail")));
    }
}
