package io.meetkit.export.ical.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventStatus;
import io.meetkit.core.EventTime;
import io.meetkit.core.GeoPoint;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Plans and writes one calendar. Planning walks the posts once and keeps, per exported event, a reference to its
 * post and a few keys (start, UID, zones); the text itself is written straight to the {@link Writer}, event by
 * event, so the rendered feed is never held in memory.
 */
public final class CalendarWriter {

    /** Times in this "zone" are written in UTC with a {@code Z}. */
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final String FALLBACK_DOMAIN = "meetkit.invalid";

    private final Settings settings;

    public CalendarWriter(Settings settings) {
        this.settings = settings;
    }

    /** An event to write: the meetup itself, or one of its talks. */
    record Entry(Post post, Event event, Optional<Talk> talk, String uid, String parentUid,
                         Instant sortKey, ZoneId zone) {
    }

    /**
     * An event already written out as content lines, to be put in its place in the calendar: deflated UTF-8, since a
     * feed holds every event of the site until it is sorted.
     */
    record Rendered(Instant sortKey, String uid, byte[] deflated) {

        static Rendered of(Instant sortKey, String uid, String lines, Deflater deflater) {
            byte[] utf8 = lines.getBytes(StandardCharsets.UTF_8);
            deflater.reset();
            deflater.setInput(utf8);
            deflater.finish();
            byte[] buffer = new byte[utf8.length + 64];
            int n = 0;
            while (!deflater.finished()) {
                if (n == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                n += deflater.deflate(buffer, n, buffer.length - n);
            }
            return new Rendered(sortKey, uid, Arrays.copyOf(buffer, n));
        }

        String lines(Inflater inflater) {
            inflater.reset();
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[4096];
            try {
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new IllegalStateException("truncated event lines"); // cannot happen: we deflated them
                    }
                    out.write(buffer, 0, n);
                }
            } catch (DataFormatException e) {
                throw new IllegalStateException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** A dated event waiting to be written, and the post whose UID, URL and categories it takes. */
    private static final class Pending {
        final Post post;
        Event event;
        final int seen;
        String uid;

        Pending(Post post, Event event, int seen) {
            this.post = post;
            this.event = event;
            this.seen = seen;
        }
    }

    /**
     * The events left when those of one meetup are merged, in the order their first post was seen. Within a day the
     * earliest post (publication date, then source) is the one the others merge into, whatever the input order.
     */
    private static List<Pending> merged(Map<String, List<Pending>> byDay) {
        List<Pending> out = new ArrayList<>();
        Comparator<Pending> earliest = Comparator.comparing((Pending p) -> p.post.date()
                .map(d -> d.toInstant()).orElse(Instant.MAX)).thenComparing(p -> p.post.source());
        for (List<Pending> day : byDay.values()) {
            List<Pending> sorted = new ArrayList<>(day);
            sorted.sort(earliest);
            List<Pending> kept = new ArrayList<>();
            for (Pending p : sorted) {
                Optional<Pending> same = kept.stream().filter(k -> SameEvent.compatible(k.event, p.event)).findFirst();
                if (same.isPresent()) {
                    same.get().event = SameEvent.merge(same.get().event, p.event, p.post.source());
                } else {
                    kept.add(p);
                }
            }
            out.addAll(kept);
        }
        out.sort(Comparator.comparingInt(p -> p.seen));
        return out;
    }

    /** The post without what the calendar never writes (body, front matter, links), so many can wait in memory. */
    private static Post slim(Post post) {
        return post.toBuilder().body("").frontMatter(Map.of()).links(List.of()).build();
    }

    /** What planning found: the entries in output order, the zones they use, and what was skipped. */
    public record Plan(List<Rendered> entries, Map<String, Instant[]> zoneRanges, List<Diagnostic> diagnostics,
                       Optional<String> dominantZone, Optional<String> groupName) {

        public int size() {
            return entries.size();
        }
    }

    /** Walks the posts once, choosing UIDs, zones and order, and reporting posts that cannot be exported. */
    public Plan plan(Iterable<? extends Post> posts) {
        // Posts are held without their bodies, front matter and links until every post has been seen (a later recap
        // may join an earlier announcement's event), then rendered, and only the text is kept for sorting: holding
        // whole posts of a 100,000-post site did not fit a 128 MB heap.
        Instant stamp = settings.clock().instant();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        List<Rendered> entries = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Instant[]> ranges = new TreeMap<>();
        Set<String> uids = new HashSet<>();
        Map<String, Integer> zoneVotes = new HashMap<>();
        Map<String, Integer> groupVotes = new HashMap<>();
        Map<String, List<Pending>> pending = new java.util.LinkedHashMap<>();
        List<Pending> order = new ArrayList<>();
        for (Post post : posts) {
            if (post.event().isEmpty()) {
                diagnostics.add(Diagnostic.warning(post.source(), 1, 1,
                        "post has no event; it is not exported to iCalendar").withKey("event"));
                continue;
            }
            Event event = post.event().get();
            if (event.time().isEmpty()) {
                int line = event.provenanceOf(EventFact.DATE).map(Provenance::line)
                        .filter(l -> l.isPresent()).map(l -> l.getAsInt()).orElse(1);
                diagnostics.add(Diagnostic.warning(post.source(), line, 1,
                        "event '" + event.name() + "' has no date; it is not exported to iCalendar")
                        .withKey("event.start"));
                continue;
            }
            EventTime time = event.time().get();
            if (!yearInRange(time)) {
                diagnostics.add(Diagnostic.warning(post.source(), 1, 1,
                        "event '" + event.name() + "' is dated outside the years 1-9999 that iCalendar can hold")
                        .withKey("event.start"));
                continue;
            }
            // One meetup described by several posts (an announcement and its recap) is one VEVENT: see SameEvent.
            Pending p = new Pending(slim(post), event, order.size());
            pending.computeIfAbsent(SameEvent.key(event), k -> new ArrayList<>()).add(p);
            order.add(p);
        }
        order = merged(pending);
        for (Pending p : order) {
            String base = baseUid(p.post);
            p.uid = uniqueUid(base, p.post, uids);
            if (!p.uid.equals(base)) {
                diagnostics.add(Diagnostic.warning(p.post.source(), 1, 1, "another post has the UID " + base
                        + "; this event's UID is made unique from the post's source: " + p.uid).withKey("slug"));
            }
        }
        for (Pending p : order) {
            Post post = p.post;
            Event event = p.event;
            String uid = p.uid;
            EventTime time = event.time().orElseThrow();
            ZoneId zone = UTC;
            Instant sortKey;
            if (time instanceof EventTime.Timed timed) {
                // The end written may be the talks' or a default one: it too must be told apart in an overlap.
                zone = zoneOf(timed.start(), end(event, timed));
                sortKey = timed.start().toInstant();
                widen(ranges, zone, timed.start().toInstant());
                ZoneId written = zone;
                end(event, timed).ifPresent(e -> widen(ranges, written, e.toInstant()));
                if (zone != UTC) {
                    zoneVotes.merge(zone.getId(), 1, Integer::sum);
                }
            } else {
                sortKey = time.startDate().atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            entries.add(render(new Entry(post, event, Optional.empty(), uid, null, sortKey, zone), stamp, deflater));
            organizer(event).ifPresent(o -> groupVotes.merge(o.name(), 1, Integer::sum));
            if (settings.talkEvents()) {
                for (Talk talk : event.talks()) {
                    if (talk.start().filter(CalendarWriter::inRange).isEmpty()
                            || !talk.end().map(CalendarWriter::inRange).orElse(true)) {
                        continue;
                    }
                    ZonedDateTime start = talk.start().get();
                    String talkUid = uniqueUid(uid.substring(0, uid.indexOf('@')) + "-talk-"
                            + hash(talk.displayTitle() + "|" + start.toInstant()) + uid.substring(uid.indexOf('@')),
                            post, uids);
                    ZoneId talkZone = zoneOf(start, talk.end());
                    widen(ranges, talkZone, start.toInstant());
                    talk.end().ifPresent(e -> widen(ranges, talkZone, e.toInstant()));
                    entries.add(render(new Entry(post, event, Optional.of(talk), talkUid, uid, start.toInstant(),
                            talkZone), stamp, deflater));
                }
            }
        }
        deflater.end();
        entries.sort(Comparator.comparing(Rendered::sortKey).thenComparing(Rendered::uid));
        ranges.remove(UTC.getId());
        return new Plan(entries, ranges, diagnostics, mostCommon(zoneVotes), mostCommon(groupVotes));
    }

    private Rendered render(Entry entry, Instant stamp, Deflater deflater) {
        java.io.StringWriter text = new java.io.StringWriter(1024);
        ContentLines lines = new ContentLines(text);
        if (entry.talk().isPresent()) {
            writeTalk(lines, entry, stamp);
        } else {
            writeEvent(lines, entry, stamp);
        }
        return Rendered.of(entry.sortKey(), entry.uid(), text.toString(), deflater);
    }

    /** Writes the calendar of {@code plan}; a feed carries the calendar name, refresh and METHOD properties. */
    public void write(Plan plan, Writer writer, boolean feed) {
        ContentLines out = new ContentLines(writer);
        out.begin("VCALENDAR");
        out.property("VERSION", "2.0");
        out.text("PRODID", settings.productId());
        out.property("CALSCALE", "GREGORIAN");
        if (feed) {
            out.property("METHOD", "PUBLISH");
            String name = calendarName(plan);
            out.text("NAME", name);
            out.text("X-WR-CALNAME", name);
            settings.calendarDescription().ifPresent(d -> {
                out.text("DESCRIPTION", d);
                out.text("X-WR-CALDESC", d);
            });
            String ttl = settings.refreshInterval().toString();
            out.property("REFRESH-INTERVAL;VALUE=DURATION", ttl);
            out.property("X-PUBLISHED-TTL", ttl);
            // X-WR-TIMEZONE names a region; a bare offset ("+05:30") is no zone a client can look up.
            settings.timeZone().filter(z -> !(z instanceof ZoneOffset)).map(ZoneId::getId).or(plan::dominantZone)
                    .ifPresent(z -> out.text("X-WR-TIMEZONE", z));
        }
        for (Map.Entry<String, Instant[]> range : plan.zoneRanges().entrySet()) {
            TimeZoneComponent.write(out, ZoneId.of(range.getKey()), range.getValue()[0], range.getValue()[1]);
        }
        Inflater inflater = new Inflater();
        try {
            for (Rendered entry : plan.entries()) {
                out.raw(entry.lines(inflater));
            }
        } finally {
            inflater.end();
        }
        out.end("VCALENDAR");
    }

    private String calendarName(Plan plan) {
        return settings.calendarName()
                .or(() -> settings.organizer().map(Organizer::name))
                .or(plan::groupName)
                .orElseGet(() -> settings.uidDomain().orElse(FALLBACK_DOMAIN));
    }

    private void writeEvent(ContentLines out, Entry entry, Instant stamp) {
        Post post = entry.post();
        Event event = entry.event();
        out.begin("VEVENT");
        out.text("UID", entry.uid());
        out.property("DTSTAMP", IcsText.utc(stamp));
        EventTime time = event.time().orElseThrow();
        if (time instanceof EventTime.AllDay allDay) {
            out.property("DTSTART;VALUE=DATE", IcsText.date(allDay.first()));
            out.property("DTEND;VALUE=DATE", IcsText.date(allDay.last().plusDays(1)));
        } else if (time instanceof EventTime.Timed timed) {
            dateTime(out, "DTSTART", timed.start(), entry.zone());
            end(event, timed).ifPresent(e -> dateTime(out, "DTEND", e, entry.zone()));
        }
        out.text("SUMMARY", event.name());
        String description = description(post, event);
        if (!description.isEmpty()) {
            out.text("DESCRIPTION", description);
        }
        location(event).ifPresent(l -> out.text("LOCATION", l));
        event.venue().flatMap(Venue::geo).ifPresent(g -> out.property("GEO", geo(g)));
        if (settings.eventOptions().appleLocation()) {
            event.venue().ifPresent(v -> EventAdditions.appleLocation(out, v));
        }
        url(post, event).ifPresent(u -> out.property("URL", u));
        if (settings.eventOptions().attachments()) {
            EventAdditions.attachments(out, event.talks());
        }
        organizerLine(out, event, entry.uid());
        categories(post).ifPresent(c -> out.property("CATEGORIES", c));
        out.property("STATUS", status(event.status()));
        out.property("SEQUENCE", Integer.toString(sequence(post)));
        post.lastModified().ifPresent(m -> out.property("LAST-MODIFIED", IcsText.utc(m.toInstant())));
        settings.eventOptions().reminder().ifPresent(before -> EventAdditions.reminder(out, event, before));
        out.end("VEVENT");
    }

    private void writeTalk(ContentLines out, Entry entry, Instant stamp) {
        Post post = entry.post();
        Event event = entry.event();
        Talk talk = entry.talk().orElseThrow();
        out.begin("VEVENT");
        out.text("UID", entry.uid());
        out.property("DTSTAMP", IcsText.utc(stamp));
        dateTime(out, "DTSTART", talk.start().orElseThrow(), entry.zone());
        talk.end().ifPresent(e -> dateTime(out, "DTEND", e, entry.zone()));
        out.text("SUMMARY", talk.displayTitle());
        StringJoiner text = new StringJoiner("\n");
        if (!talk.speakers().isEmpty()) {
            text.add(speakers(talk));
        }
        talk.description().ifPresent(text::add);
        text.add(event.name());
        out.text("DESCRIPTION", text.toString());
        location(event).ifPresent(l -> out.text("LOCATION", l));
        event.venue().flatMap(Venue::geo).ifPresent(g -> out.property("GEO", geo(g)));
        if (settings.eventOptions().appleLocation()) {
            event.venue().ifPresent(v -> EventAdditions.appleLocation(out, v));
        }
        url(post, event).ifPresent(u -> out.property("URL", u));
        if (settings.eventOptions().attachments()) {
            EventAdditions.attachments(out, List.of(talk));
        }
        organizerLine(out, event, entry.uid());
        out.property("STATUS", status(event.status()));
        out.property("SEQUENCE", Integer.toString(sequence(post)));
        post.lastModified().ifPresent(m -> out.property("LAST-MODIFIED", IcsText.utc(m.toInstant())));
        out.text("RELATED-TO", entry.parentUid());
        out.end("VEVENT");
    }

    private static void dateTime(ContentLines out, String name, ZonedDateTime time, ZoneId zone) {
        if (zone == UTC) {
            out.property(name, IcsText.utc(time.toInstant()));
        } else {
            out.property(name + ";TZID=" + IcsText.parameter(zone.getId()),
                    IcsText.local(time.withZoneSameInstant(zone).toLocalDateTime()));
        }
    }

    /**
     * The zone to write a time in: its region; the configured zone when the time has only an offset that the zone
     * agrees with; else UTC. A local time that falls in an overlap at its later offset is written in UTC too,
     * because a reader takes the earlier one.
     */
    private ZoneId zoneOf(ZonedDateTime start, Optional<ZonedDateTime> end) {
        ZoneId zone = start.getZone();
        if (zone instanceof ZoneOffset offset) {
            zone = settings.timeZone().filter(z -> z.getRules().getOffset(start.toInstant()).equals(offset))
                    .orElse(UTC);
        } else if (zone.normalized().equals(ZoneOffset.UTC)) {
            zone = UTC;
        }
        if (zone == UTC) {
            return UTC;
        }
        if (laterOfOverlap(start, zone) || end.isPresent() && laterOfOverlap(end.get(), zone)) {
            return UTC;
        }
        return zone;
    }

    private static boolean laterOfOverlap(ZonedDateTime time, ZoneId zone) {
        ZonedDateTime inZone = time.withZoneSameInstant(zone);
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(inZone.toLocalDateTime().withNano(0));
        return valid.size() > 1 && !valid.get(0).equals(inZone.getOffset());
    }

    private static void widen(Map<String, Instant[]> ranges, ZoneId zone, Instant at) {
        Instant[] range = ranges.computeIfAbsent(zone.getId(), k -> new Instant[] {at, at});
        if (at.isBefore(range[0])) {
            range[0] = at;
        }
        if (at.isAfter(range[1])) {
            range[1] = at;
        }
    }

    private static boolean yearInRange(EventTime time) {
        if (time instanceof EventTime.AllDay allDay) {
            return allDay.first().getYear() >= 1 && allDay.last().getYear() < 9999;
        }
        EventTime.Timed timed = (EventTime.Timed) time;
        return inRange(timed.start()) && timed.end().map(CalendarWriter::inRange).orElse(true);
    }

    private static boolean inRange(ZonedDateTime t) {
        int year = t.withZoneSameInstant(ZoneOffset.UTC).getYear();
        return year >= 2 && year <= 9998; // a day's margin for zones on either side of UTC
    }

    /**
     * The event's end: as stated, else the end of its last talk, else its start plus the default duration when one
     * is set; none otherwise (a start-only event).
     */
    private Optional<ZonedDateTime> end(Event event, EventTime.Timed timed) {
        return timed.end().or(() -> endOfTalks(event, timed.start()))
                .or(() -> settings.eventOptions().defaultDuration().map(timed.start()::plus));
    }

    /** The end of the last talk, when the post gives no end but its talks have times. */
    private static Optional<ZonedDateTime> endOfTalks(Event event, ZonedDateTime start) {
        return event.talks().stream().map(Talk::end).flatMap(Optional::stream)
                .filter(e -> e.isAfter(start)).max(Comparator.naturalOrder())
                .map(e -> e.withZoneSameInstant(start.getZone()));
    }

    /**
     * A UID that stays the same while the post changes: the post's publication date and slug at the site's
     * domain, so that rescheduling an event updates it in calendars instead of adding another.
     */
    private String baseUid(Post post) {
        String slug = post.slug().toLowerCase(Locale.ROOT);
        StringBuilder local = new StringBuilder();
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            boolean safe = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
            if (safe) {
                local.append(c);
            } else if (local.length() > 0 && local.charAt(local.length() - 1) != '-') {
                local.append('-');
            }
        }
        String ascii = local.toString().replaceAll("^[-.]+|[-.]+$", "");
        if (!ascii.equals(slug)) {
            // Non-ASCII or punctuated slugs keep a readable part and a hash, so that two of them never meet.
            ascii = (ascii.isEmpty() ? "" : ascii + "-") + hash(post.slug());
        }
        String prefix = post.date().map(d -> IcsText.date(d.toLocalDate()) + "-").orElse("");
        return prefix + ascii + "@" + domain(post);
    }

    /** {@code uid}, or when it is taken, one told apart by the post's source, never by its position. */
    private static String uniqueUid(String uid, Post post, Set<String> taken) {
        if (taken.add(uid)) {
            return uid;
        }
        int at = uid.indexOf('@');
        String base = uid.substring(0, at) + "-" + hash(post.source());
        String domain = uid.substring(at);
        String unique = base + domain;
        for (int n = 2; !taken.add(unique); n++) {
            unique = base + "-" + n + domain;
        }
        return unique;
    }

    private String domain(Post post) {
        return settings.uidDomain()
                .or(() -> post.url().map(URI::getHost))
                .map(h -> h.toLowerCase(Locale.ROOT))
                .orElse(FALLBACK_DOMAIN);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                sb.append(Character.forDigit(digest[i] >> 4 & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private Optional<Organizer> organizer(Event event) {
        return event.organizer().or(settings::organizer);
    }

    /** ORGANIZER with a quoted CN, which RFC 5546 requires on every published event. */
    private void organizerLine(ContentLines out, Event event, String uid) {
        Optional<Organizer> organizer = organizer(event);
        String domain = uid.substring(uid.indexOf('@') + 1);
        String name = organizer.map(Organizer::name).or(settings::calendarName).orElse(domain);
        String address = organizer.flatMap(Organizer::url).filter(CalendarWriter::absolute)
                .map(URI::toASCIIString).orElse("https://" + domain + "/");
        out.property("ORGANIZER;CN=" + IcsText.quotedParameter(name), address);
    }

    /** Plain text: the summary, the talks with their speakers, where to join online, then the post's URL. */
    private static String description(Post post, Event event) {
        List<String> parts = new ArrayList<>();
        event.description().or(post::description).ifPresent(parts::add);
        if (!event.talks().isEmpty()) {
            StringJoiner talks = new StringJoiner("\n");
            for (Talk talk : event.talks()) {
                String line = "- " + talk.title().orElse(speakers(talk));
                if (talk.title().isPresent() && !talk.speakers().isEmpty()) {
                    line += " (" + speakers(talk) + ")";
                }
                talks.add(line);
            }
            parts.add(talks.toString());
        }
        event.onlineUrl().filter(CalendarWriter::absolute).ifPresent(u -> parts.add("Online: " + u.toASCIIString()));
        post.url().filter(CalendarWriter::absolute).ifPresent(u -> parts.add(u.toASCIIString()));
        return String.join("\n\n", parts);
    }

    private static String speakers(Talk talk) {
        return String.join(", ", talk.speakers().stream().map(Speaker::name).toList());
    }

    private static Optional<String> location(Event event) {
        return event.venue().map(Venue::displayText)
                .or(() -> event.onlineUrl().filter(CalendarWriter::absolute).map(URI::toASCIIString));
    }

    private static Optional<String> url(Post post, Event event) {
        return event.url().filter(CalendarWriter::absolute).or(() -> post.url().filter(CalendarWriter::absolute))
                .map(URI::toASCIIString);
    }

    private static boolean absolute(URI uri) {
        return uri.isAbsolute() && !uri.isOpaque() || "mailto".equalsIgnoreCase(uri.getScheme());
    }

    /** Categories then tags, without repeats, each escaped and joined by commas. */
    private static Optional<String> categories(Post post) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> list : List.of(post.categories(), post.tags())) {
            for (String s : list) {
                if (!s.isBlank()) {
                    all.add(s.strip());
                }
            }
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner joined = new StringJoiner(",");
        all.forEach(s -> joined.add(IcsText.text(s)));
        return Optional.of(joined.toString());
    }

    private static String geo(GeoPoint geo) {
        return decimal(geo.latitude()) + ";" + decimal(geo.longitude());
    }

    private static String decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "TENTATIVE";
            case SCHEDULED, RESCHEDULED, MOVED_ONLINE -> "CONFIRMED";
        };
    }

    /**
     * Whole minutes from publication to the last modification: it grows each time the post is changed, and is 0
     * for a post never changed, without any state kept between runs.
     */
    private static int sequence(Post post) {
        if (post.date().isEmpty() || post.lastModified().isEmpty()) {
            return 0;
        }
        long minutes = Duration.between(post.date().get(), post.lastModified().get()).toMinutes();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, minutes));
    }

    private static Optional<String> mostCommon(Map<String, Integer> votes) {
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }
}
