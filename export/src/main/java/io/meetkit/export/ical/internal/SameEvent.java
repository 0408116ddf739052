package io.meetkit.export.ical.internal;

import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Link;
import io.meetkit.core.Organizer;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rule by which several posts of one feed describe one meetup (an announcement and its recap), and how their
 * facts are merged into the one {@code VEVENT} the feed writes.
 *
 * <p>Two events are the same meetup when they fall on the same day, are run by the same organizer (or both name
 * none), and nothing they state disagrees: not two different start times, not two venues whose names differ (neither
 * contains the other), not two different event pages. So two groups of one site meeting on one day at different
 * places, hours or Meetup pages stay two events. The event first met in the feed (the earlier post, in scan order)
 * keeps its UID, so a recap published later never changes a subscriber's event.
 */
final class SameEvent {

    private SameEvent() {
    }

    /** What groups candidates: the event's first day and its organizer's name. */
    static String key(Event event) {
        EventTime time = event.time().orElseThrow();
        return time.startDate() + "|" + event.organizer().map(Organizer::name).map(SameEvent::normal).orElse("");
    }

    /** Whether {@code a} and {@code b}, of one {@link #key(Event) key}, state nothing that disagrees. */
    static boolean compatible(Event a, Event b) {
        if (a.time().orElseThrow() instanceof EventTime.Timed ta && b.time().orElseThrow() instanceof EventTime.Timed tb
                && !ta.start().toInstant().equals(tb.start().toInstant())) {
            return false;
        }
        Optional<String> va = a.venue().flatMap(Venue::name).map(SameEvent::normal);
        Optional<String> vb = b.venue().flatMap(Venue::name).map(SameEvent::normal);
        if (va.isPresent() && vb.isPresent() && !va.get().contains(vb.get()) && !vb.get().contains(va.get())) {
            return false;
        }
        return a.url().isEmpty() || b.url().isEmpty() || a.url().get().equals(b.url().get());
    }

    /**
     * {@code first} with what only {@code other} states added (a start time to an all-day event, an address, a head
     * count, talks it does not list, links); each fact taken from {@code other} has its provenance detail say so.
     */
    static Event merge(Event first, Event other, String otherSource) {
        Event.Builder b = first.toBuilder();
        String from = "merged from " + otherSource;
        if (first.time().orElseThrow() instanceof EventTime.AllDay
                && other.time().orElseThrow() instanceof EventTime.Timed) {
            b.time(other.time().get());
            take(b, other, EventFact.TIME, from);
            take(b, other, EventFact.TIME_ZONE, from);
        } else if (first.time().get() instanceof EventTime.Timed ta && ta.end().isEmpty()
                && other.time().get() instanceof EventTime.Timed tb && tb.end().isPresent()) {
            b.time(tb);
            take(b, other, EventFact.TIME, from);
        }
        if (other.venue().isPresent() && (first.venue().isEmpty()
                || first.venue().get().streetAddress().isEmpty() && other.venue().get().streetAddress().isPresent())) {
            b.venue(other.venue().get());
            take(b, other, EventFact.VENUE, from);
        }
        if (first.onlineUrl().isEmpty() && other.onlineUrl().isPresent()) {
            b.onlineUrl(other.onlineUrl().get()).attendanceMode(other.attendanceMode());
            take(b, other, EventFact.ONLINE_URL, from);
        }
        if (first.attendance().isEmpty() && other.attendance().isPresent()) {
            b.attendance(other.attendance().getAsInt());
            take(b, other, EventFact.ATTENDANCE, from);
        }
        if (first.url().isEmpty() && other.url().isPresent()) {
            b.url(other.url().get());
            take(b, other, EventFact.URL, from);
        }
        if (first.organizer().isEmpty() && other.organizer().isPresent()) {
            b.organizer(other.organizer().get());
        }
        if (first.description().isEmpty() && other.description().isPresent()) {
            b.description(other.description().get());
        }
        List<Talk> talks = new ArrayList<>(first.talks());
        Set<String> known = new HashSet<>();
        first.talks().forEach(t -> known.add(identity(t)));
        boolean added = false;
        for (Talk t : other.talks()) {
            if (known.add(identity(t))) {
                talks.add(t);
                added = true;
            }
        }
        if (added) {
            b.talks(talks);
            if (first.talks().isEmpty()) {
                take(b, other, EventFact.TALKS, from);
            }
        }
        List<Link> links = new ArrayList<>(first.links());
        Set<URI> seen = new HashSet<>();
        first.links().forEach(l -> seen.add(l.url()));
        other.links().stream().filter(l -> seen.add(l.url())).forEach(links::add);
        b.links(links);
        return b.build();
    }

    private static void take(Event.Builder b, Event other, EventFact fact, String from) {
        other.provenanceOf(fact).ifPresent(p -> b.provenance(fact, p.withDetail(p.detail()
                .map(d -> d + "; " + from).orElse(from))));
    }

    /** A talk by its title, else by its speakers: the recap and the announcement name it alike. */
    private static String identity(Talk t) {
        return t.title().map(SameEvent::normal).orElseGet(() -> t.speakers().stream()
                .map(s -> normal(s.name())).sorted().toList().toString());
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
