package io.meetkit.core;

import static io.meetkit.core.internal.Checks.requireText;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A meetup, workshop or sprint that a {@link Post} announces or reports.
 *
 * @param name              the event's own name ("June Meetup")
 * @param time              when it happens, when the post says
 * @param previousTime      when it was planned before it was rescheduled
 * @param venue             where it happens in person
 * @param onlineUrl         where it happens online
 * @param status            whether it happens as announced
 * @param attendanceMode    in person, online or both
 * @param attendance        how many people came, when the post says
 * @param talks             its talks, in the order of the post
 * @param organizer         the group that runs it
 * @param url               its own page (an RSVP or event page), when it has one
 * @param links             other links about this event (photos, videos, RSVP), not the group's standing channels
 * @param description       a plain-text summary
 * @param provenance        where each recorded fact came from
 */
public record Event(String name, Optional<EventTime> time, Optional<EventTime> previousTime, Optional<Venue> venue,
                    Optional<URI> onlineUrl, EventStatus status, AttendanceMode attendanceMode,
                    OptionalInt attendance, List<Talk> talks, Optional<Organizer> organizer, Optional<URI> url,
                    List<Link> links, Optional<String> description, Map<EventFact, Provenance> provenance) {

    public Event {
        name = requireText(name, "name").strip();
        requireNonNull(time, "time");
        requireNonNull(previousTime, "previousTime");
        requireNonNull(venue, "venue");
        requireNonNull(onlineUrl, "onlineUrl");
        requireNonNull(status, "status");
        requireNonNull(attendanceMode, "attendanceMode");
        requireNonNull(attendance, "attendance");
        if (attendance.isPresent() && attendance.getAsInt() < 0) {
            throw new IllegalArgumentException("attendance must not be negative, was " + attendance.getAsInt());
        }
        talks = List.copyOf(requireNonNull(talks, "talks"));
        requireNonNull(organizer, "organizer");
        requireNonNull(url, "url");
        links = List.copyOf(requireNonNull(links, "links"));
        description = requireNonNull(description, "description").map(String::strip).filter(s -> !s.isEmpty());
        requireNonNull(provenance, "provenance");
        provenance = provenance.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(provenance));
        if (previousTime.isPresent() && status != EventStatus.RESCHEDULED) {
            throw new IllegalArgumentException("previousTime is only meaningful for a RESCHEDULED event");
        }
    }

    /** A builder for an event named {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.time = time.orElse(null);
        b.previousTime = previousTime.orElse(null);
        b.venue = venue.orElse(null);
        b.onlineUrl = onlineUrl.orElse(null);
        b.status = status;
        b.attendanceMode = attendanceMode;
        b.attendance = attendance.isPresent() ? attendance.getAsInt() : null;
        b.talks.addAll(talks);
        b.organizer = organizer.orElse(null);
        b.url = url.orElse(null);
        b.links.addAll(links);
        b.description = description.orElse(null);
        b.provenance.putAll(provenance);
        return b;
    }

    /** The provenance of {@code fact}, when it was recorded. */
    public Optional<Provenance> provenanceOf(EventFact fact) {
        return Optional.ofNullable(provenance.get(requireNonNull(fact, "fact")));
    }

    /** Every distinct speaker of the event's talks, in order of first appearance. */
    public List<Speaker> speakers() {
        Map<String, Speaker> byIdentity = new java.util.LinkedHashMap<>();
        for (Talk talk : talks) {
            for (Speaker s : talk.speakers()) {
                byIdentity.putIfAbsent(s.identity(), s);
            }
        }
        return List.copyOf(byIdentity.values());
    }

    /**
     * Builds an {@link Event}. Status defaults to {@link EventStatus#SCHEDULED}; attendance mode to
     * {@link AttendanceMode#OFFLINE}.
     */
    public static final class Builder {
        private String name;
        private EventTime time;
        private EventTime previousTime;
        private Venue venue;
        private URI onlineUrl;
        private EventStatus status = EventStatus.SCHEDULED;
        private AttendanceMode attendanceMode = AttendanceMode.OFFLINE;
        private Integer attendance;
        private final List<Talk> talks = new ArrayList<>();
        private Organizer organizer;
        private URI url;
        private final List<Link> links = new ArrayList<>();
        private String description;
        private final Map<EventFact, Provenance> provenance = new EnumMap<>(EventFact.class);

        private Builder(String name) {
            this.name = requireNonNull(name, "name");
        }

        public Builder name(String name) {
            this.name = requireNonNull(name, "name");
            return this;
        }

        public Builder time(EventTime time) {
            this.time = requireNonNull(time, "time");
            return this;
        }

        public Builder previousTime(EventTime previousTime) {
            this.previousTime = requireNonNull(previousTime, "previousTime");
            return this;
        }

        public Builder venue(Venue venue) {
            this.venue = requireNonNull(venue, "venue");
            return this;
        }

        public Builder onlineUrl(URI onlineUrl) {
            this.onlineUrl = requireNonNull(onlineUrl, "onlineUrl");
            return this;
        }

        public Builder status(EventStatus status) {
            this.status = requireNonNull(status, "status");
            return this;
        }

        public Builder attendanceMode(AttendanceMode attendanceMode) {
            this.attendanceMode = requireNonNull(attendanceMode, "attendanceMode");
            return this;
        }

        public Builder attendance(int attendance) {
            this.attendance = attendance;
            return this;
        }

        public Builder talk(Talk talk) {
            talks.add(requireNonNull(talk, "talk"));
            return this;
        }

        public Builder talks(List<Talk> talks) {
            this.talks.clear();
            requireNonNull(talks, "talks").forEach(this::talk);
            return this;
        }

        public Builder organizer(Organizer organizer) {
            this.organizer = requireNonNull(organizer, "organizer");
            return this;
        }

        public Builder url(URI url) {
            this.url = requireNonNull(url, "url");
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

        public Builder description(String description) {
            this.description = requireNonNull(description, "description");
            return this;
        }

        /** Records where {@code fact} came from. */
        public Builder provenance(EventFact fact, Provenance provenance) {
            this.provenance.put(requireNonNull(fact, "fact"), requireNonNull(provenance, "provenance"));
            return this;
        }

        public Event build() {
            return new Event(name, Optional.ofNullable(time), Optional.ofNullable(previousTime),
                    Optional.ofNullable(venue), Optional.ofNullable(onlineUrl), status, attendanceMode,
                    attendance == null ? OptionalInt.empty() : OptionalInt.of(attendance), talks,
                    Optional.ofNullable(organizer), Optional.ofNullable(url), links,
                    Optional.ofNullable(description), provenance);
        }
    }
}
