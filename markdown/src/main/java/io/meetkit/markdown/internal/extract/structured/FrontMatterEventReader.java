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
import io.meetkit.markdown.internal.extract.SiteCollections;
import io.meetkit.markdown.internal.extract.SourcePosition;
import io.meetkit.markdown.internal.extract.prose.CharSplit;
import io.meetkit.markdown.internal.extract.prose.DateFinder;
import io.meetkit.markdown.internal.extract.prose.Trim;
import io.meetkit.markdown.internal.extract.prose.WordBoundary;
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
 * meetkit's own schema, and the shapes real sites already use, found through the one {@link KeyVocabulary} table at
 * the top level, in Hugo's {@code params} and Zola's {@code extra}. A value of a shape it cannot read is the site's
 * own vocabulary: a positioned warning says what was ignored and the rest is read. Only a date or time that cannot
 * exist, a year outside the plausible ones or an unknown zone is an error. Nothing is dropped silently.
 */
public final class FrontMatterEventReader {

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^\\s*(tbd|tba|tbc|to be (announced|decided|"
            + "confirmed)|n/?a|none|-|\\?|you\\??|false|no)\\s*$");
    static final Pattern CLOCK = Pattern.compile(
            "(?i)^\\s*+(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s*+([ap]\\.?m\\.?)?\\s*+$");
    private static final Pattern EVENT_STATUS = Pattern.compile(
            "(?i)^\\s*(scheduled|cancell?ed|postponed|rescheduled|moved[-_ ]online)\\s*$");
    static final Pattern HUMAN_DURATION = Pattern.compile(
            "(?i)^\\s*+(?:(\\d+(?:\\.\\d+)?)\\s*+(?:h|hr|hrs|hours?))?\\s*+(?:(\\d+)\\s*+(?:m|min|mins|minutes?))?\\s*+$");

    /** Agenda items that are not talks: breaks, food, socials, arrivals and farewells. */
    private static final Pattern NOT_A_TALK = Pattern.compile("(?i)^\\s*(?:(?:coffee |lunch |short )?break|social"
            + "(?: gathering| time)?|networking|mingl(?:e|ing)|food|pizza|drinks|dinner|lunch|snacks|refreshments"
            + "|nomikai|konshinkai|party|after[- ]?party|pub|doors(?: open)?|arrival|registration|check[- ]?in"
            + "|welcome|intro(?:duction)?|opening|closing|wrap[- ]?up|announcements|q ?& ?a|hangout)\\s*$");
    /** Titles that name a pause in the evening even without a type; "Opening" or "Q&A" may be a talk's. */
    private static final Pattern PAUSE = Pattern.compile("(?i)^\\s*(?:(?:coffee |lunch |short )?break|social"
            + "(?: gathering| time)?|networking|food|pizza|drinks|dinner|lunch|snacks|refreshments|doors(?: open)?"
            + "|registration)\\s*$");
    /** A venue that is no place: the event is online. */
    private static final Pattern ONLINE_PLACE = Pattern.compile("(?i)^\\s*(?:online|remote|virtual|zoom|on ?line"
            + "|internet)(?: (?:meeting|meetup|event|only|session))?\\s*$");
    static final Pattern CLOCK_IN_TEXT = Pattern.compile(
            "(?i)(?<![\\d:.])(\\d{1,2}(?:[:.]\\d{2})?\\s*+[ap]\\.?m\\.?|\\d{1,2}:\\d{2})(?![\\d:])");
    private static final Pattern RESOURCE_KEY = Pattern.compile("(?i)(slides|deck|video|recording|material|repo"
            + "|code|notebook)");
    private static final Pattern DATE_SHAPE = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]|$)");
    static final Pattern TIME_SHAPE = Pattern.compile("(?:^|[ T])(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*+(?:[ap]\\.?m\\.?)?\\s*+$",
            Pattern.CASE_INSENSITIVE);
    // Compiled once here rather than by String.matches or replaceAll on every value.
    private static final Pattern DATED_SLUG = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}-.*");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(https?:)?//.*|www\\..*");
    static final Pattern DATE_TIME_WITH_OFFSET = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*+([+-]\\d{2}:?\\d{2}|Z)");
    private static final Pattern DATE_THEN_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T].*");
    private static final Pattern TRAILING_OFFSET = Pattern.compile("([+-]\\d{2}:?\\d{2}|Z)$");
    private static final Pattern DECIMAL_HOURS = Pattern.compile("\\d{1,2}[.,]\\d{1,2}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d),(\\d)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SMALL_COUNT = Pattern.compile("\\d{1,6}");
    private static final Pattern LEADING_DIGIT = Pattern.compile("\\d.*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern PROFILE_URL = Pattern.compile("(?i)(https?:)?//.*");
    /** Characters that show nothing (a word joiner pasted before a name). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\u2060\\ufeff]");
    private static final Pattern PROFILE_SUFFIX = Pattern.compile("_(?:username|handle|url|link)$");
    /** Keys holding a person's list of profile links ({@code [[social]]} tables of label and url). */
    private static final java.util.Set<String> PROFILE_LISTS = java.util.Set.of("links", "social", "socials",
            "profiles");
    private static final Pattern MASTODON_HANDLE = Pattern.compile("@?([^@\\s]+)@([^@\\s]+)");

    private final ExtractionInput input;
    private final List<Diagnostic> diagnostics;
    private final StructuredEvent out = new StructuredEvent();
    /** Whether a speakers key was read: one is enough, the others name the same people. */
    private boolean speakersRead;
    /** The files of the site's collections joined in so far, in the order they were used. */
    private final List<String> joined = new ArrayList<>();

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
        } else if (event instanceof String s && DATE_SHAPE.matcher(s).find()
                && !DATED_SLUG.matcher(s.strip()).matches()) {
            readDateTime(s, "/event", "event");
        } else if (event != null && !isBlank(event)) {
            // A slug of another file or a line of text: the site's own use of the key, not a broken post.
            warning("/event", "event", "expected a map of event keys (date, start, venue, ...), found "
                    + typeName(event) + "; ignored");
        }
        // Shapes real sites use, at the top level and in Hugo's params or Zola's extra; the event map wins where
        // both are given, the top level over params and extra.
        // A key the site's owner declared to hold the start is read before any other.
        input.conventions().startKey().flatMap(k -> KeyVocabulary.find(fm, KeyVocabulary.normal(k)))
                .ifPresent(k -> readTimeValue(fm.get(k), "/" + k, k, true));
        readScope(fm, "");
        for (String nested : List.of("params", "extra")) {
            if (fm.get(nested) instanceof Map<?, ?> m) {
                readScope(m, "/" + nested);
            }
        }
        if (out.zone == null && out.any()) {
            calendarLinkZone(fm);
        }
    }

    /**
     * The zone of an "add to Google Calendar" link among the top-level values ({@code
     * https://www.google.com/calendar/event?action=TEMPLATE&location=…&ctz=…}), for an event whose keys name no zone:
     * the link's {@code ctz}, else a place its {@code location} names ("Katch Astoria - 31-19 Newtown Ave - Queens,
     * NY, us"), as the prose readers look places up.
     */
    private void calendarLinkZone(Map<String, Object> fm) {
        for (Map.Entry<String, Object> e : fm.entrySet()) {
            if (!(e.getValue() instanceof String link) || link.length() > 8_192) {
                continue;
            }
            Map<String, String> query = CalendarLinks.templateQuery(link.strip());
            if (query.isEmpty()) {
                continue;
            }
            Optional<ZoneId> zone = Optional.ofNullable(query.get("ctz")).flatMap(CalendarLinks::zone);
            String detail = "the time zone of the calendar link";
            String place = query.get("location");
            if (zone.isEmpty() && place != null) {
                zone = io.meetkit.markdown.internal.extract.prose.Zones.zonePlaceIn(place)
                        .flatMap(io.meetkit.markdown.internal.extract.prose.Zones::of);
                detail = "the place the calendar link names";
            }
            if (zone.isPresent()) {
                int line = input.positionOf("/" + e.getKey()).line();
                out.zone = new Stated<>(zone.get(), line, Provenance.frontMatter(line).withDetail(detail));
                return;
            }
        }
    }

    /** Reads the facts of one map of front-matter keys through the {@link KeyVocabulary} table. */
    private void readScope(Map<?, ?> scope, String base) {
        String venueKey = null;
        Map<String, String> keys = KeyVocabulary.index(scope);
        for (Map.Entry<KeyVocabulary.Fact, List<String>> fact : KeyVocabulary.topLevel().entrySet()) {
            for (String wanted : fact.getValue()) {
                Optional<String> key = Optional.ofNullable(keys.get(wanted));
                if (key.isEmpty() || isSet(fact.getKey())) {
                    continue;
                }
                String k = base.isEmpty() ? key.get() : base.substring(1) + "." + key.get();
                if (fact.getKey() == KeyVocabulary.Fact.VENUE && !isBlank(scope.get(key.get()))) {
                    venueKey = key.get();
                }
                readFact(fact.getKey(), scope.get(key.get()), base + "/" + key.get(), k, true);
                if (fact.getKey() == KeyVocabulary.Fact.SPEAKERS) {
                    break;
                }
            }
        }
        composeVenue(scope, base, venueKey);
    }

    private boolean isSet(KeyVocabulary.Fact fact) {
        return switch (fact) {
            case NAME -> out.name != null;
            case DATE -> out.date != null;
            case START -> out.start != null;
            case END -> out.end != null;
            case DURATION -> out.duration != null;
            case ZONE -> out.zone != null;
            case VENUE -> out.venue != null || out.online != null;
            case VENUE_NAME, VENUE_STREET, VENUE_CITY -> true; // read together by composeVenue
            case ONLINE -> out.onlineUrl != null;
            case URL -> out.url != null;
            case STATUS -> out.status != null;
            case ATTENDANCE -> out.attendance != null;
            case TALKS -> out.talks != null;
            case SPEAKERS -> speakersRead;
        };
    }

    /** Reads one value as the fact its key states; {@code top} for keys outside the {@code event:} map. */
    private void readFact(KeyVocabulary.Fact fact, Object v, String p, String k, boolean top) {
        switch (fact) {
            case NAME -> {
                if (v instanceof String s && !s.isBlank()) {
                    out.name = stated(s.strip(), p);
                } else if (!isBlank(v)) {
                    warning(p, k, "expected text, found " + typeName(v));
                }
            }
            case DATE -> readDateTime(v, p, k);
            case START -> readTimeValue(v, p, k, true);
            case END -> readTimeValue(v, p, k, false);
            case DURATION -> duration(v, p, k).ifPresent(d -> out.duration = stated(d, p));
            case ZONE -> zone(v, p, k).ifPresent(z -> out.zone = stated(z, p));
            case VENUE -> {
                int mark = joined.size();
                venue(v, p, k).ifPresent(x -> out.venue = joinedDetail(stated(x, p), mark));
            }
            case VENUE_NAME, VENUE_STREET, VENUE_CITY -> {
                // read together with the venue by composeVenue
            }
            case ONLINE -> {
                if (v instanceof String s && !s.isBlank()) {
                    uri(s, p, k).ifPresent(u -> out.onlineUrl = stated(u, p));
                } else if (Boolean.TRUE.equals(v)) {
                    out.online = stated(true, p);
                } else if (!isBlank(v) && !(v instanceof Boolean)) {
                    warning(p, k, "expected a URL, found " + typeName(v));
                }
            }
            case URL -> {
                if (v instanceof String s && !s.isBlank()) {
                    // At the top level "link" or "meetup" may be a path or a word; only a web address is the event's.
                    if (!top || WEB_ADDRESS.matcher(s.strip()).matches()) {
                        uri(s, p, k).ifPresent(u -> out.url = stated(u, p));
                    }
                } else if (!isBlank(v) && !(top && v instanceof Boolean)) {
                    warning(p, k, "expected a URL, found " + typeName(v));
                }
            }
            case STATUS -> {
                // A top-level "status" is often the publication status (Pelican's draft/published): only an event
                // status word counts there.
                if (v instanceof String s && (!top || EVENT_STATUS.matcher(s).matches())) {
                    status(s, p, k).ifPresent(st -> out.status = stated(st, p));
                } else if (!top && !isBlank(v)) {
                    warning(p, k, "expected one of scheduled, cancelled, postponed, rescheduled, moved-online");
                }
            }
            case ATTENDANCE -> count(v, p, k).ifPresent(n -> out.attendance = listed(n, v, p));
            case TALKS -> talks(v, p, k);
            case SPEAKERS -> {
                speakersRead = true;
                if (out.talks == null) {
                    speakerOnlyTalks(v, p, k);
                } else {
                    pairSpeakers(v, p, k);
                }
            }
        }
    }

    /**
     * A venue given in parts ({@code venue_name} + {@code venue_city}, {@code host} + {@code host_address}): the
     * parts make the venue when no other key gave one, and fill in what a venue named elsewhere leaves out.
     */
    private void composeVenue(Map<?, ?> scope, String base, String venueKey) {
        Optional<String[]> name = part(scope, KeyVocabulary.Fact.VENUE_NAME, base, venueKey);
        Optional<String[]> street = part(scope, KeyVocabulary.Fact.VENUE_STREET, base, venueKey);
        Optional<String[]> city = part(scope, KeyVocabulary.Fact.VENUE_CITY, base, venueKey);
        if (out.venue == null && name.isPresent()) {
            Venue.Builder b = Venue.builder().name(name.get()[0]);
            street.ifPresent(x -> b.streetAddress(x[0]));
            city.ifPresent(x -> b.locality(x[0]));
            out.venue = stated(b.build(), name.get()[1]);
        } else if (out.venue != null) {
            Venue v = out.venue.value();
            Venue.Builder b = v.toBuilder();
            if (v.name().isEmpty() && name.isPresent()) {
                b.name(name.get()[0]);
            }
            if (v.streetAddress().isEmpty() && street.isPresent()) {
                b.streetAddress(street.get()[0]);
            }
            if (v.locality().isEmpty() && city.isPresent()) {
                b.locality(city.get()[0]);
            }
            out.venue = new Stated<>(b.build(), out.venue.line(), out.venue.provenance());
        }
    }

    /** The text and pointer of the first key of {@code scope} giving {@code fact}, other than {@code venueKey}. */
    private Optional<String[]> part(Map<?, ?> scope, KeyVocabulary.Fact fact, String base, String venueKey) {
        for (String wanted : KeyVocabulary.topLevel().get(fact)) {
            Optional<String> key = KeyVocabulary.find(scope, wanted).filter(x -> !x.equals(venueKey));
            if (key.isPresent() && scope.get(key.get()) instanceof String s && !s.isBlank()
                    && !PLACEHOLDER.matcher(s).matches()) {
                return Optional.of(new String[] {s.strip(), base + "/" + key.get()});
            }
            if (key.isPresent() && !isBlank(scope.get(key.get())) && !(scope.get(key.get()) instanceof String)) {
                String k = base.isEmpty() ? key.get() : base.substring(1) + "." + key.get();
                warning(base + "/" + key.get(), k, "expected text, found " + typeName(scope.get(key.get()))
                        + "; ignored");
            }
        }
        return Optional.empty();
    }

    private void readEventMap(Map<?, ?> map, String base) {
        String venueKey = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            String p = base + "/" + e.getKey();
            String k = "event." + e.getKey();
            Optional<KeyVocabulary.Fact> fact = KeyVocabulary.inEventMap(String.valueOf(e.getKey()));
            if (fact.isEmpty()) {
                warning(p, k, "unknown event key '" + e.getKey() + "' ignored");
                continue;
            }
            if (fact.get() == KeyVocabulary.Fact.VENUE) {
                venueKey = String.valueOf(e.getKey());
            }
            readFact(fact.get(), v, p, k, false);
        }
        composeVenue(map, base, venueKey);
    }

    // ------------------------------------------------------------------ date and time

    private void readDateTime(Object v, String p, String k) {
        if (isBlank(v) || v instanceof String s && PLACEHOLDER.matcher(s).matches()) {
            return;
        }
        if (!(v instanceof String s)) {
            warning(p, k, "expected a date like 2024-06-18, found " + typeName(v));
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
        Matcher withOffset = DATE_TIME_WITH_OFFSET.matcher(t);
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
        if (!impossible(t) && readWhen(t, p)) {
            return;
        }
        unreadable(p, k, t, "as a date (use YYYY-MM-DD, optionally with a time)");
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
        if (isBlank(v) || v instanceof String s && PLACEHOLDER.matcher(s).matches()) {
            return;
        }
        if (!(v instanceof String s)) {
            warning(p, k, "expected a time like \"18:30\" (quoted), found " + typeName(v));
            return;
        }
        String t = s.strip();
        if (DATE_THEN_TIME.matcher(t).matches()) {
            if (start) {
                readDateTime(t, p, k);
            } else {
                try {
                    LocalDateTime dt = LocalDateTime.parse(TRAILING_OFFSET.matcher(t.replace(' ', 'T'))
                            .replaceAll(""));
                    out.end = stated(dt.toLocalTime(), p);
                } catch (DateTimeParseException e) {
                    unreadable(p, k, t, "as a date and time");
                }
            }
            return;
        }
        String[] range = start ? range(t) : null;
        if (range != null && clock(range[1]).isPresent()) {
            Optional<LocalTime> e = clock(range[1]);
            Optional<LocalTime> b = clock(range[0]);
            if (b.isPresent() && endsInDigit(range[0]) && range[1].toLowerCase(Locale.ROOT)
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
        if (c.isEmpty() && start && !impossible(t) && readWhen(t, p)) {
            return;
        }
        if (c.isEmpty()) {
            unreadable(p, k, t, "as a time of day (use \"18:30\" or \"6:30 PM\")");
        } else if (start) {
            out.start = stated(c.get(), p);
        } else {
            out.end = stated(c.get(), p);
        }
    }

    /**
     * A day and time written as words ({@code when: Tuesday 31st January, 6.30pm}): the day as the prose reader
     * reads it (the year from the post's date when the text has none), and a clock time with am/pm or a colon.
     * Whether anything was read.
     */
    private boolean readWhen(String text, String p) {
        Optional<LocalDate> day = DateFinder.find(text, input.postDate().map(ZonedDateTime::toLocalDate));
        Matcher m = CLOCK_IN_TEXT.matcher(text);
        Optional<LocalTime> time = m.find() ? clock(m.group(1)) : Optional.empty();
        if (day.isEmpty() && time.isEmpty()) {
            return false;
        }
        day.filter(d -> out.date == null).ifPresent(d -> out.date = stated(d, p).withDetail("read from '"
                + text.strip() + "'"));
        time.filter(x -> out.start == null).ifPresent(x -> out.start = stated(x, p));
        return true;
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
            warning(p, k, "a duration of '" + v + "' is longer than " + LONGEST.toDays() + " days; left out");
            return Optional.empty();
        }
        if (d.isEmpty()) {
            warning(p, k, "cannot read '" + v + "' as a duration (use minutes, \"1h30m\" or \"PT90M\")");
        }
        return d;
    }

    private static Optional<Duration> readDuration(Object v) {
        long tooLong = LONGEST.toMinutes() + 1;
        // A whole number is minutes (talks: 30, 45); a fraction is hours (3.5, or 3,5 with a decimal comma).
        String fraction = v instanceof Number n && n.doubleValue() != Math.rint(n.doubleValue()) ? String.valueOf(n)
                : v instanceof String s && DECIMAL_HOURS.matcher(s.strip()).matches() ? s.strip() : null;
        if (fraction != null) {
            double hours = Double.parseDouble(fraction.replace(',', '.'));
            if (hours > 0 && !Double.isInfinite(hours)) {
                return Optional.of(Duration.ofMinutes(Math.round(Math.min(hours * 60, tooLong))));
            }
        }
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
            Matcher m = HUMAN_DURATION.matcher(DECIMAL_COMMA.matcher(t).replaceAll("$1.$2"));
            if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
                double minutes = (m.group(1) == null ? 0 : Double.parseDouble(m.group(1))) * 60
                        + (m.group(2) == null ? 0 : Double.parseDouble(m.group(2)));
                if (minutes > 0) {
                    return Optional.of(Duration.ofMinutes(Math.round(Math.min(minutes, tooLong))));
                }
            }
            if (DIGITS.matcher(t).matches()) {
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
        warning(p, k, "expected a time zone id, found " + typeName(v));
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
            warning(p, k, "unknown status '" + s.strip() + "' (use scheduled, cancelled, postponed, rescheduled or "
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
        if (v instanceof String s && SMALL_COUNT.matcher(s.strip()).matches()) {
            return Optional.of(Integer.parseInt(s.strip()));
        }
        if (v instanceof List<?> people && k.endsWith("attendees")) {
            return Optional.of((int) people.stream().filter(x -> !isBlank(x)).distinct().count());
        }
        warning(p, k, "expected a number of people, found " + typeName(v) + " '" + v + "'");
        return Optional.empty();
    }

    // ------------------------------------------------------------------ venue

    private Optional<Venue> venue(Object v, String p, String k) {
        if (isBlank(v)) {
            return Optional.empty();
        }
        if (v instanceof String s && ONLINE_PLACE.matcher(s).matches()) {
            out.online = stated(true, p);
            return Optional.empty();
        }
        if (v instanceof String s && PLACEHOLDER.matcher(s).matches()) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            Optional<Object> data = lookup(List.of("locations", "venues", "places"), s.strip())
                    .or(() -> collection(SiteCollections.Kind.PLACES, s.strip()));
            if (data.isPresent() && data.get() instanceof Map<?, ?> m) {
                return venueMap(m, p, k, true);
            }
            String[] parts = commaParts(s.strip());
            if (parts.length == 0) {
                // Only commas: no name and no address (this once failed the whole post with an internal error).
                warning(p, k, "expected a venue name or address, found '" + s.strip() + "'; ignored");
                return Optional.empty();
            }
            if (LEADING_DIGIT.matcher(parts[0]).matches()) {
                // "207 West Jackson Avenue, Knoxville, TN": an address whose place has no name here.
                Venue.Builder b = Venue.builder().streetAddress(WHITE_SPACE.matcher(s.strip()).replaceAll(" "));
                io.meetkit.markdown.internal.extract.prose.Zones.placeIn(parts[parts.length - 1]).ifPresent(b::locality);
                return Optional.of(b.build());
            }
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
        warning(p, k, "expected a venue name, a map (name, address, city, country, geo, url) or a slug of "
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
                    warning(fromData ? p : kp, kk, "expected text, found " + typeName(v));
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
            warning(p, k, "a venue needs a name, an address or a city");
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
            warning(p, k, "cannot read coordinates: " + e.getMessage());
            return Optional.empty();
        }
        warning(p, k, "expected coordinates as {lat, lon}, [lat, lon] or \"lat, lon\"");
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
        int mark = joined.size();
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
            warning(p, k, "expected a list of talks, found " + typeName(v));
            return;
        }
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            boolean list = v instanceof List;
            talk(items.get(i), list ? p + "/" + i : p, list ? k + "[" + i + "]" : k).ifPresent(talks::add);
        }
        out.talks = joinedDetail(stated(talks, p), mark);
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
            int mark = joined.size();
            Optional<Object> data = lookup(List.of("talks", "sessions"), s.strip())
                    .or(() -> collection(SiteCollections.Kind.TALKS, s.strip()));
            if (data.isPresent() && data.get() instanceof Map<?, ?> m) {
                return talkMap(m, p, k, line).map(t -> joinedDetail(t, mark));
            }
            return Optional.of(Talk.builder(s.strip()).provenance(Provenance.frontMatter(line)).build());
        }
        if (item instanceof Map<?, ?> m) {
            return talkMap(m, p, k, line);
        }
        warning(p, k, "expected a talk title or a map (title, speakers, ...), found " + typeName(item));
        return Optional.empty();
    }

    private Optional<Talk> talkMap(Map<?, ?> m, String p, String k, int line) {
        // An agenda item that is a break, a social or the doors opening is part of the evening, not a talk.
        Object type = first(m, "type", "kind", "format");
        Object title = first(m, "title", "name", "topic");
        if (type instanceof String t && NOT_A_TALK.matcher(t).matches()
                || title instanceof String named && PAUSE.matcher(named).matches()
                && first(m, "speaker", "speakers", "by", "presenter", "presenters") == null) {
            return Optional.empty();
        }
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
                        warning(kp, kk, "expected text, found " + typeName(v));
                    }
                }
                case "kind", "type", "format" -> {
                    if (v instanceof String s) {
                        kind(s).ifPresentOrElse(b::kind, () -> warning(kp, kk, "unknown talk kind '" + s
                                + "' read as a talk (use talk, lightning, workshop, panel or keynote)"));
                    } else if (!isBlank(v)) {
                        warning(kp, kk, "expected a talk kind, found " + typeName(v));
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
                        warning(kp, kk, "expected text, found " + typeName(v));
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
                        unreadable(kp, kk, String.valueOf(v), "as a time of day");
                    }
                }
                case "duration", "length" -> duration(v, kp, kk).ifPresent(b::duration);
                default -> {
                    // A site's own names for a talk's resources (remoteslides, slides_url, video_link); other keys
                    // (level, room, local paths) carry nothing the model holds.
                    if (RESOURCE_KEY.matcher(key).find() && v instanceof String s && HTTP_URL.matcher(s.strip()).matches()) {
                        link(s, kp, kk).ifPresent(b::link);
                    }
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
            out.addAll(people(items.get(i), ip, ik));
        }
        return out;
    }

    /**
     * The speakers one value names: a text listing several people ({@code David Clark and Chris Stehno},
     * {@code Erik Weibust, George Smith}) gives each of them, when every part is a person's name; anything else is
     * one speaker.
     */
    private List<Speaker> people(Object v, String p, String k) {
        if (v instanceof String s && nameSeparator(s, 0) != null && lookup(List.of("speakers", "people", "authors",
                "members"), s.strip()).isEmpty()) {
            String[] parts = nameListParts(s.strip());
            boolean names = parts.length > 1;
            for (String part : parts) {
                names &= io.meetkit.markdown.internal.extract.prose.Names.isPersonName(part.strip(),
                        java.util.Set.of());
            }
            if (names) {
                List<Speaker> out = new ArrayList<>();
                for (String part : parts) {
                    speaker(part.strip(), p, k).ifPresent(out::add);
                }
                return out;
            }
        }
        return speaker(v, p, k).map(List::of).orElse(List.of());
    }

    private Optional<Speaker> speaker(Object v, String p, String k) {
        if (isBlank(v) || v instanceof Boolean) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            if (PLACEHOLDER.matcher(s).matches()) {
                return Optional.empty();
            }
            Optional<Object> data = lookup(List.of("speakers", "people", "authors", "members"), s.strip())
                    .or(() -> collection(SiteCollections.Kind.PEOPLE, s.strip()));
            if (data.isPresent() && data.get() instanceof Map<?, ?> m) {
                return speakerMap(m, p, k, s.strip());
            }
            return Optional.of(Speaker.of(s.strip()));
        }
        if (v instanceof Map<?, ?> m) {
            return speakerMap(m, p, k, null);
        }
        warning(p, k, "expected a speaker name or a map (name, twitter, github, ...), found " + typeName(v));
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
        String name = nameValue instanceof String s && !INVISIBLE.matcher(s).replaceAll("").isBlank()
                ? INVISIBLE.matcher(s).replaceAll("").strip() : fallbackName;
        if (name == null || PLACEHOLDER.matcher(name).matches()) {
            if (nameValue == null) {
                warning(p, k, "a speaker needs a name");
            }
            return Optional.empty();
        }
        List<Link> links = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            // githubUsername, twitter_handle and linkedin_url name the same accounts as github, twitter, linkedin.
            String key = PROFILE_SUFFIX.matcher(KeyVocabulary.normal(String.valueOf(e.getKey()))).replaceAll("");
            Object v = e.getValue();
            if (!(v instanceof String s) || s.isBlank()) {
                if (PROFILE_LISTS.contains(key) && v instanceof List<?> l) {
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
                warning(p + "/image", k + ".image", "not a URL: '" + img + "'");
            }
        }
        return Optional.of(sp);
    }

    private static String profileUrl(String value, String base) {
        String v = value.strip();
        if (PROFILE_URL.matcher(v).matches() || v.contains(".com/")) {
            return v;
        }
        return base + (v.startsWith("@") ? v.substring(1) : v);
    }

    private static String mastodon(String value) {
        String v = value.strip();
        Matcher m = MASTODON_HANDLE.matcher(v);
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
        // A map keyed by the speakers' names names them by its keys.
        List<Speaker> speakers = v instanceof Map<?, ?> byName && keyedByName(byName)
                ? byName.keySet().stream().map(n -> String.valueOf(n).strip()).filter(n -> !n.isEmpty())
                        .map(Speaker::of).toList()
                : speakers(v, p, k);
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

    /**
     * Whether a {@code speakers:} map is keyed by the speakers' names ({@code Ada Lovelace: {title: ...}}) rather
     * than being one speaker's record: none of its keys is a field of a person or a talk.
     */
    private static boolean keyedByName(Map<?, ?> m) {
        for (Object key : m.keySet()) {
            if (PERSON_OR_TALK_KEYS.contains(String.valueOf(key).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // Talks as maps, or titles under keys that read as full names ("Ada Lovelace: Engines").
        return m.values().stream().anyMatch(v -> v instanceof Map) || !m.isEmpty() && m.entrySet().stream()
                .allMatch(e -> String.valueOf(e.getKey()).strip().contains(" ") && e.getValue() instanceof String);
    }

    private static final java.util.Set<String> PERSON_OR_TALK_KEYS = java.util.Set.of("name", "title", "full_name",
            "display_name", "speaker", "talk", "topic", "twitter", "github", "bio", "url", "website", "image",
            "avatar", "photo", "linkedin", "mastodon", "links", "email", "company", "affiliation", "role");

    /** One talk per name of a {@code speakers:} map keyed by name, its value the talk (a map or a title). */
    private void namedSpeakerTalks(Map<?, ?> byName, String p, String k) {
        List<Talk> talks = new ArrayList<>();
        for (Map.Entry<?, ?> e : byName.entrySet()) {
            String name = String.valueOf(e.getKey()).strip();
            String ip = p + "/" + e.getKey();
            String ik = k + "." + e.getKey();
            Map<Object, Object> talk = new java.util.LinkedHashMap<>();
            if (e.getValue() instanceof Map<?, ?> m) {
                talk.putAll(m);
            } else if (e.getValue() instanceof String title) {
                talk.put("title", title);
            } else if (!isBlank(e.getValue())) {
                warning(ip, ik, "expected a talk title or a map (title, slides, ...), found " + typeName(e.getValue())
                        + "; the speaker is kept");
            }
            if (!name.isEmpty() && !PLACEHOLDER.matcher(name).matches()) {
                talk.putIfAbsent("speaker", name);
            }
            talkMap(talk, ip, ik, input.positionOf(ip).line()).ifPresent(talks::add);
        }
        out.talks = stated(talks, p);
    }

    private void speakerOnlyTalks(Object v, String p, String k) {
        out.talksStated = true;
        int start = joined.size();
        if (isBlank(v) || v instanceof Boolean || v instanceof String s && PLACEHOLDER.matcher(s).matches()) {
            out.talks = stated(List.of(), p);
            return;
        }
        if (v instanceof Map<?, ?> byName && keyedByName(byName)) {
            namedSpeakerTalks(byName, p, k);
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
                int mark = joined.size();
                List<Speaker> people = people(item, ip, ik);
                if (!people.isEmpty()) {
                    talks.add(joinedDetail(Talk.builder().speakers(people).provenance(Provenance.frontMatter(line))
                            .build(), mark));
                }
            }
        }
        out.talks = joinedDetail(stated(talks, p), start);
    }

    private Optional<Link> link(Object v, String p, String k) {
        if (isBlank(v)) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Link.parse(s));
            } catch (IllegalArgumentException e) {
                warning(p, k, "not a URL: '" + s.strip() + "'");
                return Optional.empty();
            }
        }
        if (v instanceof Map<?, ?> m && first(m, "url", "href") instanceof String u) {
            Optional<Link> l = link(u, p, k);
            Object label = first(m, "label", "title", "name");
            return label instanceof String t && !t.isBlank() ? l.map(x -> x.withLabel(t)) : l;
        }
        warning(p, k, "expected a URL, found " + typeName(v));
        return Optional.empty();
    }

    // ------------------------------------------------------------------ helpers

    private Optional<URI> uri(String s, String p, String k) {
        try {
            return Optional.of(Link.parseUri(s));
        } catch (IllegalArgumentException e) {
            warning(p, k, "not a URL: '" + s.strip() + "'");
            return Optional.empty();
        }
    }

    /** The front matter of the site's collection entry of {@code kind} named {@code slug}, noting its file. */
    private Optional<Object> collection(SiteCollections.Kind kind, String slug) {
        Optional<SiteCollections.Entry> e = input.conventions().collections().find(kind, slug);
        e.ifPresent(x -> joined.add(x.file()));
        return e.<Object>map(SiteCollections.Entry::values).or(() -> dataOfKind(kind, slug));
    }

    /** The entry named {@code slug} of any data file whose entries are of {@code kind} by their keys. */
    private Optional<Object> dataOfKind(SiteCollections.Kind kind, String slug) {
        for (Map.Entry<String, Object> file : input.siteData().entrySet()) {
            if (SiteCollections.looksLike(kind, file.getValue())) {
                Optional<Object> found = lookup(List.of(file.getKey()), slug);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code stated} with the files joined in since {@code mark} named in its provenance. */
    private <T> Stated<T> joinedDetail(Stated<T> stated, int mark) {
        return joined.size() > mark ? stated.withDetail(joinedFrom(mark)) : stated;
    }

    /** {@code talk} with the files joined in since {@code mark} (its entry, its speakers') named in its provenance. */
    private Talk joinedDetail(Talk talk, int mark) {
        if (joined.size() <= mark) {
            return talk;
        }
        Talk detailed = talk.toBuilder().provenance(talk.provenance().withDetail(joinedFrom(mark))).build();
        LocalTime start = out.talkStarts.remove(talk);
        if (start != null) {
            out.talkStarts.put(detailed, start);
        }
        return detailed;
    }

    private String joinedFrom(int mark) {
        return "joined from " + String.join(", ", new java.util.LinkedHashSet<>(joined.subList(mark,
                joined.size())));
    }

    /** A site data entry named {@code slug} in the first of {@code files} that has it. */
    private Optional<Object> lookup(List<String> files, String slug) {
        for (String f : files) {
            Object data = input.siteData().get(f);
            if (data instanceof Map<?, ?> m && m.containsKey(slug) && m.get(slug) != null) {
                joined.add("data file '" + f + "'");
                return Optional.of(m.get(slug));
            }
            if (data instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Map<?, ?> m && (slug.equals(m.get("slug")) || slug.equals(m.get("id"))
                            || slug.equals(m.get("key")) || m.get("name") instanceof String n
                            && n.strip().equalsIgnoreCase(slug))) {
                        joined.add("data file '" + f + "'");
                        return Optional.of(o);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An attendance, marked as the length of a list when the site lists the people who came. */
    private Stated<Integer> listed(int n, Object value, String pointer) {
        Stated<Integer> s = stated(n, pointer);
        return value instanceof List ? s.withDetail("the number of people listed") : s;
    }

    private <T> Stated<T> stated(T value, String pointer) {
        return new Stated<>(value, input.positionOf(pointer).line());
    }

    /**
     * A value that does not read: an error when it has the shape of a date or time that cannot exist
     * ({@code 2022-02-30}, {@code 25:00}), since the author meant a value and got it wrong; a warning otherwise, since
     * it is the site's own way of writing something else under a key meetkit knows.
     */
    private void unreadable(String p, String k, String value, String as) {
        if (impossible(value)) {
            error(p, k, "cannot read '" + value + "' " + as + ": no such date or time");
        } else {
            warning(p, k, "cannot read '" + value + "' " + as + "; ignored");
        }
    }

    /**
     * A time range's two ends ({@code 18:30 - 21:00}, {@code 6 to 9pm}), or null: what {@code ^(.+?)\s*(?:-|–|—|to
     * |until|till)\s*(.+)$} matched, found in one pass. The lazy first group can only end where a run of white
     * space starts (or after the first character), since ending later in the same run would match there too; so
     * each run is crossed once, where the pattern crossed it once per character in it.
     */
    static String[] range(String text) {
        int n = text.length();
        int lastBreak = -1;
        for (int i = n - 1; i >= 0 && lastBreak < 0; i--) {
            lastBreak = isLineBreak(text.charAt(i)) ? i : -1;
        }
        for (int i = 1; i <= n && !isLineBreak(text.charAt(i - 1)); i++) {
            if (i > 1 && Trim.isPatternSpace(text.charAt(i - 1))) {
                continue;
            }
            int j = skipSpaces(text, i);
            int after = separatorEnd(text, j);
            if (after < 0) {
                continue;
            }
            int rest = skipSpaces(text, after);
            if (rest < n && lastBreak < rest) {
                return new String[] {text.substring(0, i), text.substring(rest)};
            }
            if (rest == n && rest > after && !isLineBreak(text.charAt(n - 1))) {
                return new String[] {text.substring(0, i), text.substring(n - 1)};
            }
        }
        return null;
    }

    private static final List<String> RANGE_SEPARATORS = List.of("-", "–", "—", "to", "until", "till");

    private static int separatorEnd(String text, int at) {
        for (String separator : RANGE_SEPARATORS) {
            if (text.startsWith(separator, at)) {
                return at + separator.length();
            }
        }
        return -1;
    }

    /** Whether {@code text} matches {@code .*\d\s*$}: a digit last but for white space, and no line break before. */
    static boolean endsInDigit(String text) {
        int end = text.length();
        while (end > 0 && Trim.isPatternSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) < '0' || text.charAt(end - 1) > '9') {
            return false;
        }
        for (int i = 0; i < end - 1; i++) {
            if (isLineBreak(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text.split("\\s*,\\s*")} in one pass: the parts between commas without the white space beside the
     * commas, trailing empty parts dropped.
     */
    static String[] commaParts(String text) {
        if (text.indexOf(',') < 0) {
            return new String[] {text};
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int comma = text.indexOf(',', from);
            int end = comma < 0 ? text.length() : comma;
            int start = from;
            if (from > 0) {
                start = skipSpaces(text, from);
                start = Math.min(start, end);
            }
            int stop = end;
            if (comma >= 0) {
                while (stop > start && Trim.isPatternSpace(text.charAt(stop - 1))) {
                    stop--;
                }
            }
            parts.add(text.substring(start, stop));
            if (comma < 0) {
                break;
            }
            from = comma + 1;
        }
        return CharSplit.withoutEmptyEnd(parts).toArray(String[]::new);
    }

    /**
     * The first separator between names at or after {@code from} — a comma, "&amp;" or the word "and", with the
     * white space around it — as its start and end, or null. It finds what the pattern
     * {@code \s*+(?:,|&|\band\b)\s*+} found, in one pass: that pattern, tried at every position of a long run of
     * spaces, read the rest of the run each time (a {@code speaker:} value of 200,000 spaces took 24 s).
     */
    static int[] nameSeparator(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            int j = i;
            while (j < n && Trim.isPatternSpace(text.charAt(j))) {
                j++;
            }
            int length = separatorLength(text, j);
            if (length > 0) {
                int end = j + length;
                while (end < n && Trim.isPatternSpace(text.charAt(end))) {
                    end++;
                }
                return new int[] {i, end};
            }
            // Every start inside the run of spaces reaches the same non-space character and fails there too.
            i = j > i ? j : i + 1;
        }
        return null;
    }

    /** A text cut at its {@linkplain #nameSeparator separators}, as {@code Pattern.split} cut it: empty trailing parts dropped. */
    static String[] nameListParts(String text) {
        List<String> parts = new ArrayList<>();
        int index = 0;
        for (int[] sep = nameSeparator(text, 0); sep != null; sep = nameSeparator(text, sep[1])) {
            parts.add(text.substring(index, sep[0]));
            index = sep[1];
        }
        return CharSplit.ending(parts, text, index).toArray(String[]::new);
    }

    private static int separatorLength(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        char c = text.charAt(at);
        if (c == ',' || c == '&') {
            return 1;
        }
        if (text.startsWith("and", at) && !WordBoundary.before(text, at)
                && (at + 3 == text.length() || !WordBoundary.at(text, at + 3))) {
            return 3;
        }
        return 0;
    }

    /** What regex {@code .} does not match. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Trim.isPatternSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code value} has the shape of a date or time of day that the calendar or the clock does not have. */
    static boolean impossible(String value) {
        Matcher d = DATE_SHAPE.matcher(value);
        if (d.find()) {
            try {
                LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
            } catch (DateTimeException e) {
                return true;
            }
        }
        Matcher t = TIME_SHAPE.matcher(value);
        return t.find() && (Integer.parseInt(t.group(1)) > 23 || Integer.parseInt(t.group(2)) > 59);
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
