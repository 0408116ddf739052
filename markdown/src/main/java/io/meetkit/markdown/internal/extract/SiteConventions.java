package io.meetkit.markdown.internal.extract;

import io.meetkit.core.Diagnostic;
import io.meetkit.markdown.internal.extract.prose.Zones;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one site writes its events, read once from all its posts (inferred) or from a {@code meetkit:} section of its
 * configuration (declared), and applied to each post by the extractor. Each convention carries the reason it holds,
 * which becomes the detail of the {@link io.meetkit.core.Provenance.Origin#SITE} provenance of the facts it gives.
 *
 * @param postDateIsEventDate  why a post that states a time of day or a venue but no day of its own happens on its
 *                             post date (its file-name or {@code date} day)
 * @param dateTimeIsEventStart why a {@code date} with a time of day on a post with event keys is the event's start
 * @param timesInUtc           why start and end times stated without an offset are UTC clock times
 * @param startKey             the key the site declared to hold the event's start
 * @param zone                 the site's zone, declared or inferred from the places its posts name
 * @param diagnostics          problems in a declared section
 * @param freeEvents           why the site's events are free to attend: only ever declared ({@code free_events:
 *                             true}), never inferred
 * @param collections          the site's files of people, places and talks that posts name by slug
 */
public record SiteConventions(Optional<String> postDateIsEventDate, Optional<String> dateTimeIsEventStart,
                              Optional<String> timesInUtc, Optional<String> startKey, Optional<ZoneId> zone,
                              List<Diagnostic> diagnostics, Optional<String> freeEvents,
                              SiteCollections collections) {

    /** A site about which nothing is known: every post is read on its own. */
    public static final SiteConventions NONE = new SiteConventions(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    /** Fewer posts than this say nothing about a site. */
    private static final int FEWEST = 3;
    /** The share of posts that must follow a convention for it to be the site's. */
    private static final double MOST = 0.6;

    private static final Pattern TIME_ONLY = Pattern.compile("(?i)^\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s*(?:-|–|to)\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?\\s*$");
    private static final Pattern DATE_TIME = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?\\s*$");
    /** A British postcode (LE1 1QH, SW1A 2AA): the place is in the UK even when its town is not a known city. */
    private static final Pattern UK_POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b");
    private static final List<String> TIME_KEYS = List.of("time", "start_time", "starttime", "event_time");
    private static final List<String> EVENT_KEYS = List.of("venue", "location", "where", "place", "address",
            "host", "venue_name", "talks", "sessions", "agenda", "speakers", "speaker", "time", "start_time",
            "event", "rsvp", "meetup", "meetup_url", "register_link", "registration", "event_url");
    private static final List<String> START_KEYS = List.of("start", "start_time", "started_at", "starts_at",
            "datetime");
    private static final List<String> END_KEYS = List.of("end", "end_time", "ended_at", "ends_at");
    private static final List<String> PLACE_KEYS = List.of("venue", "location", "address", "venue_city", "city",
            "where", "place");

    public SiteConventions {
        diagnostics = List.copyOf(diagnostics);
        java.util.Objects.requireNonNull(collections, "collections");
    }

    /** Conventions of a site without collections that say nothing about the price of its events. */
    public SiteConventions(Optional<String> postDateIsEventDate, Optional<String> dateTimeIsEventStart,
                           Optional<String> timesInUtc, Optional<String> startKey, Optional<ZoneId> zone,
                           List<Diagnostic> diagnostics) {
        this(postDateIsEventDate, dateTimeIsEventStart, timesInUtc, startKey, zone, diagnostics, Optional.empty(),
                SiteCollections.NONE);
    }

    /** The same conventions for a site with {@code collections}. */
    public SiteConventions withCollections(SiteCollections collections) {
        return new SiteConventions(postDateIsEventDate, dateTimeIsEventStart, timesInUtc, startKey, zone,
                diagnostics, freeEvents, collections);
    }

    /** Whether nothing is known about the site. */
    public boolean isEmpty() {
        return postDateIsEventDate.isEmpty() && dateTimeIsEventStart.isEmpty() && timesInUtc.isEmpty()
                && startKey.isEmpty() && zone.isEmpty() && freeEvents.isEmpty();
    }

    /**
     * One post's front matter as the inference sees it.
     *
     * @param frontMatter  its values (top-level keys, Hugo params and Zola extra)
     * @param fileNameDate the date its file name starts with, if any
     */
    public record PostKeys(Map<String, Object> frontMatter, Optional<LocalDate> fileNameDate) {
    }

    /**
     * The conventions the posts of one site follow. {@code siteZone} is the zone of the site's configuration;
     * without one the zone is the one of the city most posts name.
     */
    public static SiteConventions infer(List<PostKeys> posts, Optional<ZoneId> siteZone) {
        int dated = 0;
        int timeOnly = 0;
        int dateTimes = 0;
        int dateTimesWithEventKeys = 0;
        List<LocalDateTime> naiveStarts = new ArrayList<>();
        Map<String, Integer> places = new HashMap<>();
        for (PostKeys post : posts) {
            Map<String, Object> fm = flatten(post.frontMatter());
            boolean hasDate = fm.get("date") instanceof String || post.fileNameDate().isPresent();
            boolean eventKeys = EVENT_KEYS.stream().anyMatch(k -> present(fm.get(k)));
            if (hasDate && eventKeys) {
                dated++;
                if (TIME_KEYS.stream().anyMatch(k -> fm.get(k) instanceof String s && TIME_ONLY.matcher(s).matches())
                        && !(fm.get("date") instanceof String d && DATE_TIME.matcher(d).matches())) {
                    timeOnly++;
                }
            }
            if (fm.get("date") instanceof String d && DATE_TIME.matcher(d).matches()) {
                dateTimes++;
                if (EVENT_KEYS.stream().filter(k -> !k.equals("time") && !k.equals("start_time"))
                        .anyMatch(k -> present(fm.get(k))) && roundClock(d)) {
                    dateTimesWithEventKeys++;
                }
            }
            for (String k : START_KEYS) {
                if (fm.get(k) instanceof String s) {
                    naive(s).ifPresent(naiveStarts::add);
                    break;
                }
            }
            for (String k : PLACE_KEYS) {
                if (fm.get(k) instanceof String s) {
                    Zones.placeIn(s).or(() -> UK_POSTCODE.matcher(s).find() ? Optional.of("UK") : Optional.empty())
                            .ifPresent(p -> places.merge(p, 1, Integer::sum));
                }
            }
        }
        Optional<ZoneId> zone = siteZone.or(() -> places.entrySet().stream()
                .filter(e -> e.getValue() >= FEWEST && e.getValue() >= MOST * posts.size() / 2)
                .max(Map.Entry.comparingByValue()).flatMap(e -> Zones.of(e.getKey())));
        Optional<String> postDate = Optional.empty();
        if (timeOnly >= FEWEST && timeOnly >= MOST * dated) {
            postDate = Optional.of("inferred: " + timeOnly + " of " + dated + " event posts on this site give a time"
                    + " of day with no day of its own, so a post's date is its event's day");
        }
        Optional<String> dateStart = Optional.empty();
        if (dateTimesWithEventKeys >= FEWEST && dateTimesWithEventKeys >= MOST * dateTimes) {
            dateStart = Optional.of("inferred: " + dateTimesWithEventKeys + " of " + dateTimes + " posts on this site"
                    + " with a time in their date are events starting at a round hour, so the date is the event's start");
        }
        Optional<String> utc = zone.flatMap(z -> utcClock(naiveStarts, z));
        return new SiteConventions(postDate, dateStart, utc, Optional.empty(), siteZone.isPresent() ? Optional.empty()
                : zone, List.of());
    }

    /**
     * Start times stated without an offset are UTC when, read as UTC, they fall on fewer local clock times than
     * as written: the site subtracted the summer-time hour (18:00 in summer, 19:00 in winter, both 19:00 local).
     * A site whose times are local shows the opposite, and one without summer posts cannot tell, so it stays local.
     */
    private static Optional<String> utcClock(List<LocalDateTime> starts, ZoneId zone) {
        if (starts.size() < FEWEST) {
            return Optional.empty();
        }
        Set<LocalTime> written = new HashSet<>();
        Set<LocalTime> asUtc = new HashSet<>();
        int evening = 0;
        for (LocalDateTime s : starts) {
            written.add(s.toLocalTime());
            LocalTime local = s.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalTime();
            asUtc.add(local);
            if (local.getHour() >= 17 && local.getHour() <= 21) {
                evening++;
            }
        }
        if (asUtc.size() < written.size() && evening >= MOST * starts.size()) {
            return Optional.of("inferred: the " + starts.size() + " start times on this site without an offset fall"
                    + " on " + asUtc.size() + " evening clock times in " + zone.getId() + " when read as UTC but on "
                    + written.size() + " as written, so they are stored in UTC");
        }
        return Optional.empty();
    }

    /**
     * Conventions the site's owner declared in a {@code meetkit:} section (or {@code meetkit.yml}): {@code start}
     * (the key holding the start), {@code times: utc|local}, {@code post_date_is_event_date: true|false},
     * {@code timezone}, {@code free_events: true|false} (the events cost nothing to attend, for JSON-LD
     * {@code offers}). They replace what was inferred; a value that does not read is a warning.
     */
    public SiteConventions withDeclared(Map<?, ?> section, String source) {
        List<Diagnostic> problems = new ArrayList<>(diagnostics);
        Optional<String> postDate = postDateIsEventDate;
        Optional<String> dateStart = dateTimeIsEventStart;
        Optional<String> utc = timesInUtc;
        Optional<String> start = startKey;
        Optional<ZoneId> z = zone;
        Optional<String> free = freeEvents;
        String why = "declared in " + source;
        for (Map.Entry<?, ?> e : section.entrySet()) {
            String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT).replace('-', '_');
            Object v = e.getValue();
            switch (key) {
                case "start", "start_key" -> start = text(v);
                case "times" -> {
                    String t = text(v).orElse("").toLowerCase(Locale.ROOT);
                    if (t.equals("utc")) {
                        utc = Optional.of(why + ": times are stored in UTC");
                    } else if (t.equals("local")) {
                        utc = Optional.empty();
                    } else {
                        problems.add(warning(source, "meetkit.times: expected utc or local, found '" + v + "'"));
                    }
                }
                case "post_date_is_event_date", "post_dates_are_event_dates" -> {
                    if (Boolean.TRUE.equals(v) || "true".equals(v)) {
                        postDate = Optional.of(why + ": a post's date is its event's day");
                        dateStart = Optional.of(why + ": a post's date is its event's day and start");
                    } else if (Boolean.FALSE.equals(v) || "false".equals(v)) {
                        postDate = Optional.empty();
                        dateStart = Optional.empty();
                    } else {
                        problems.add(warning(source, "meetkit." + e.getKey() + ": expected true or false"));
                    }
                }
                case "timezone", "time_zone", "zone" -> {
                    try {
                        z = text(v).map(ZoneId::of);
                    } catch (DateTimeException ex) {
                        problems.add(warning(source, "meetkit." + e.getKey() + ": unknown time zone '" + v + "'"));
                    }
                }
                case "free_events", "events_are_free", "free" -> {
                    if (Boolean.TRUE.equals(v) || "true".equals(v)) {
                        free = Optional.of(why + ": events are free to attend");
                    } else if (Boolean.FALSE.equals(v) || "false".equals(v)) {
                        free = Optional.empty();
                    } else {
                        problems.add(warning(source, "meetkit." + e.getKey() + ": expected true or false"));
                    }
                }
                default -> problems.add(warning(source, "meetkit." + e.getKey() + ": unknown key ignored"));
            }
        }
        return new SiteConventions(postDate, dateStart, utc, start, z, problems, free, SiteCollections.NONE);
    }

    private static Diagnostic warning(String source, String message) {
        return Diagnostic.warning(source, 1, 1, message);
    }

    private static Optional<String> text(Object v) {
        return v instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    /** The top-level keys with Hugo's params and Zola's extra folded in, keys normalised to snake case. */
    private static Map<String, Object> flatten(Map<String, Object> fm) {
        Map<String, Object> out = new HashMap<>();
        for (String nested : List.of("params", "extra")) {
            if (fm.get(nested) instanceof Map<?, ?> m) {
                m.forEach((k, v) -> out.put(normal(String.valueOf(k)), v));
            }
        }
        fm.forEach((k, v) -> out.put(normal(k), v));
        return out;
    }

    private static String normal(String key) {
        return key.strip().replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('-', '_').toLowerCase(Locale.ROOT);
    }

    private static boolean present(Object v) {
        return v != null && !(v instanceof String s && s.isBlank()) && !(v instanceof List<?> l && l.isEmpty());
    }

    /** An event starts on the hour or a quarter past; a publication stamp has seconds and any minute. */
    private static boolean roundClock(String dateTime) {
        Matcher m = DATE_TIME.matcher(dateTime);
        return m.matches() && Integer.parseInt(m.group(5)) % 15 == 0
                && (m.group(6) == null || Integer.parseInt(m.group(6)) == 0);
    }

    /** A date and time written without an offset. */
    private static Optional<LocalDateTime> naive(String s) {
        Matcher m = DATE_TIME.matcher(s);
        if (!m.matches() || m.group(7) != null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
