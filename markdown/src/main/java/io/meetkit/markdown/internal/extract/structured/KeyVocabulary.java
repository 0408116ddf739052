package io.meetkit.markdown.internal.extract.structured;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which front-matter keys state which event fact: one table for every generator, read the same way at the top
 * level, inside Hugo's {@code params} and Zola's {@code [extra]}, and inside meetkit's own {@code event:} map.
 * Keys are compared after {@link #normal(String)}, so {@code meetupUrl}, {@code meetup-url} and {@code meetup_url}
 * are one key. Within a fact the first key present wins, so the order of each list is the order of preference.
 */
final class KeyVocabulary {

    /** An event fact a front-matter key can state, in the order they are read. */
    enum Fact {
        NAME, DATE, START, END, DURATION, ZONE, VENUE, VENUE_NAME, VENUE_STREET, VENUE_CITY, ONLINE, URL, STATUS,
        ATTENDANCE, TALKS, SPEAKERS
    }

    /** Keys read at the top level of front matter (and in {@code params} / {@code extra}). */
    private static final Map<Fact, List<String>> TOP_LEVEL = new LinkedHashMap<>();
    /** Further keys read only inside the {@code event:} map, where they cannot be the post's own. */
    private static final Map<Fact, List<String>> EVENT_ONLY = new LinkedHashMap<>();

    static {
        TOP_LEVEL.put(Fact.DATE, List.of("event_date", "eventdate", "meetup_date", "meeting_date", "date_of_event"));
        TOP_LEVEL.put(Fact.START, List.of("start", "start_time", "starttime", "started_at", "starts_at",
                "start_date", "datetime", "event_time", "time", "when"));
        TOP_LEVEL.put(Fact.END, List.of("end", "end_time", "endtime", "ended_at", "ends_at", "end_date"));
        TOP_LEVEL.put(Fact.DURATION, List.of("duration", "length"));
        TOP_LEVEL.put(Fact.ZONE, List.of("timezone", "time_zone", "tz"));
        TOP_LEVEL.put(Fact.VENUE, List.of("venue", "location", "where", "place", "host", "address"));
        TOP_LEVEL.put(Fact.VENUE_NAME, List.of("venue_name", "location_name", "place_name"));
        TOP_LEVEL.put(Fact.VENUE_STREET, List.of("host_address", "venue_address", "location_address", "address"));
        TOP_LEVEL.put(Fact.VENUE_CITY, List.of("venue_city", "location_city", "city"));
        TOP_LEVEL.put(Fact.ONLINE, List.of("online", "online_url", "stream", "zoom", "livestream"));
        TOP_LEVEL.put(Fact.URL, List.of("rsvp", "rsvp_url", "meetup", "meetup_url", "registration",
                "registration_url", "register_link", "event_url", "link"));
        TOP_LEVEL.put(Fact.STATUS, List.of("status"));
        TOP_LEVEL.put(Fact.ATTENDANCE, List.of("attendance", "attendees", "going_count", "rsvp_count",
                "yes_rsvp_count", "headcount"));
        TOP_LEVEL.put(Fact.TALKS, List.of("talks", "sessions", "agenda", "schedule", "presentations"));
        TOP_LEVEL.put(Fact.SPEAKERS, List.of("speakers", "speaker", "presenters", "presenter"));

        EVENT_ONLY.put(Fact.NAME, List.of("name", "title"));
        EVENT_ONLY.put(Fact.DATE, List.of("date", "day"));
        EVENT_ONLY.put(Fact.START, List.of("starts"));
        EVENT_ONLY.put(Fact.END, List.of("ends"));
        EVENT_ONLY.put(Fact.ZONE, List.of("zone"));
        EVENT_ONLY.put(Fact.ONLINE, List.of("url_online"));
        EVENT_ONLY.put(Fact.URL, List.of("url", "tickets"));
    }

    private KeyVocabulary() {
    }

    /** The facts in reading order, each with its keys in order of preference, for the top level. */
    static Map<Fact, List<String>> topLevel() {
        return TOP_LEVEL;
    }

    /** The fact {@code key} states inside the {@code event:} map, if any. */
    static Optional<Fact> inEventMap(String key) {
        String k = normal(key);
        for (Map<Fact, List<String>> table : List.of(EVENT_ONLY, TOP_LEVEL)) {
            for (Map.Entry<Fact, List<String>> e : table.entrySet()) {
                // Inside the event map a street is part of the venue, never a venue of its own.
                if (e.getValue().contains(k) && e.getKey() != Fact.VENUE_STREET) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The keys of {@code scope} by their {@link #normal(String) normal} form, the first in the map's order where
     * two share one: {@code index(scope).get(wanted)} is the key {@link #find} gives, with each key normalised once
     * rather than once per key looked for.
     */
    static Map<String, String> index(Map<?, ?> scope) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Object key : scope.keySet()) {
            String k = String.valueOf(key);
            out.putIfAbsent(normal(k), k);
        }
        return out;
    }

    /** The key of {@code scope} that is {@code wanted} once both are {@link #normal(String) normalised}. */
    static Optional<String> find(Map<?, ?> scope, String wanted) {
        for (Object key : scope.keySet()) {
            if (normal(String.valueOf(key)).equals(wanted)) {
                return Optional.of(String.valueOf(key));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code meetupURL}, {@code Meetup-Url} and {@code meetup_url} all give {@code meetup_url}: an "_" between a
     * lower-case ASCII letter or digit and an upper-case one, "-" and " " as "_", then lower case. Every key of a
     * post's front matter is normalised once per key looked for, so a key that is already normal (the common case:
     * "title", "date", "tags") is returned as it is, without a pattern or a copy.
     */
    static String normal(String key) {
        String k = key.strip();
        boolean plain = true;
        for (int i = 0; i < k.length() && plain; i++) {
            char c = k.charAt(i);
            plain = c < 128 && !(c >= 'A' && c <= 'Z') && c != '-' && c != ' ';
        }
        if (plain) {
            return k;
        }
        StringBuilder snake = new StringBuilder(k.length() + 4);
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            snake.append(c == '-' || c == ' ' ? '_' : c);
            if (i + 1 < k.length() && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
                    && k.charAt(i + 1) >= 'A' && k.charAt(i + 1) <= 'Z') {
                snake.append('_');
            }
        }
        return snake.toString().toLowerCase(Locale.ROOT);
    }
}
