package io.meetkit.markdown.internal.extract.structured;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.EventStatus;
import io.meetkit.core.GeoPoint;
import io.meetkit.core.Link;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import io.meetkit.core.Venue;
import io.meetkit.markdown.internal.extract.ExtractionInput;
import io.meetkit.markdown.internal.extract.SourcePosition;
import io.meetkit.markdown.internal.extract.structured.StructuredEvent.Stated;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured event keys of a post's front matter: the {@code event:} map and {@code talks:} list of
 * meetkit's own schema, and the shapes real sites already use ({@code event_date}, {@code time}, {@code duration},
 * {@code venue}/{@code location}/{@code host}/{@code host_address}, {@code speakers}/{@code speaker},
 * {@code talks}/{@code sessions}, {@code link}/{@code meetup}/{@code rsvp}). A value of the wrong type or that
 * does not parse gives a positioned error diagnostic and is left out; nothing is dropped silently.
 */
public final class FrontMatterEventReader {

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^\\s*(tbd|tba|tbc|to be (announced|decided|"
            + "confirmed)|n/?a|none|-|\\?|you\\??|false|no)\\s*$");
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)^\\s*(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*$");
    private static final Pattern EVENT_STATUS = Pattern.compile(
            "(?i)^\\s*(scheduled|cancell?ed|postponed|rescheduled|moved[-_ ]online)\\s*$");
    private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*(?:-|–|—|to|until|till)\\s*(.+)$");
    private static final Pattern HUMAN_DURATION = Pattern.compile(
            "(?i)^\\s*(?:(\\d+(?:\\.\\d+)?)\\s*(?:h|hr|hrs|hours?))?\\s*(?:(\\d+)\\s*(?:m|min|mins|minutes?))?\\s*$");

    private final ExtractionInput input;
    private final List<Diagnostic> diagnostics;
    private final StructuredEvent out = new StructuredEvent();

    private FrontMatterEventReader(ExtractionInput input, List<Diagnostic> diagnostics) {
        this.input = input;
        this.diagnostics = diagnostics;
    }

    /** Reads the event keys of {@code input}'s front matter, adding problems to {@code diagnostics}. */
    public static StructuredEvent read(ExtractionInput input, List<Diagnostic> diagnostics) {
        FrontMatterEventReader r = new FrontMatterEventReader(input, diagnostics);
        r.readAll();
        return r.out;
    }

    private void readAll() {
        Map<String, Object> fm = input.frontMatter();
        Object event = fm.get("event");
        if (event instanceof Map<?, ?> map) {
            readEventMap(map, "/event");
        } else if (event != null && !isBlank(event)) {
            error("/event", "event", "expected a map of event keys (date, start, venue, ...), found "
                    + typeName(event));
        }
        // Shapes real sites use, at the top level; the event map wins where both are given.
        for (String key : List.of("event_date", "eventdate", "event-date", "meetup_date")) {
            if (out.date == null && fm.containsKey(key)) {
                readDateTime(fm.get(key), "/" + key, key);
            }
        }
        for (String key : List.of("time", "start_time", "starttime", "start")) {
            if (out.start == null && fm.containsKey(key)) {
                readTimeValue(fm.get(key), "/" + key, key, true);
            }
        }
        for (String key : List.of("end_time", "endtime", "end")) {
            if (out.end == null && fm.containsKey(key)) {
                readTimeValue(fm.get(key), "/" + key, key, false);
            }
        }
        if (out.duration == null && fm.containsKey("duration")) {
            duration(fm.get("duration"), "/duration", "duration").ifPresent(d -> out.duration = stated(d, "/duration"));
        }
        for (String key : List.of("timezone", "time_zone", "tz")) {
            if (out.zone == null && fm.containsKey(key)) {
                zone(fm.get(key), "/" + key, key).ifPresent(z -> out.zone = stated(z, "/" + key));
            }
        }
        for (String key : List.of("venue", "location", "host", "place", "host_address", "address")) {
            if (out.venue == null && fm.containsKey(key)) {
                venue(fm.get(key), "/" + key, key).ifPresent(v -> out.venue = stated(v, "/" + key));
            } else if (out.venue != null && key.equals("host_address") && fm.get(key) instanceof String s
                    && !s.isBlank() && out.venue.value().streetAddress().isEmpty()) {
                out.venue = new Stated<>(out.venue.value().toBuilder().streetAddress(s.strip()).build(),
                        out.venue.line());
            }
        }
        for (String key : List.of("online", "online_url", "stream", "zoom", "livestream")) {
            if (out.onlineUrl == null && fm.get(key) instanceof String s && !s.isBlank()) {
                uri(s, "/" + key, key).ifPresent(u -> out.onlineUrl = stated(u, "/" + key));
            }
        }
        for (String key : List.of("rsvp", "rsvp_url", "meetup", "meetup_url", "registration", "link", "event_url")) {
            if (out.url == null && fm.get(key) instanceof String s && !s.isBlank() && s.strip().matches("(?i)^(https?:)?//.*|^www\\..*")) {
                uri(s, "/" + key, key).ifPresent(u -> out.url = stated(u, "/" + key));
            } else if (out.url == null && fm.containsKey(key) && !(fm.get(key) instanceof String)
                    && !isBlank(fm.get(key))) {
                error("/" + key, key, "expected a URL, found " + typeName(fm.get(key)));
            }
        }
        // A top-level "status" is often the publication status (Pelican's draft/published): only an event
        // status word counts, anything else belongs to the post, not the event.
        if (out.status == null && fm.get("status") instanceof String s && EVENT_STATUS.matcher(s).matches()) {
            status(s, "/status", "status").ifPresent(st -> out.status = stated(st, "/status"));
        }
        for (String key : List.of("attendance", "attendees")) {
            if (out.attendance == null && fm.containsKey(key)) {
                count(fm.get(key), "/" + key, key).ifPresent(n -> out.attendance = stated(n, "/" + key));
            }
        }
        if (out.talks == null) {
            for (String key : List.of("talks", "sessions", "agenda", "schedule")) {
                if (fm.containsKey(key) && out.talks == null) {
                    talks(fm.get(key), "/" + key, key);
                }
            }
        }
        for (String key : List.of("speakers", "speaker")) {
            if (!fm.containsKey(key)) {
                continue;
            }
            if (out.talks == null) {
                speakerOnlyTalks(fm.get(key), "/" + key, key);
            } else {
                pairSpeakers(fm.get(key), "/" + key, key);
            }
            break;
        }
    }

    private void readEventMap(Map<?, ?> map, String base) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
            Object v = e.getValue();
            String p = base + "/" + e.getKey();
            String k = "event." + e.getKey();
            switch (key) {
                case "name", "title" -> {
                    if (v instanceof String s && !s.isBlank()) {
                        out.name = stated(s.strip(), p);
                    } else if (!isBlank(v)) {
                        error(p, k, "expected text, found " + typeName(v));
                    }
                }
                case "date", "day" -> readDateTime(v, p, k);
                case "start", "time", "starts", "start_time" -> readTimeValue(v, p, k, true);
                case "end", "ends", "end_time" -> readTimeValue(v, p, k, false);
                case "duration" -> duration(v, p, k).ifPresent(d -> out.duration = stated(d, p));
                case "timezone", "time_zone", "tz", "zone" -> zone(v, p, k).ifPresent(z -> out.zone = stated(z, p));
                case "venue", "location", "place", "where" -> venue(v, p, k).ifPresent(x -> out.venue = stated(x, p));
                case "online", "online_url", "stream", "url_online", "zoom" -> {
                    if (v instanceof String s && !s.isBlank()) {
                        uri(s, p, k).ifPresent(u -> out.onlineUrl = stated(u, p));
                    } else if (!isBlank(v) && !(v instanceof Boolean)) {
                        error(p, k, "expected a URL, found " + typeName(v));
                    }
                }
                case "status" -> {
                    if (v instanceof String s) {
                        status(s, p, k).ifPresent(st -> out.status = stated(st, p));
                    } else if (!isBlank(v)) {
                        error(p, k, "expected one of scheduled, cancelled, postponed, rescheduled, moved-online");
                    }
                }
                case "rsvp", "url", "link", "meetup", "registration", "tickets" -> {
                    if (v instanceof String s && !s.isBlank()) {
                        uri(s, p, k).ifPresent(u -> out.url = stated(u, p));
                    } else if (!isBlank(v)) {
                        error(p, k, "expected a URL, found " + typeName(v));
                    }
                }
                case "attendance", "attendees" -> count(v, p, k).ifPresent(n -> out.attendance = stated(n, p));
                case "talks", "sessions" -> talks(v, p, k);
                default -> warning(p, k, "unknown event key '" + e.getKey() + "' ignored");
            }
        }
    }

    // ------------------------------------------------------------------ date and time

    private void readDateTime(Object v, String p, String k) {
        if (isBlank(v)) {
            return;
        }
        if (!(v instanceof String s)) {
            error(p, k, "expected a date like 2024-06-18, found " + typeName(v));
            return;
        }
        String t = s.strip();
        try {
            LocalDate d = LocalDate.parse(t);
            if (plausible(d, p, k)) {
                out.date = stated(d, p);
            }
            return;
        } catch (DateTimeParseException ignored) {
            // try the date-time forms below
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(t);
            setDateTime(z.toLocalDateTime(), Optional.of(z.getZone()), p, k);
            return;
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            OffsetDateTime o = OffsetDateTime.parse(t.replace(' ', 'T'));
            setDateTime(o.toLocalDateTime(), Optional.of(o.getOffset()), p, k);
            return;
        } catch (DateTimeParseException ignored) {
            // next
        }
        for (String pattern : List.of("yyyy-MM-dd'T'HH:mm[:ss]", "yyyy-MM-dd HH:mm[:ss]", "yyyy-MM-dd H:mm")) {
            try {
                setDateTime(LocalDateTime.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.ROOT)), Optional.empty(), p, k);
                return;
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        Matcher withOffset = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*([+-]\\d{2}:?\\d{2}|Z)$")
                .matcher(t);
        if (withOffset.matches()) {
            try {
                String off = withOffset.group(3).length() == 5 ? withOffset.group(3).substring(0, 3) + ":"
                        + withOffset.group(3).substring(3) : withOffset.group(3);
                OffsetDateTime o = OffsetDateTime.parse(withOffset.group(1) + "T" + pad(withOffset.group(2)) + off);
                setDateTime(o.toLocalDateTime(), Optional.of(o.getOffset()), p, k);
                return;
            } catch (DateTimeParseException ignored) {
                // fall through to the error
            }
        }
        error(p, k, "cannot read '" + t + "' as a date (use YYYY-MM-DD, optionally with a time)");
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    /** The years a meetup can be in; outside them a date is a typo or hostile, and calendar clients choke on it. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;

    private boolean plausible(LocalDate date, String p, String k) {
        if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
            return true;
        }
        error(p, k, "the year " + date.getYear() + " is outside " + FIRST_YEAR + "–" + LAST_YEAR
                + "; the date is left out");
        return false;
    }

    private void setDateTime(LocalDateTime dt, Optional<ZoneId> zone, String p, String k) {
        if (!plausible(dt.toLocalDate(), p, k)) {
            return;
        }
        out.date = stated(dt.toLocalDate(), p);
        if (!dt.toLocalTime().equals(LocalTime.MIDNIGHT) || out.start == null) {
            out.start = stated(dt.toLocalTime(), p);
        }
        if (zone.isPresent() && out.zone == null) {
            out.zone = stated(zone.get(), p);
        }
    }

    private void readTimeValue(Object v, String p, String k, boolean start) {
        if (isBlank(v)) {
            return;
        }
        if (!(v instanceof String s)) {
            error(p, k, "expected a time like \"18:30\" (quoted), found " + typeName(v));
            return;
        }
        String t = s.strip();
        if (t.matches("^\\d{4}-\\d{2}-\\d{2}[ T].*")) {
            if (start) {
                readDateTime(t, p, k);
            } else {
                try {
                    LocalDateTime dt = LocalDateTime.parse(t.replace(' ', 'T').replaceAll("([+-]\\d{2}:?\\d{2}|Z)$", ""));
                    out.end = stated(dt.toLocalTime(), p);
                } catch (DateTimeParseException e) {
                    error(p, k, "cannot read '" + t + "' as a date and time");
                }
            }
            return;
        }
        Matcher range = RANGE.matcher(t);
        if (start && range.matches() && clock(range.group(2)).isPresent()) {
            Optional<LocalTime> e = clock(range.group(2));
            Optional<LocalTime> b = clock(range.group(1));
            if (b.isPresent() && range.group(1).matches("(?i).*\\d\\s*$") && range.group(2).toLowerCase(Locale.ROOT)
                    .contains("pm") && b.get().getHour() < 12) {
                LocalTime pm = b.get().plusHours(12);
                if (pm.isBefore(e.get())) {
                    b = Optional.of(pm);
                }
            }
            if (b.isPresent()) {
                out.start = stated(b.get(), p);
                out.end = stated(e.get(), p);
                return;
            }
        }
        Optional<LocalTime> c = clock(t);
        if (c.isEmpty()) {
            error(p, k, "cannot read '" + t + "' as a time of day (use \"18:30\" or \"6:30 PM\")");
        } else if (start) {
            out.start = stated(c.get(), p);
        } else {
            out.end = stated(c.get(), p);
        }
    }

    static Optional<LocalTime> clock(String text) {
        Matcher m = CLOCK.matcher(text);
        if (!m.matches() || m.group(2) == null && m.group(4) == null) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(4) != null) {
            if (h < 1 || h > 12) {
                return Optional.empty();
            }
            h = h % 12 + (m.group(4).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
        }
        try {
            return Optional.of(LocalTime.of(h, min));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Longer than this is not one event: a number this big is a typo or hostile, and would overflow later. */
    private static final Duration LONGEST = Duration.ofDays(31);

    private Optional<Duration> duration(Object v, String p, String k) {
        if (isBlank(v)) {
            return Optional.empty();
        }
        Optional<Duration> d = readDuration(v);
        if (d.isPresent() && d.get().compareTo(LONGEST) > 0) {
            error(p, k, "a duration of '" + v + "' is longer than " + LONGEST.toDays() + " days; left out");
            return Optional.empty();
        }
        if (d.isEmpty()) {
            error(p, k, "cannot read '" + v + "' as a duration (use minutes, \"1h30m\" or \"PT90M\")");
        }
        return d;
    }

    private static Optional<Duration> readDuration(Object v) {
        long tooLong = LONGEST.toMinutes() + 1;
        if (v instanceof Number n && n.doubleValue() > 0) {
            return Optional.of(Duration.ofMinutes(Math.round(Math.min(n.doubleValue(), tooLong))));
        }
        if (v instanceof String s) {
            String t = s.strip();
            try {
                Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
                if (!d.isNegative() && !d.isZero()) {
                    return Optional.of(d);
                }
            } catch (DateTimeParseException | ArithmeticException ignored) {
                // human form below
            }
            Matcher m = HUMAN_DURATION.matcher(t);
            if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
                double minutes = (m.group(1) == null ? 0 : Double.parseDouble(m.group(1))) * 60
                        + (m.group(2) == null ? 0 : Double.parseDouble(m.group(2)));
                if (minutes > 0) {
                    return Optional.of(Duration.ofMinutes(Math.round(Math.min(minutes, tooLong))));
                }
            }
            if (t.matches("\\d+")) {
                return Optional.of(Duration.ofMinutes(t.length() > 9 ? tooLong : Long.parseLong(t)));
            }
        }
        return Optional.empty();
    }

    private Optional<ZoneId> zone(Object v, String p, String k) {
        if (isBlank(v)) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            try {
                return Optional.of(ZoneId.of(s.strip()));
            } catch (DateTimeException e) {
                error(p, k, "unknown time zone '" + s.strip() + "' (use an IANA id such as Europe/Berlin)");
                return Optional.empty();
            }
        }
        error(p, k, "expected a time zone id, found " + typeName(v));
        return Optional.empty();
    }

    private Optional<EventStatus> status(String s, String p, String k) {
        String t = s.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (t.equals("CANCELED")) {
            t = "CANCELLED";
        }
        try {
            return Optional.of(EventStatus.valueOf(t));
        } catch (IllegalArgumentException e) {
            error(p, k, "unknown status '" + s.strip() + "' (use scheduled, cancelled, postponed, rescheduled or "
                    + "moved-online)");
            return Optional.empty();
        }
    }

    private Optional<Integer> count(Object v, String p, String k) {
        if (isBlank(v)) {
            return Optional.empty();
        }
        if (v instanceof Integer n && n >= 0) {
            return Optional.of(n);
        }
        if (v instanceof String s && s.strip().matches("\\d{1,6}")) {
            return Optional.of(Integer.parseInt(s.strip()));
        }
        error(p, k, "expected a number of people, found " + typeName(v) + " '" + v + "'");
        return Optional.empty();
    }

    // ------------------------------------------------------------------ venue

    private Optional<Venue> venue(Object v, String p, String k) {
        if (isBlank(v)) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            Optional<Object> data = lookup(List.of("locations", "venues", "places"), s.strip());
            if (data.isPresent() && data.get() instanceof Map<?, ?> m) {
                return venueMap(m, p, k, true);
            }
            String[] parts = s.strip().split("\\s*,\\s*");
            Venue.Builder b = Venue.builder().name(parts[0]);
            if (parts.length > 1) {
                b.streetAddress(String.join(", ", java.util.Arrays.copyOfRange(parts, 1, parts.length)));
                String last = parts[parts.length - 1];
                io.meetkit.markdown.internal.extract.prose.Zones.placeIn(last).ifPresent(b::locality);
            }
            return Optional.of(b.build());
        }
        if (v instanceof Map<?, ?> m) {
            return venueMap(m, p, k, false);
        }
        error(p, k, "expected a venue name, a map (name, address, city, country, geo, url) or a slug of "
                + "_data/locations.yml, found " + typeName(v));
        return Optional.empty();
    }

    private Optional<Venue> venueMap(Map<?, ?> m, String p, String k, boolean fromData) {
        Venue.Builder b = Venue.builder();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
            Object v = e.getValue();
            String kp = p + "/" + e.getKey();
            String kk = k + "." + e.getKey();
            if (key.equals("geo") || key.equals("coordinates")) {
                geo(v, fromData ? p : kp, kk).ifPresent(b::geo);
                continue;
            }
            if (v == null || v instanceof Map || v instanceof List) {
                if (!isBlank(v)) {
                    error(fromData ? p : kp, kk, "expected text, found " + typeName(v));
                }
                continue;
            }
            String s = String.valueOf(v).strip();
            if (s.isEmpty()) {
                continue;
            }
            switch (key) {
                case "name", "title" -> b.name(s);
                case "address", "street", "street_address", "streetaddress" -> b.streetAddress(s);
                case "city", "locality", "town" -> b.locality(s);
                case "region", "state", "province" -> b.region(s);
                case "postal_code", "postcode", "zip", "pincode", "postalcode" -> b.postalCode(s);
                case "country" -> b.country(s);
                case "url", "map", "website", "link" -> uri(s, fromData ? p : kp, kk).ifPresent(b::url);
                default -> {
                    // other keys of a site's data file (slug, capacity, ...) are not venue facts
                }
            }
        }
        try {
            return Optional.of(b.build());
        } catch (IllegalArgumentException e) {
            error(p, k, "a venue needs a name, an address or a city");
            return Optional.empty();
        }
    }

    private Optional<GeoPoint> geo(Object v, String p, String k) {
        try {
            if (v instanceof Map<?, ?> m) {
                Object lat = first(m, "lat", "latitude");
                Object lon = first(m, "lon", "lng", "long", "longitude");
                if (lat != null && lon != null) {
                    return Optional.of(new GeoPoint(Double.parseDouble(String.valueOf(lat)),
                            Double.parseDouble(String.valueOf(lon))));
                }
            } else if (v instanceof List<?> l && l.size() == 2) {
                return Optional.of(new GeoPoint(Double.parseDouble(String.valueOf(l.get(0))),
                        Double.parseDouble(String.valueOf(l.get(1)))));
            } else if (v instanceof String s && s.contains(",")) {
                String[] parts = s.split(",");
                return Optional.of(new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())));
            }
        } catch (IllegalArgumentException e) {
            error(p, k, "cannot read coordinates: " + e.getMessage());
            return Optional.empty();
        }
        error(p, k, "expected coordinates as {lat, lon}, [lat, lon] or \"lat, lon\"");
        return Optional.empty();
    }

    private static Object first(Map<?, ?> m, String... keys) {
        for (String k : keys) {
            if (m.containsKey(k)) {
                return m.get(k);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ talks and speakers

    private void talks(Object v, String p, String k) {
        out.talksStated = true;
        if (isBlank(v) || v instanceof Boolean || v instanceof String s && PLACEHOLDER.matcher(s).matches()) {
            out.talks = stated(List.of(), p);
            return;
        }
        List<?> items;
        if (v instanceof List<?> l) {
            items = l;
        } else if (v instanceof Map<?, ?> || v instanceof String) {
            items = List.of(v);
        } else {
            error(p, k, "expected a list of talks, found " + typeName(v));
            return;
        }
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            boolean list = v instanceof List;
            talk(items.get(i), list ? p + "/" + i : p, list ? k + "[" + i + "]" : k).ifPresent(talks::add);
        }
        out.talks = stated(talks, p);
    }

    private Optional<Talk> talk(Object item, String p, String k) {
        int line = input.positionOf(p).line();
        if (isBlank(item) || item instanceof Boolean) {
            return Optional.empty();
        }
        if (item instanceof String s) {
            if (PLACEHOLDER.matcher(s).matches()) {
                return Optional.empty();
            }
            Optional<Object> data = lookup(List.of("talks", "sessions"), s.strip());
            if (data.isPresent() && data.get() instanceof Map<?, ?> m) {
                return talkMap(m, p, k, line);
            }
            return Optional.of(Talk.builder(s.strip()).provenance(Provenance.frontMatter(line)).build());
        }
        if (item instanceof Map<?, ?> m) {
            return talkMap(m, p, k, line);
        }
        error(p, k, "expected a talk title or a map (title, speakers, ...), found " + typeName(item));
        return Optional.empty();
    }

    private Optional<Talk> talkMap(Map<?, ?> m, String p, String k, int line) {
        Talk.Builder b = Talk.builder().provenance(Provenance.frontMatter(line));
        boolean titled = false;
        LocalTime start = null;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
            Object v = e.getValue();
            String kp = p + "/" + e.getKey();
            String kk = k + "." + e.getKey();
            switch (key) {
                case "title", "name", "topic" -> {
                    if (v instanceof String s && !s.isBlank() && !PLACEHOLDER.matcher(s).matches()) {
                        b.title(s.strip());
                        titled = true;
                    } else if (!isBlank(v) && !(v instanceof String) && !(v instanceof Boolean)) {
                        error(kp, kk, "expected text, found " + typeName(v));
                    }
                }
                case "kind", "type", "format" -> {
                    if (v instanceof String s) {
                        kind(s).ifPresentOrElse(b::kind, () -> error(kp, kk, "unknown talk kind '" + s
                                + "' (use talk, lightning, workshop, panel or keynote)"));
                    } else if (!isBlank(v)) {
                        error(kp, kk, "expected a talk kind, found " + typeName(v));
                    }
                }
                case "lightning" -> {
                    if (Boolean.TRUE.equals(v)) {
                        b.kind(TalkKind.LIGHTNING);
                    }
                }
                case "speaker", "speakers", "by", "presenter", "presenters", "author", "authors" ->
                        speakers(v, kp, kk).forEach(b::speaker);
                case "abstract", "description", "summary" -> {
                    if (v instanceof String s) {
                        b.description(s);
                    } else if (!isBlank(v)) {
                        error(kp, kk, "expected text, found " + typeName(v));
                    }
                }
                case "slides", "video", "recording", "code", "repo", "url", "link" -> link(v, kp, kk).ifPresent(b::link);
                case "links", "resources" -> {
                    if (v instanceof List<?> l) {
                        for (int i = 0; i < l.size(); i++) {
                            link(l.get(i), kp + "/" + i, kk + "[" + i + "]").ifPresent(b::link);
                        }
                    } else {
                        link(v, kp, kk).ifPresent(b::link);
                    }
                }
                case "start", "time" -> {
                    if (v instanceof String s && clock(s).isPresent()) {
                        start = clock(s).get();
                    } else if (!isBlank(v)) {
                        error(kp, kk, "cannot read '" + v + "' as a time of day");
                    }
                }
                case "duration", "length" -> duration(v, kp, kk).ifPresent(b::duration);
                default -> {
                    // other keys (level, room, ...) carry nothing the model holds
                }
            }
        }
        try {
            Talk t = b.build();
            if (!titled && t.speakers().isEmpty()) {
                return Optional.empty();
            }
            if (start != null) {
                out.talkStarts.put(t, start);
            }
            return Optional.of(t);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<TalkKind> kind(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("lightning") || t.equals("flash")) {
            return Optional.of(TalkKind.LIGHTNING);
        }
        for (TalkKind kind : TalkKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(kind);
            }
        }
        return switch (t) {
            case "tutorial", "hands-on", "lab" -> Optional.of(TalkKind.WORKSHOP);
            case "presentation", "session", "short talk", "short" -> Optional.of(TalkKind.TALK);
            default -> Optional.empty();
        };
    }

    private List<Speaker> speakers(Object v, String p, String k) {
        List<Speaker> out = new ArrayList<>();
        if (isBlank(v) || v instanceof Boolean) {
            return out;
        }
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        for (int i = 0; i < items.size(); i++) {
            String ip = v instanceof List ? p + "/" + i : p;
            String ik = v instanceof List ? k + "[" + i + "]" : k;
            speaker(items.get(i), ip, ik).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Speaker> speaker(Object v, String p, String k) {
        if (isBlank(v) || v instanceof Boolean) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            if (PLACEHOLDER.matcher(s).matches()) {
                return Optional.empty();
            }
            Optional<Object> data = lookup(List.of("speakers", "people", "authors", "members"), s.strip());
            if (data.isPresent() && data.get() instanceof Map<?, ?> m) {
                return speakerMap(m, p, k, s.strip());
            }
            return Optional.of(Speaker.of(s.strip()));
        }
        if (v instanceof Map<?, ?> m) {
            return speakerMap(m, p, k, null);
        }
        error(p, k, "expected a speaker name or a map (name, twitter, github, ...), found " + typeName(v));
        return Optional.empty();
    }

    private Optional<Speaker> speakerMap(Map<?, ?> m, String p, String k, String fallbackName) {
        Object nameValue = first(m, "name", "title", "full_name", "display_name");
        if (nameValue instanceof Map<?, ?> nested) {
            nameValue = first(nested, "name");
        }
        if (m.get("speaker") instanceof Map<?, ?> nested) {
            return speakerMap(nested, p + "/speaker", k + ".speaker", fallbackName);
        }
        String name = nameValue instanceof String s && !s.isBlank() ? s.strip() : fallbackName;
        if (name == null || PLACEHOLDER.matcher(name).matches()) {
            if (nameValue == null) {
                error(p, k, "a speaker needs a name");
            }
            return Optional.empty();
        }
        List<Link> links = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
            Object v = e.getValue();
            if (!(v instanceof String s) || s.isBlank()) {
                if (key.equals("links") && v instanceof List<?> l) {
                    for (int i = 0; i < l.size(); i++) {
                        link(l.get(i), p + "/links/" + i, k + ".links[" + i + "]").ifPresent(links::add);
                    }
                }
                continue;
            }
            String url = switch (key) {
                case "twitter", "x" -> profileUrl(s, "https://twitter.com/");
                case "github" -> profileUrl(s, "https://github.com/");
                case "linkedin" -> profileUrl(s, "https://www.linkedin.com/in/");
                case "mastodon" -> mastodon(s);
                case "website", "url", "homepage", "blog", "site" -> s.strip();
                default -> null;
            };
            if (url != null) {
                link(url, p + "/" + e.getKey(), k + "." + e.getKey()).ifPresent(links::add);
            }
        }
        Speaker sp = Speaker.of(name, links);
        if (m.get("bio") instanceof String bio && !bio.isBlank()) {
            sp = sp.withBio(bio);
        }
        Object image = first(m, "image", "avatar", "photo");
        if (image instanceof String img && !img.isBlank()) {
            try {
                sp = sp.withImage(Link.parseUri(img));
            } catch (IllegalArgumentException ignored) {
                error(p + "/image", k + ".image", "not a URL: '" + img + "'");
            }
        }
        return Optional.of(sp);
    }

    private static String profileUrl(String value, String base) {
        String v = value.strip();
        if (v.matches("(?i)^(https?:)?//.*") || v.contains(".com/")) {
            return v;
        }
        return base + v.replaceFirst("^@", "");
    }

    private static String mastodon(String value) {
        String v = value.strip();
        Matcher m = Pattern.compile("^@?([^@\\s]+)@([^@\\s]+)$").matcher(v);
        if (m.matches()) {
            return "https://" + m.group(2) + "/@" + m.group(1);
        }
        return v;
    }

    /**
     * A {@code speakers:} list beside a {@code talks:} list: one talk takes them all; as many speakers as
     * untitled-speaker talks pair up in order; anything else is reported rather than guessed.
     */
    private void pairSpeakers(Object v, String p, String k) {
        List<Speaker> speakers = speakers(v, p, k);
        List<Talk> talks = out.talks.value();
        if (speakers.isEmpty() || talks.stream().anyMatch(t -> !t.speakers().isEmpty())) {
            if (!speakers.isEmpty()) {
                warning(p, k, "ignored: the talks list already names its speakers");
            }
            return;
        }
        List<Talk> paired = new ArrayList<>();
        if (talks.size() == 1) {
            paired.add(talks.get(0).toBuilder().speakers(speakers).build());
        } else if (talks.size() == speakers.size()) {
            for (int i = 0; i < talks.size(); i++) {
                paired.add(talks.get(i).toBuilder().speaker(speakers.get(i)).build());
            }
        } else {
            warning(p, k, "ignored: " + speakers.size() + " speakers for " + talks.size()
                    + " talks cannot be paired; name the speakers under each talk");
            return;
        }
        for (int i = 0; i < talks.size(); i++) {
            Talk before = talks.get(i);
            if (out.talkStarts.containsKey(before)) {
                out.talkStarts.put(paired.get(i), out.talkStarts.remove(before));
            }
        }
        out.talks = new Stated<>(List.copyOf(paired), out.talks.line());
    }

    private void speakerOnlyTalks(Object v, String p, String k) {
        out.talksStated = true;
        if (isBlank(v) || v instanceof Boolean || v instanceof String s && PLACEHOLDER.matcher(s).matches()) {
            out.talks = stated(List.of(), p);
            return;
        }
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String ip = v instanceof List ? p + "/" + i : p;
            String ik = v instanceof List ? k + "[" + i + "]" : k;
            int line = input.positionOf(ip).line();
            // A speakers list whose items carry a talk title ({name, title}) is a list of talks.
            if (item instanceof Map<?, ?> m && (m.containsKey("talk") || m.containsKey("topic")
                    || m.containsKey("title") && (m.containsKey("name") || m.containsKey("speaker")))) {
                Object title = first(m, "talk", "topic", "title");
                Optional<Speaker> sp = m.containsKey("name") || m.get("speaker") != null
                        ? speaker(m.containsKey("speaker") ? m.get("speaker") : m, ip, ik) : Optional.empty();
                Talk.Builder b = Talk.builder().provenance(Provenance.frontMatter(line));
                if (title instanceof String t && !t.isBlank() && !PLACEHOLDER.matcher(t).matches()) {
                    b.title(t.strip());
                }
                sp.ifPresent(b::speaker);
                try {
                    talks.add(b.build());
                } catch (IllegalArgumentException ignored) {
                    // neither title nor speaker: a placeholder entry
                }
            } else {
                speaker(item, ip, ik).ifPresent(s -> talks.add(Talk.builder().speaker(s)
                        .provenance(Provenance.frontMatter(line)).build()));
            }
        }
        out.talks = stated(talks, p);
    }

    private Optional<Link> link(Object v, String p, String k) {
        if (isBlank(v)) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Link.parse(s));
            } catch (IllegalArgumentException e) {
                error(p, k, "not a URL: '" + s.strip() + "'");
                return Optional.empty();
            }
        }
        if (v instanceof Map<?, ?> m && first(m, "url", "href") instanceof String u) {
            Optional<Link> l = link(u, p, k);
            Object label = first(m, "label", "title", "name");
            return label instanceof String t && !t.isBlank() ? l.map(x -> x.withLabel(t)) : l;
        }
        error(p, k, "expected a URL, found " + typeName(v));
        return Optional.empty();
    }

    // ------------------------------------------------------------------ helpers

    private Optional<URI> uri(String s, String p, String k) {
        try {
            return Optional.of(Link.parseUri(s));
        } catch (IllegalArgumentException e) {
            error(p, k, "not a URL: '" + s.strip() + "'");
            return Optional.empty();
        }
    }

    /** A site data entry named {@code slug} in the first of {@code files} that has it. */
    private Optional<Object> lookup(List<String> files, String slug) {
        for (String f : files) {
            Object data = input.siteData().get(f);
            if (data instanceof Map<?, ?> m && m.containsKey(slug)) {
                return Optional.ofNullable(m.get(slug));
            }
            if (data instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Map<?, ?> m && (slug.equals(m.get("slug")) || slug.equals(m.get("id"))
                            || slug.equals(m.get("key")) || m.get("name") instanceof String n
                            && n.strip().equalsIgnoreCase(slug))) {
                        return Optional.of(o);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private <T> Stated<T> stated(T value, String pointer) {
        return new Stated<>(value, input.positionOf(pointer).line());
    }

    private void error(String pointer, String key, String message) {
        SourcePosition at = input.positionOf(pointer);
        diagnostics.add(Diagnostic.error(input.source(), at.line(), at.column(), key + ": " + message).withKey(key));
    }

    private void warning(String pointer, String key, String message) {
        SourcePosition at = input.positionOf(pointer);
        diagnostics.add(Diagnostic.warning(input.source(), at.line(), at.column(), key + ": " + message).withKey(key));
    }

    private static boolean isBlank(Object v) {
        return v == null || v instanceof String s && s.isBlank();
    }

    private static String typeName(Object v) {
        if (v instanceof Map) {
            return "a map";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Boolean) {
            return "true/false";
        }
        if (v instanceof Number) {
            return "a number";
        }
        return "text";
    }
}
