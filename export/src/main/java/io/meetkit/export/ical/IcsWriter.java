package io.meetkit.export.ical;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.export.WriteResult;
import io.meetkit.export.ical.internal.CalendarWriter;
import io.meetkit.export.ical.internal.EventOptions;
import io.meetkit.export.ical.internal.Settings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes events as iCalendar (RFC 5545): one {@code .ics} for a post's event, or a feed of a whole group that
 * calendar clients subscribe to.
 *
 * <pre>{@code
 * IcsWriter ics = IcsWriter.builder().calendarName("PyData Bangalore").uidDomain("pydata.in").build();
 * WriteResult result = ics.writeFeed(posts, Path.of("events.ics"));
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <p>The output is UTF-8 without a byte-order mark, with CRLF line ends, lines folded at 75 octets, times in the
 * event's own zone with a {@code VTIMEZONE} generated from {@link java.time.zone.ZoneRules} (never fetched), all-day
 * events as {@code VALUE=DATE} with an exclusive end, and UIDs derived from the site's domain and the post. It is
 * deterministic: the same posts and the same {@link Clock} give byte-identical output, with events ordered by start
 * and then UID. Posts without an event or without a date are skipped and reported in the {@link WriteResult}, never
 * thrown.
 *
 * <p>An {@code IcsWriter} is immutable and thread-safe; build it once and reuse it.
 */
public final class IcsWriter {

    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final String DEFAULT_PRODUCT_ID = "-//meetkit//meetkit iCalendar export//EN";
    private static final Duration DEFAULT_REFRESH = Duration.ofHours(12);

    private final Settings settings;

    private IcsWriter(Settings settings) {
        this.settings = settings;
    }

    /**
     * A writer with default settings: the system clock in UTC, no calendar name, no default zone.
     *
     * @return a new writer
     */
    public static IcsWriter create() {
        return builder().build();
    }

    /**
     * A builder for a writer with other settings.
     *
     * @return a builder with the settings of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this writer's settings.
     *
     * @return a new builder; this writer is not changed
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clock = settings.clock();
        b.productId = settings.productId();
        b.calendarName = settings.calendarName().orElse(null);
        b.calendarDescription = settings.calendarDescription().orElse(null);
        b.timeZone = settings.timeZone().orElse(null);
        b.uidDomain = settings.uidDomain().orElse(null);
        b.organizer = settings.organizer().orElse(null);
        b.refreshInterval = settings.refreshInterval();
        b.talkEvents = settings.talkEvents();
        b.reminder = settings.eventOptions().reminder().orElse(null);
        b.defaultDuration = settings.eventOptions().defaultDuration().orElse(null);
        b.attachments = settings.eventOptions().attachments();
        b.appleLocation = settings.eventOptions().appleLocation();
        return b;
    }

    /**
     * A copy that takes DTSTAMP from {@code clock}.
     *
     * @param clock the clock
     * @return a new writer
     */
    public IcsWriter withClock(Clock clock) {
        return toBuilder().clock(clock).build();
    }

    /**
     * A copy whose feeds are called {@code calendarName}.
     *
     * @param calendarName the feed's name; one line, not blank
     * @return a new writer
     */
    public IcsWriter withCalendarName(String calendarName) {
        return toBuilder().calendarName(calendarName).build();
    }

    /**
     * Writes the event of {@code post} as a single-event calendar. Nothing is written when the post has no event
     * or the event has no date; the result says why.
     *
     * @param post the post whose event to write
     * @param out  where to write; should encode as UTF-8, since lines are folded by UTF-8 octets
     * @return one post given and the {@code VEVENT}s written (none, with a diagnostic saying why, when there is no
     *         event; more than one when talks are written as events of their own)
     * @throws IOException when {@code out} fails
     */
    public WriteResult write(Post post, Writer out) throws IOException {
        requireNonNull(post, "post");
        requireNonNull(out, "out");
        CalendarWriter calendar = new CalendarWriter(settings);
        CalendarWriter.Plan plan = calendar.plan(List.of(post));
        if (plan.size() > 0) {
            run(() -> calendar.write(plan, out, false));
            out.flush();
        }
        return new WriteResult(1, plan.size(), plan.diagnostics());
    }

    /**
     * Writes the event of {@code post} as UTF-8 to {@code out}, which is flushed but not closed.
     *
     * @param post the post whose event to write
     * @param out  where to write
     * @return as {@link #write(Post, Writer)}
     * @throws IOException when {@code out} fails
     */
    public WriteResult write(Post post, OutputStream out) throws IOException {
        requireNonNull(out, "out");
        return write(post, utf8(out));
    }

    /**
     * Writes the event of {@code post} to the file {@code path}; no file is created when there is no event.
     *
     * @param post the post whose event to write
     * @param path the file, replaced when it exists
     * @return as {@link #write(Post, Writer)}
     * @throws IOException when the file cannot be written
     */
    public WriteResult write(Post post, Path path) throws IOException {
        requireNonNull(post, "post");
        requireNonNull(path, "path");
        CalendarWriter calendar = new CalendarWriter(settings);
        CalendarWriter.Plan plan = calendar.plan(List.of(post));
        if (plan.size() > 0) {
            try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                run(() -> calendar.write(plan, w, false));
            }
        }
        return new WriteResult(1, plan.size(), plan.diagnostics());
    }

    /**
     * Writes a feed of every event of {@code posts}: METHOD:PUBLISH, the calendar name, refresh interval and
     * default zone, one {@code VTIMEZONE} per zone used, then the events by start and UID. {@code posts} is walked
     * once to plan (keeping a reference to each post with an event, never rendered text) and each event is then
     * written straight to {@code out}. An empty feed is still a valid calendar to subscribe to.
     *
     * @param posts the posts; those without an event or date are skipped and reported
     * @param out   where to write; should encode as UTF-8
     * @return the number of posts given, the number of {@code VEVENT}s written and the diagnostics of skipped posts
     * @throws IOException when {@code out} fails
     */
    public WriteResult writeFeed(Iterable<? extends Post> posts, Writer out) throws IOException {
        requireNonNull(posts, "posts");
        requireNonNull(out, "out");
        CalendarWriter calendar = new CalendarWriter(settings);
        int[] given = {0};
        CalendarWriter.Plan plan = calendar.plan(counted(posts, given));
        run(() -> calendar.write(plan, out, true));
        out.flush();
        return new WriteResult(given[0], plan.size(), plan.diagnostics());
    }

    /**
     * Writes the feed as UTF-8 to {@code out}, which is flushed but not closed.
     *
     * @param posts the posts; those without an event or date are skipped and reported
     * @param out   where to write
     * @return as {@link #writeFeed(Iterable, Writer)}
     * @throws IOException when {@code out} fails
     */
    public WriteResult writeFeed(Iterable<? extends Post> posts, OutputStream out) throws IOException {
        requireNonNull(out, "out");
        return writeFeed(posts, utf8(out));
    }

    /**
     * Writes the feed to the file {@code path}, replacing it.
     *
     * @param posts the posts; those without an event or date are skipped and reported
     * @param path  the file
     * @return as {@link #writeFeed(Iterable, Writer)}
     * @throws IOException when the file cannot be written
     */
    public WriteResult writeFeed(Iterable<? extends Post> posts, Path path) throws IOException {
        requireNonNull(path, "path");
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            return writeFeed(posts, w);
        }
    }

    /** {@code posts} as the planner walks them once, counting each post into {@code given[0]}. */
    private static Iterable<Post> counted(Iterable<? extends Post> posts, int[] given) {
        return () -> {
            Iterator<? extends Post> it = posts.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Post next() {
                    Post post = it.next();
                    given[0]++;
                    return post;
                }
            };
        };
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static void run(Runnable write) throws IOException {
        try {
            write.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Builds an {@link IcsWriter}; settings are checked when given and again at {@link #build()}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private String productId = DEFAULT_PRODUCT_ID;
        private String calendarName;
        private String calendarDescription;
        private ZoneId timeZone;
        private String uidDomain;
        private Organizer organizer;
        private Duration refreshInterval = DEFAULT_REFRESH;
        private boolean talkEvents;
        private Duration reminder;
        private Duration defaultDuration;
        private boolean attachments;
        private boolean appleLocation;

        private Builder() {
        }

        /**
         * The clock that gives every event's DTSTAMP; inject a fixed one for reproducible output.
         *
         * @param clock the clock; the system clock in UTC by default
         * @return the same builder
         */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The PRODID, e.g. {@code -//My Group//Site Generator//EN}.
         *
         * @param productId the product id; one line, not blank
         * @return the same builder
         */
        public Builder productId(String productId) {
            this.productId = singleLine(productId, "productId");
            return this;
        }

        /**
         * The feed's name (NAME and X-WR-CALNAME); defaults to the organizer's or group's name.
         *
         * @param calendarName the name; one line, not blank
         * @return the same builder
         */
        public Builder calendarName(String calendarName) {
            this.calendarName = singleLine(calendarName, "calendarName");
            return this;
        }

        /**
         * The feed's description (DESCRIPTION and X-WR-CALDESC).
         *
         * @param calendarDescription the description; not blank
         * @return the same builder
         */
        public Builder calendarDescription(String calendarDescription) {
            requireNonNull(calendarDescription, "calendarDescription");
            if (calendarDescription.isBlank()) {
                throw new IllegalArgumentException("calendarDescription must not be blank");
            }
            this.calendarDescription = calendarDescription.strip();
            return this;
        }

        /**
         * The group's zone: times stated with only a UTC offset that this zone agrees with are written in it, and
         * a feed names it in X-WR-TIMEZONE (otherwise the zone most events use).
         *
         * @param timeZone the group's zone
         * @return the same builder
         */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = requireNonNull(timeZone, "timeZone");
            return this;
        }

        /**
         * The domain in every UID, e.g. the site's host; defaults to the host of each post's URL.
         *
         * @param uidDomain a host name such as {@code example.org}
         * @return the same builder
         */
        public Builder uidDomain(String uidDomain) {
            requireNonNull(uidDomain, "uidDomain");
            if (uidDomain.length() > 253 || !DOMAIN.matcher(uidDomain).matches()) {
                throw new IllegalArgumentException("uidDomain must be a host name like example.org, was '"
                        + uidDomain + "'");
            }
            this.uidDomain = uidDomain.toLowerCase(java.util.Locale.ROOT);
            return this;
        }

        /**
         * The organizer of events that name none (ORGANIZER is required on every event of a feed).
         *
         * @param organizer the group, typically {@code site.organizer()}
         * @return the same builder
         */
        public Builder organizer(Organizer organizer) {
            this.organizer = requireNonNull(organizer, "organizer");
            return this;
        }

        /**
         * How often subscribers should reload a feed (REFRESH-INTERVAL and X-PUBLISHED-TTL); 12 hours by default.
         *
         * @param refreshInterval whole seconds, at least a minute
         * @return the same builder
         */
        public Builder refreshInterval(Duration refreshInterval) {
            requireNonNull(refreshInterval, "refreshInterval");
            if (refreshInterval.compareTo(Duration.ofMinutes(1)) < 0 || refreshInterval.getNano() != 0) {
                throw new IllegalArgumentException("refreshInterval must be whole seconds of at least a minute, was "
                        + refreshInterval);
            }
            this.refreshInterval = refreshInterval;
            return this;
        }

        /**
         * Whether each talk with a start time is also written as its own VEVENT, RELATED-TO the meetup.
         *
         * @param talkEvents {@code true} to write talks as events of their own
         * @return the same builder
         */
        public Builder talkEvents(boolean talkEvents) {
            this.talkEvents = talkEvents;
            return this;
        }

        // --- additions to each event (issue #13); all off by default ---------------------------------------

        /**
         * Adds to each meetup's {@code VEVENT} a reminder {@code before} its start: a {@code VALARM} with
         * {@code ACTION:DISPLAY}, the event's name as {@code DESCRIPTION} and {@code TRIGGER;RELATED=START:-P1D} for a day (for an
         * all-day event, before its first midnight). Talks written as their own events ({@link #talkEvents}) get
         * none, so that one evening does not ring once per talk. Off by default: a feed's subscribers may not want
         * a publisher's alarms.
         *
         * @param before how long before the start, in whole seconds; zero reminds at the start
         * @return this builder
         * @throws IllegalArgumentException if {@code before} is negative or has a fraction of a second
         */
        public Builder reminder(Duration before) {
            requireNonNull(before, "before");
            if (before.isNegative() || before.getNano() != 0) {
                throw new IllegalArgumentException("reminder must be zero or more whole seconds before the start, was "
                        + before);
            }
            this.reminder = before;
            return this;
        }

        /**
         * The length of a timed event that states a start and no end (and whose talks give no end either): its
         * {@code DTEND} becomes the start plus {@code duration}. Without it (the default) such an event has no
         * {@code DTEND}, which calendars show as zero-length. All-day events are not changed, and the JSON-LD
         * never gets this end: it states what the post says, and an assumed end is not that.
         *
         * @param duration positive, in whole seconds
         * @return this builder
         * @throws IllegalArgumentException if {@code duration} is zero, negative or has a fraction of a second
         */
        public Builder defaultDuration(Duration duration) {
            requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero() || duration.getNano() != 0) {
                throw new IllegalArgumentException("defaultDuration must be positive whole seconds, was " + duration);
            }
            this.defaultDuration = duration;
            return this;
        }

        /**
         * Whether the talks' slide and video links (of {@link io.meetkit.core.LinkKind} {@code SLIDES},
         * {@code VIDEO} or {@code YOUTUBE}, absolute http(s) only) are written as {@code ATTACH} properties: on the
         * meetup, every talk's; on a talk's own event, its own. Off by default. {@code URL} stays the event's page,
         * since an event may have only one.
         *
         * @param attachments whether to write them
         * @return this builder
         */
        public Builder attachments(boolean attachments) {
            this.attachments = attachments;
            return this;
        }

        /**
         * Whether a venue with coordinates also gets Apple's structured location,
         * {@code X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="…";X-TITLE="…":geo:LAT,LON}, beside {@code GEO} and
         * {@code LOCATION}, so that Apple Calendar shows a map pin and travel time. Off by default.
         *
         * @param appleLocation whether to write it
         * @return this builder
         */
        public Builder appleLocation(boolean appleLocation) {
            this.appleLocation = appleLocation;
            return this;
        }

        /**
         * The writer; every setting has already been checked.
         *
         * @return an immutable, thread-safe writer
         */
        public IcsWriter build() {
            return new IcsWriter(new Settings(clock, productId, Optional.ofNullable(calendarName),
                    Optional.ofNullable(calendarDescription), Optional.ofNullable(timeZone),
                    Optional.ofNullable(uidDomain), Optional.ofNullable(organizer), refreshInterval, talkEvents,
                    new EventOptions(Optional.ofNullable(reminder), Optional.ofNullable(defaultDuration),
                            attachments, appleLocation)));
        }

        private static String singleLine(String value, String name) {
            requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new IllegalArgumentException(name + " must be one line without control characters");
            }
            return value.strip();
        }
    }
}
