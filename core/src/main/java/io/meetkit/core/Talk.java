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

    /** A builder for a talk titled {@code title}. */
    public static Builder builder(String title) {
        return new Builder().title(title);
    }

    /** A builder for a talk with no title yet (one with no title needs a speaker). */
    public static Builder builder() {
        return new Builder();
    }

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

    /** The title, or "Talk by NAME[ and NAME]" when the post gives none. */
    public String displayTitle() {
        return title.orElseGet(() -> "Talk by " + String.join(" and ", speakers.stream().map(Speaker::name).toList()));
    }

    /** The end, when both start and duration are known. */
    public Optional<ZonedDateTime> end() {
        return start.flatMap(s -> duration.map(s::plus));
    }

    /** Builds a {@link Talk}. Kind defaults to {@link TalkKind#TALK}; provenance to front matter unknown line. */
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

        public Builder title(String title) {
            this.title = requireNonNull(title, "title");
            return this;
        }

        public Builder kind(TalkKind kind) {
            this.kind = requireNonNull(kind, "kind");
            return this;
        }

        public Builder speaker(Speaker speaker) {
            speakers.add(requireNonNull(speaker, "speaker"));
            return this;
        }

        public Builder speakers(List<Speaker> speakers) {
            this.speakers.clear();
            requireNonNull(speakers, "speakers").forEach(this::speaker);
            return this;
        }

        public Builder description(String description) {
            this.description = requireNonNull(description, "description");
            return this;
        }

        public Builder link(Link link) {
            links.add(requireNonNull(link, "link"));
            return this;
        }

        public Builder links(List<Link> links) {
            this.links.clear();
            requireNonNull(links, "links").forEach(this::link);
            return this;
        }

        public Builder start(ZonedDateTime start) {
            this.start = requireNonNull(start, "start");
            return this;
        }

        public Builder duration(Duration duration) {
            this.duration = requireNonNull(duration, "duration");
            return this;
        }

        public Builder provenance(Provenance provenance) {
            this.provenance = requireNonNull(provenance, "provenance");
            return this;
        }

        public Talk build() {
            return new Talk(Optional.ofNullable(title), kind, speakers, Optional.ofNullable(description), links,
                    Optional.ofNullable(start), Optional.ofNullable(duration), provenance);
        }
    }
}
