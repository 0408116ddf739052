package io.meetkit.export.site;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.core.Site;
import io.meetkit.core.SpeakerIndex;
import io.meetkit.export.WriteResult;
import io.meetkit.export.ical.IcsWriter;
import io.meetkit.export.json.PostJson;
import io.meetkit.export.jsonld.JsonLdWriter;
import io.meetkit.export.site.internal.OutputFile;
import io.meetkit.export.site.internal.OutputNames;
import io.meetkit.export.site.internal.SpeakersJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a site's meetup outputs under one folder, placed by a {@link SiteLayout}:
 *
 * <ul>
 *   <li>{@code events.ics}: the group's feed of every dated event (as {@code meetup -f ics});</li>
 *   <li>{@code events/<name>.ics}: each dated event on its own;</li>
 *   <li>{@code posts.json}: the posts (as {@code meetup -f json});</li>
 *   <li>{@code speakers.json}: who spoke when, about what, with their profile links (the posts'
 *   {@link SpeakerIndex});</li>
 *   <li>{@code <name>.html} in the snippet folder: each post's JSON-LD as a {@code <script>} element to include in
 *   the post's page.</li>
 * </ul>
 *
 * <p>{@code <name>} is the post's slug; posts whose slugs collide (or cannot be file names) get other names, each
 * with a warning, so that no post's files overwrite another's. Every file is written atomically (a temporary file
 * in the same folder, then a move) and only when its content changed, so a build that changed nothing touches
 * nothing and a site generator watching the folder does not rebuild. The same posts, speakers and clock give the same
 * bytes. Files of posts that are no longer given are not deleted.
 *
 * <p>The snippets are meant for template engines: inside JSON strings, a left brace followed by another left brace
 * or by a percent sign has that second character written as a JSON escape, so that no text of a post is read as
 * Liquid or Go template syntax (a JSON parser reads the original text back); {@code <}, {@code >} and {@code &} are
 * escaped as in {@link JsonLdWriter#writeScriptElement}.
 *
 * <p>Immutable and thread-safe; two builds must not write to the same folder at once.
 *
 * <pre>{@code
 * SiteBuild build = SiteBuild.builder().layout(SiteLayout.HUGO).site(scan.site()).build();
 * SiteBuildResult result = build.write(posts, Path.of("my-hugo-site"));
 * }</pre>
 */
public final class SiteBuild {
    /** The feed's file name. */
    public static final String FEED = "events.ics";
    /** The posts' file name. */
    public static final String POSTS = "posts.json";
    /** The speaker index's file name. */
    public static final String SPEAKERS = "speakers.json";
    /** The folder of the per-event calendars, inside the static folder. */
    public static final String EVENTS = "events";

    private static final PostJson POST_JSON = PostJson.create();

    private final SiteLayout layout;
    private final Site site;
    private final Optional<String> calendarName;
    private final Optional<ZoneId> timeZone;
    private final Clock clock;
    private final boolean allEvents;
    private final CalendarAdditions calendarAdditions;
    private final IcsWriter ics;
    private final JsonLdWriter jsonLd;
    private final List<Diagnostic> settingsDiagnostics;

    private SiteBuild(Builder b) {
        this.layout = b.layout;
        this.site = b.site;
        this.calendarName = Optional.ofNullable(b.calendarName);
        this.timeZone = Optional.ofNullable(b.timeZone);
        this.clock = b.clock;
        this.allEvents = b.allEvents;
        this.calendarAdditions = b.calendarAdditions;
        IcsWriter.Builder icsBuilder = IcsWriter.builder().clock(clock);
        calendarAdditions.applyTo(icsBuilder);
        calendarName.or(site::title).ifPresent(icsBuilder::calendarName);
        timeZone.or(site::timeZone).ifPresent(icsBuilder::timeZone);
        site.organizer().ifPresent(icsBuilder::organizer);
        this.ics = icsBuilder.build();
        JsonLdWriter.Builder ld = JsonLdWriter.builder().allEvents(allEvents);
        site.organizer().ifPresent(ld::organizer);
        List<Diagnostic> found = new ArrayList<>();
        ld.siteAdditions(site);
        JsonLdWriter writer = ld.build();
        if (site.url().isPresent()) {
            try {
                // Person ids under the site's URL are the same on every page; without it they are blank nodes.
                writer = ld.baseUrl(site.url().get()).build();
            } catch (IllegalStateException e) {
                found.add(Diagnostic.warning("site", 1, 1, "the site's url <" + site.url().get() + "> is not an"
                        + " absolute http(s) URL, so JSON-LD person ids are page-local blank nodes").withKey("url"));
            }
        }
        this.jsonLd = writer;
        this.settingsDiagnostics = List.copyOf(found);
    }

    /**
     * A build with the default settings: the plain layout, an unknown site, the system clock.
     *
     * @return a new build
     */
    public static SiteBuild create() {
        return builder().build();
    }

    /**
     * A builder with the settings of {@link #create()}.
     *
     * @return a builder with the settings of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this build's settings, to make a changed copy.
     *
     * @return a new builder; this build is not changed
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.layout = layout;
        b.site = site;
        b.calendarName = calendarName.orElse(null);
        b.timeZone = timeZone.orElse(null);
        b.clock = clock;
        b.allEvents = allEvents;
        b.calendarAdditions = calendarAdditions;
        return b;
    }

    /**
     * The layout files are placed by.
     *
     * @return the layout
     */
    public SiteLayout layout() {
        return layout;
    }

    /**
     * Writes the outputs of {@code posts} under {@code root}, creating folders as needed.
     *
     * @param posts the posts to publish (those read without errors), in the order of {@code posts.json}; their
     *              speakers, grouped into people by {@link SpeakerIndex#of(Iterable)}, make {@code speakers.json}
     * @param root  the output folder (for the Jekyll and Hugo layouts, the site's root)
     * @return the files written and left alone, and warnings
     * @throws IOException when a file cannot be written; files written before stay written
     */
    public SiteBuildResult write(List<Post> posts, Path root) throws IOException {
        requireNonNull(posts, "posts");
        requireNonNull(root, "root");
        posts.forEach(p -> requireNonNull(p, "posts element"));
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        Set<Diagnostic> diagnostics = new LinkedHashSet<>(settingsDiagnostics);
        OutputNames names = OutputNames.of(posts);
        diagnostics.addAll(names.diagnostics());
        Path snippets = root.resolve(layout.snippetFolder());
        Path statics = layout.staticFolder().isEmpty() ? root : root.resolve(layout.staticFolder());

        StringWriter feed = new StringWriter();
        WriteResult feedResult = ics.writeFeed(posts, feed);
        diagnostics.addAll(feedResult.diagnostics());
        update(statics.resolve(FEED), feed.toString(), written, unchanged);
        update(statics.resolve(POSTS), POST_JSON.toJson(posts) + "\n", written, unchanged);
        update(statics.resolve(SPEAKERS), SpeakersJson.of(SpeakerIndex.of(posts), names::of), written, unchanged);

        for (Post post : posts) {
            String name = names.of(post);
            StringWriter snippet = new StringWriter();
            diagnostics.addAll(jsonLd.writeScriptElement(post, snippet).diagnostics());
            update(snippets.resolve(name + ".html"), templateSafe(snippet.toString()), written, unchanged);
            if (post.event().flatMap(e -> e.time()).isPresent()) {
                StringWriter one = new StringWriter();
                // Its problems are the feed's, already reported.
                if (ics.write(post, one).events() > 0) {
                    update(statics.resolve(EVENTS).resolve(name + ".ics"), one.toString(), written, unchanged);
                }
            }
        }
        return new SiteBuildResult(written, unchanged, List.copyOf(diagnostics));
    }

    private static void update(Path file, String content, List<Path> written, List<Path> unchanged)
            throws IOException {
        if (OutputFile.update(file, content.getBytes(StandardCharsets.UTF_8))) {
            written.add(file);
        } else {
            unchanged.add(file);
        }
    }

    /**
     * Two left braces, or a left brace and a percent sign, occur in JSON only inside strings (a structural brace is
     * followed by a quote, a brace or white space), so escaping the second character there changes no value and
     * leaves nothing a template engine would read as its own.
     */
    static String templateSafe(String scriptElement) {
        return scriptElement.replace("{{", "{\\u007b").replace("{%", "{\\u0025");
    }

    /** The calendar additions a build was asked for, kept to hand to each writer it makes. */
    private record CalendarAdditions(Optional<Duration> reminder, Optional<Duration> defaultDuration,
                                     boolean attachments, boolean appleLocation) {
        static final CalendarAdditions NONE = new CalendarAdditions(Optional.empty(), Optional.empty(), false, false);

        CalendarAdditions withReminder(Duration d) {
            return new CalendarAdditions(Optional.of(d), defaultDuration, attachments, appleLocation);
        }

        CalendarAdditions withDefaultDuration(Duration d) {
            return new CalendarAdditions(reminder, Optional.of(d), attachments, appleLocation);
        }

        CalendarAdditions withAttachments(boolean a) {
            return new CalendarAdditions(reminder, defaultDuration, a, appleLocation);
        }

        CalendarAdditions withAppleLocation(boolean a) {
            return new CalendarAdditions(reminder, defaultDuration, attachments, a);
        }

        void applyTo(IcsWriter.Builder ics) {
            reminder.ifPresent(ics::reminder);
            defaultDuration.ifPresent(ics::defaultDuration);
            ics.attachments(attachments).appleLocation(appleLocation);
        }
    }

    /** Builds a {@link SiteBuild}; settings are checked when given. */
    public static final class Builder {
        private SiteLayout layout = SiteLayout.PLAIN;
        private Site site = Site.UNKNOWN;
        private String calendarName;
        private ZoneId timeZone;
        private Clock clock = Clock.systemUTC();
        private boolean allEvents;
        private CalendarAdditions calendarAdditions = CalendarAdditions.NONE;

        private Builder() {
        }

        /**
         * Where the files go (default {@link SiteLayout#PLAIN}).
         *
         * @param layout the layout
         * @return the same builder
         */
        public Builder layout(SiteLayout layout) {
            this.layout = requireNonNull(layout, "layout");
            return this;
        }

        /**
         * The site the posts come from: its title names the calendar (unless {@link #calendarName} does), its zone
         * is the calendar's default zone (unless {@link #timeZone} is given), its group is the organizer of events
         * that name none, and its URL is the base of JSON-LD ids. Its logo, language and declared free events
         * become the JSON-LD's {@code publisher}, {@code inLanguage} and {@code offers} (see
         * {@link JsonLdWriter.Builder#siteAdditions}).
         *
         * @param site the site, typically {@code SiteScan.site()}
         * @return the same builder
         */
        public Builder site(Site site) {
            this.site = requireNonNull(site, "site");
            return this;
        }

        /**
         * The feed's name ({@code NAME}, {@code X-WR-CALNAME}); default: the site's title.
         *
         * @param calendarName the name; not blank
         * @return the same builder
         */
        public Builder calendarName(String calendarName) {
            requireNonNull(calendarName, "calendarName");
            if (calendarName.isBlank()) {
                throw new IllegalArgumentException("calendarName must not be blank");
            }
            this.calendarName = calendarName;
            return this;
        }

        /**
         * The feed's default zone ({@code X-WR-TIMEZONE}); default: the site's zone.
         *
         * @param timeZone the group's zone
         * @return the same builder
         */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = requireNonNull(timeZone, "timeZone");
            return this;
        }

        /**
         * The clock for the calendars' {@code DTSTAMP}; fix it (e.g. from {@code SOURCE_DATE_EPOCH}) for reproducible
         * builds.
         *
         * @param clock the clock; the system clock in UTC by default
         * @return the same builder
         */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Whether the snippets hold every event, even those search engines reject; see {@link
         * JsonLdWriter.Builder#allEvents}.
         *
         * @param allEvents {@code true} to write every event
         * @return the same builder
         */
        public Builder allEvents(boolean allEvents) {
            this.allEvents = allEvents;
            return this;
        }

        /**
         * Adds to every event of the calendars a reminder {@code before} its start; see
         * {@link IcsWriter.Builder#reminder(Duration)}. None by default.
         *
         * @param before how long before the start
         * @return the same builder
         */
        public Builder reminder(Duration before) {
            IcsWriter.builder().reminder(before); // checked as the writer checks it
            calendarAdditions = calendarAdditions.withReminder(before);
            return this;
        }

        /**
         * The length of events that state a start and no end, in the calendars only; see
         * {@link IcsWriter.Builder#defaultDuration(Duration)}. None by default.
         *
         * @param duration positive, in whole seconds
         * @return the same builder
         */
        public Builder defaultDuration(Duration duration) {
            IcsWriter.builder().defaultDuration(duration);
            calendarAdditions = calendarAdditions.withDefaultDuration(duration);
            return this;
        }

        /**
         * Whether the calendars attach the talks' slides and videos; see {@link IcsWriter.Builder#attachments}.
         *
         * @param attachments whether to attach them
         * @return the same builder
         */
        public Builder attachments(boolean attachments) {
            calendarAdditions = calendarAdditions.withAttachments(attachments);
            return this;
        }

        /**
         * Whether the calendars carry Apple's structured location; see {@link IcsWriter.Builder#appleLocation}.
         *
         * @param appleLocation whether to write it
         * @return the same builder
         */
        public Builder appleLocation(boolean appleLocation) {
            calendarAdditions = calendarAdditions.withAppleLocation(appleLocation);
            return this;
        }

        /**
         * A build with these settings.
         *
         * @return an immutable, thread-safe build
         */
        public SiteBuild build() {
            return new SiteBuild(this);
        }
    }
}
