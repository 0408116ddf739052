package io.meetkit.markdown.internal.extract.structured;

import io.meetkit.core.EventStatus;
import io.meetkit.core.Provenance;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event facts stated in front matter, each with the file line it was read from. Mutable while being read;
 * internal to extraction.
 */
public final class StructuredEvent {

    /** A stated value, its 1-based line and where it came from (front matter unless a site convention says). */
    public record Stated<T>(T value, int line, Provenance provenance) {

        public Stated(T value, int line) {
            this(value, line, Provenance.frontMatter(line));
        }

        /** The same value with a note saying how it was read. */
        public Stated<T> withDetail(String detail) {
            return new Stated<>(value, line, provenance.withDetail(detail));
        }
    }

    Stated<String> name;
    Stated<LocalDate> date;
    Stated<LocalTime> start;
    Stated<LocalTime> end;
    Stated<Duration> duration;
    Stated<ZoneId> zone;
    Stated<Venue> venue;
    Stated<URI> onlineUrl;
    /** A venue key that names no place but says the event is online ("Online", "Remote"). */
    Stated<Boolean> online;
    Stated<EventStatus> status;
    Stated<URI> url;
    Stated<Integer> attendance;
    Stated<List<Talk>> talks;
    /** Whether a talks/speakers key was given, even if it held only placeholders. */
    boolean talksStated;
    final List<io.meetkit.core.Link> links = new ArrayList<>();
    /** Talk start times of day, by talk identity; the extractor places them in the event's zone. */
    final java.util.Map<Talk, LocalTime> talkStarts = new java.util.IdentityHashMap<>();

    /** The stated start time of day of {@code talk}, when its front matter gave one. */
    public Optional<LocalTime> startOf(Talk talk) {
        return Optional.ofNullable(talkStarts.get(talk));
    }

    public Optional<Stated<String>> name() {
        return Optional.ofNullable(name);
    }

    public Optional<Stated<LocalDate>> date() {
        return Optional.ofNullable(date);
    }

    public Optional<Stated<LocalTime>> start() {
        return Optional.ofNullable(start);
    }

    public Optional<Stated<LocalTime>> end() {
        return Optional.ofNullable(end);
    }

    public Optional<Stated<Duration>> duration() {
        return Optional.ofNullable(duration);
    }

    public Optional<Stated<ZoneId>> zone() {
        return Optional.ofNullable(zone);
    }

    public Optional<Stated<Venue>> venue() {
        return Optional.ofNullable(venue);
    }

    public Optional<Stated<URI>> onlineUrl() {
        return Optional.ofNullable(onlineUrl);
    }

    public Optional<Stated<Boolean>> online() {
        return Optional.ofNullable(online);
    }

    public Optional<Stated<EventStatus>> status() {
        return Optional.ofNullable(status);
    }

    public Optional<Stated<URI>> url() {
        return Optional.ofNullable(url);
    }

    public Optional<Stated<Integer>> attendance() {
        return Optional.ofNullable(attendance);
    }

    public Optional<Stated<List<Talk>>> talks() {
        return Optional.ofNullable(talks);
    }

    public boolean talksStated() {
        return talksStated;
    }

    public List<io.meetkit.core.Link> links() {
        return List.copyOf(links);
    }

    /** Whether any event fact was stated. */
    public boolean any() {
        return date != null || start != null || venue != null || onlineUrl != null || online != null || talks != null && !talks.value()
                .isEmpty() || attendance != null || url != null || zone != null || status != null;
    }
}
