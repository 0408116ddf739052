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

    /**
     * Checks and copies the components: the name is stripped, a blank description becomes absent, the lists are
     * copied and the provenance map is copied into {@link EventFact} order.
     *
     * @param name           the event's own name; not blank, stripped
     * @param time           when it happens, or {@link Optional#empty()}
     * @param previousTime   the time before rescheduling; only with {@link EventStatus#RESCHEDULED}
     * @param venue          where it happens in person, or {@link Optional#empty()}
     * @param onlineUrl      where it happens online, or {@link Optional#empty()}
     * @param status         whether it happens as announced
     * @param attendanceMode in person, online or both
     * @param attendance     a head count, not negative, or {@link OptionalInt#empty()}
     * @param talks          its talks, in order; copied
     * @param organizer      the group that runs it, or {@link Optional#empty()}
     * @param url            its own page, or {@link Optional#empty()}
     * @param links          other links about it; copied
     * @param description    a plain-text summary; stripped, absent when blank
     * @param provenance     where each fact came from; copied
     * @throws IllegalArgumentException if {@code name} is blank, {@code attendance} is negative, or
     *                                  {@code previousTime} is present on an event that is not
     *                                  {@link EventStatus#RESCHEDULED}
     */
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

    /**
     * A builder for an event named {@code name}.
     *
     * @param name the event's name; checked not blank by {@link Builder#build()}
     * @return a builder with nothing else set
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * A builder holding every component of this event, for making a changed copy.
     *
     * @return a new builder; changing it does not change this event
     */
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

    /**
     * Where {@code fact} came from.
     *
     * @param fact the fact asked about
     * @return its provenance, or {@link Optional#empty()} when none was recorded
     */
    public Optional<Provenance> provenanceOf(EventFact fact) {
        return Optional.ofNullable(provenance.get(requireNonNull(fact, "fact")));
    }

    /**
     * Every distinct speaker of the event's talks, in order of first appearance; speakers with the same
     * {@link Speaker#identity()} count once, as first found.
     *
     * @return an unmodifiable list, empty when no talk names a speaker
     */
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
     * {@link AttendanceMode#OFFLINE}; everything else to absent or empty. Setters reject {@code null} (leave a value
     * unset to keep it absent); the rest is checked by {@link #build()}. A builder is mutable and not thread-safe.
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

        /**
         * Replaces the name given to {@link Event#builder(String)}.
         *
         * @param name the event's own name ("June Meetup"); stripped, and not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = requireNonNull(name, "name");
            return this;
        }

        /**
         * When the event happens.
         *
         * @param time whole days or a zoned start and end
         * @return this builder
         */
        public Builder time(EventTime time) {
            this.time = requireNonNull(time, "time");
            return this;
        }

        /**
         * When the event was planned before it was moved; only allowed with {@link EventStatus#RESCHEDULED}.
         *
         * @param previousTime the time it had before
         * @return this builder
         */
        public Builder previousTime(EventTime previousTime) {
            this.previousTime = requireNonNull(previousTime, "previousTime");
            return this;
        }

        /**
         * Where the event happens in person.
         *
         * @param venue the place
         * @return this builder
         */
        public Builder venue(Venue venue) {
            this.venue = requireNonNull(venue, "venue");
            return this;
        }

        /**
         * Where the event happens online: a stream or a call link.
         *
         * @param onlineUrl the URL to join at
         * @return this builder
         */
        public Builder onlineUrl(URI onlineUrl) {
            this.onlineUrl = requireNonNull(onlineUrl, "onlineUrl");
            return this;
        }

        /**
         * Whether the event happens as announced; {@link EventStatus#SCHEDULED} unless set.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(EventStatus status) {
            this.status = requireNonNull(status, "status");
            return this;
        }

        /**
         * How people attend; {@link AttendanceMode#OFFLINE} unless set.
         *
         * @param attendanceMode in person, online or both
         * @return this builder
         */
        public Builder attendanceMode(AttendanceMode attendanceMode) {
            this.attendanceMode = requireNonNull(attendanceMode, "attendanceMode");
            return this;
        }

        /**
         * How many people came.
         *
         * @param attendance a head count; a negative one fails at {@link #build()}
         * @return this builder
         */
        public Builder attendance(int attendance) {
            this.attendance = attendance;
            return this;
        }

        /**
         * Adds a talk after those already added.
         *
         * @param talk the next talk of the event
         * @return this builder
         */
        public Builder talk(Talk talk) {
            talks.add(requireNonNull(talk, "talk"));
            return this;
        }

        /**
         * Replaces all talks.
         *
         * @param talks the talks, in the order of the post
         * @return this builder
         */
        public Builder talks(List<Talk> talks) {
            this.talks.clear();
            requireNonNull(talks, "talks").forEach(this::talk);
            return this;
        }

        /**
         * The group that runs the event.
         *
         * @param organizer the group
         * @return this builder
         */
        public Builder organizer(Organizer organizer) {
            this.organizer = requireNonNull(organizer, "organizer");
            return this;
        }

        /**
         * The event's own page, such as an RSVP or a meetup.com page.
         *
         * @param url the page
         * @return this builder
         */
        public Builder url(URI url) {
            this.url = requireNonNull(url, "url");
            return this;
        }

        /**
         * Adds a link about this event (photos, videos, RSVP) after those already added.
         *
         * @param link the link
         * @return this builder
         */
        public Builder link(Link link) {
            links.add(requireNonNull(link, "link"));
            return this;
        }

        /**
         * Replaces all links about this event.
         *
         * @param links the links, in order
         * @return this builder
         */
        public Builder links(List<Link> links) {
            this.links.clear();
            requireNonNull(links, "links").forEach(this::link);
            return this;
        }

        /**
         * A plain-text summary of the event; stripped, and absent when blank.
         *
         * @param description the summary
         * @return this builder
         */
        public Builder description(String description) {
            this.description = requireNonNull(description, "description");
            return this;
        }

        /**
         * Records where {@code fact} came from, replacing what was recorded for it before.
         *
         * @param fact       the fact
         * @param provenance where it came from
         * @return this builder
         */
        public Builder provenance(EventFact fact, Provenance provenance) {
            this.provenance.put(requireNonNull(fact, "fact"), requireNonNull(provenance, "provenance"));
            return this;
        }

        /**
         * Builds the event from the values set so far; the builder can be used again.
         *
         * @return a new event
         * @throws IllegalArgumentException if a value breaks a rule of the {@link Event} constructor
         */
        public Event build() {
            return new Event(name, Optional.ofNullable(time), Optional.ofNullable(previousTime),
                    Optional.ofNullable(venue), Optional.ofNullable(onlineUrl), status, attendanceMode,
                    attendance == null ? OptionalInt.empty() : OptionalInt.of(attendance), talks,
                    Optional.ofNullable(organizer), Optional.ofNullable(url), links,
                    Optional.ofNullable(description), provenance);
        }
    }
}
