package io.meetkit.core;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A talk, workshop or other session of an {@link Event}. A talk has a title, speakers, or both.
 *
 * @param title       the title as written
 * @param kind        talk, lightning talk, workshop, panel or keynote
 * @param speakers    who presents it, in the order named
 * @param description an abstract, as plain text
 * @param links       slides, videos and other resources (not the speakers' profiles)
 * @param start       when it starts, when the post says
 * @param duration    how long it lasts, when the post says
 * @param provenance  where the talk was found
 */
public record Talk(Optional<String> title, TalkKind kind, List<Speaker> speakers, Optional<String> description,
                   List<Link> links, Optional<ZonedDateTime> start, Optional<Duration> duration,
                   Provenance provenance) {

    /**
     * Strips the title and description, treating blank ones as absent, and copies the lists.
     *
     * @param title       the title; stripped, absent when blank
     * @param kind        the format
     * @param speakers    who presents it, in order; copied
     * @param description an abstract; stripped, absent when blank
     * @param links       slides, videos and other resources; copied
     * @param start       when it starts, or {@link Optional#empty()}
     * @param duration    how long it lasts, positive, or {@link Optional#empty()}
     * @param provenance  where the talk was found
     * @throws IllegalArgumentException if the duration is zero or negative, or the talk has neither a title nor a
     *                                  speaker
     */
    public Talk {
        title = requireNonNull(title, "title").map(String::strip).filter(s -> !s.isEmpty());
        requireNonNull(kind, "kind");
        speakers = List.copyOf(requireNonNull(speakers, "speakers"));
        description = requireNonNull(description, "description").map(String::strip).filter(s -> !s.isEmpty());
        links = List.copyOf(requireNonNull(links, "links"));
        requireNonNull(start, "start");
        requireNonNull(duration, "duration");
        requireNonNull(provenance, "provenance");
        duration.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("duration must be positive, was " + d);
            }
        });
        if (title.isEmpty() && speakers.isEmpty()) {
            throw new IllegalArgumentException("a talk needs a title or a speaker");
        }
    }

    /**
     * A builder for a talk titled {@code title}.
     *
     * @param title the title as written
     * @return a builder with nothing else set
     */
    public static Builder builder(String title) {
        return new Builder().title(title);
    }

    /**
     * A builder for a talk with no title yet (one with no title needs a speaker).
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every component of this talk, for making a changed copy.
     *
     * @return a new builder; changing it does not change this talk
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title.orElse(null);
        b.kind = kind;
        b.speakers.addAll(speakers);
        b.description = description.orElse(null);
        b.links.addAll(links);
        b.start = start.orElse(null);
        b.duration = duration.orElse(null);
        b.provenance = provenance;
        return b;
    }

    /**
     * A title to show even for an untitled talk.
     *
     * @return the title, or "Talk by NAME[ and NAME]" (every speaker, joined by " and ") when the post gives none
     */
    public String displayTitle() {
        return title.orElseGet(() -> "Talk by " + String.join(" and ", speakers.stream().map(Speaker::name).toList()));
    }

    /**
     * When the talk ends: its start plus its duration.
     *
     * @return the end, or {@link Optional#empty()} unless both start and duration are known
     */
    public Optional<ZonedDateTime> end() {
        return start.flatMap(s -> duration.map(s::plus));
    }

    /**
     * Builds a {@link Talk}. Kind defaults to {@link TalkKind#TALK}; provenance to a {@link Provenance.Origin#DEFAULT}
     * one noting "built in code"; everything else to absent or empty. Setters reject {@code null} (leave a value unset
     * to keep it absent); the rest is checked by {@link #build()}. A builder is mutable and not thread-safe.
     */
    public static final class Builder {
        private String title;
        private TalkKind kind = TalkKind.TALK;
        private final List<Speaker> speakers = new ArrayList<>();
        private String description;
        private final List<Link> links = new ArrayList<>();
        private ZonedDateTime start;
        private Duration duration;
        private Provenance provenance = Provenance.defaulted("built in code");

        private Builder() {
        }

        /**
         * The title as written, in place of any given before.
         *
         * @param title the title; stripped, and absent when blank
         * @return this builder
         */
        public Builder title(String title) {
            this.title = requireNonNull(title, "title");
            return this;
        }

        /**
         * The format of the talk; {@link TalkKind#TALK} unless set.
         *
         * @param kind talk, lightning talk, workshop, panel or keynote
         * @return this builder
         */
        public Builder kind(TalkKind kind) {
            this.kind = requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Adds a presenter after those already added.
         *
         * @param speaker the next presenter
         * @return this builder
         */
        public Builder speaker(Speaker speaker) {
            speakers.add(requireNonNull(speaker, "speaker"));
            return this;
        }

        /**
         * Replaces all presenters.
         *
         * @param speakers the presenters, in the order named
         * @return this builder
         */
        public Builder speakers(List<Speaker> speakers) {
            this.speakers.clear();
            requireNonNull(speakers, "speakers").forEach(this::speaker);
            return this;
        }

        /**
         * An abstract of the talk as plain text.
         *
         * @param description the abstract; stripped, and absent when blank
         * @return this builder
         */
        public Builder description(String description) {
            this.description = requireNonNull(description, "description");
            return this;
        }

        /**
         * Adds a resource (slides, video) after those already added; speakers' profiles belong to the {@link Speaker}.
         *
         * @param link the next resource
         * @return this builder
         */
        public Builder link(Link link) {
            links.add(requireNonNull(link, "link"));
            return this;
        }

        /**
         * Replaces all resources.
         *
         * @param links the resources, in order
         * @return this builder
         */
        public Builder links(List<Link> links) {
            this.links.clear();
            requireNonNull(links, "links").forEach(this::link);
            return this;
        }

        /**
         * When the talk starts.
         *
         * @param start the start, with the event's zone
         * @return this builder
         */
        public Builder start(ZonedDateTime start) {
            this.start = requireNonNull(start, "start");
            return this;
        }

        /**
         * How long the talk lasts.
         *
         * @param duration the length; must be positive, which {@link #build()} checks
         * @return this builder
         */
        public Builder duration(Duration duration) {
            this.duration = requireNonNull(duration, "duration");
            return this;
        }

        /**
         * Where the talk was found in the source.
         *
         * @param provenance front matter or prose, with the line
         * @return this builder
         */
        public Builder provenance(Provenance provenance) {
            this.provenance = requireNonNull(provenance, "provenance");
            return this;
        }

        /**
         * Builds the talk from the values set so far; the builder can be used again.
         *
         * @return a new talk
         * @throws IllegalArgumentException if a value breaks a rule of the {@link Talk} constructor
         */
        public Talk build() {
            return new Talk(Optional.ofNullable(title), kind, speakers, Optional.ofNullable(description), links,
                    Optional.ofNullable(start), Optional.ofNullable(duration), provenance);
        }
    }
}
