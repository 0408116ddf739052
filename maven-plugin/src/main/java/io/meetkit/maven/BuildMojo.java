package io.meetkit.maven;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.export.site.SiteBuild;
import io.meetkit.export.site.SiteBuildResult;
import io.meetkit.export.site.SiteLayout;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import io.meetkit.markdown.SiteScan;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads a meetup site's posts and writes its calendar feed, one {@code .ics} per dated event, one JSON-LD
 * {@code <script>} snippet per post, {@code posts.json} and {@code speakers.json}, placed by {@code layout}; the same
 * files as {@code meetup build}. Files whose content did not change are not rewritten.
 *
 * <p>Every problem is logged as {@code FILE:LINE:COL: severity: message}; a post with errors is left out, every other
 * post is still written, and the build then fails unless {@code failOnError} is {@code false}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BuildMojo extends AbstractMojo {

    /** The site's root: a Jekyll or Hugo site, or any folder of Markdown posts (read recursively). */
    @Parameter(property = "meetkit.siteDirectory", required = true)
    private File siteDirectory;

    /** Where the files go; for the {@code jekyll} and {@code hugo} layouts typically the site's root. */
    @Parameter(property = "meetkit.outputDirectory", defaultValue = "${project.build.directory}/meetkit",
            required = true)
    private File outputDirectory;

    /** {@code plain}, {@code jekyll} or {@code hugo}. */
    @Parameter(property = "meetkit.layout", defaultValue = "plain")
    private String layout;

    /** The feed's name; default: the site's title. */
    @Parameter(property = "meetkit.calendarName")
    private String calendarName;

    /** Zone for dates and times that name none, when the site names none (e.g. {@code Asia/Kolkata}). */
    @Parameter(property = "meetkit.timeZone")
    private String timeZone;

    /** Report warnings as errors. */
    @Parameter(property = "meetkit.strict", defaultValue = "false")
    private boolean strict;

    /** Write every event into the JSON-LD snippets, also those search engines reject. */
    @Parameter(property = "meetkit.allEvents", defaultValue = "false")
    private boolean allEvents;

    /** Fail the build when a post has errors (its files are not written; the other posts' are). */
    @Parameter(property = "meetkit.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * A reminder this long before each event in the calendars, as an ISO 8601 duration ({@code PT1H},
     * {@code P1D}); none by default.
     */
    @Parameter(property = "meetkit.alarm")
    private String alarm;

    /**
     * The length of events that state a start and no end, in the calendars only, as an ISO 8601 duration
     * ({@code PT2H}); none by default, so such events have no end.
     */
    @Parameter(property = "meetkit.defaultDuration")
    private String defaultDuration;

    /** Attach the talks' slides and videos to their events in the calendars. */
    @Parameter(property = "meetkit.attachments", defaultValue = "false")
    private boolean attachments;

    /** Add Apple's structured location (a map pin) to events whose venue has coordinates. */
    @Parameter(property = "meetkit.appleLocation", defaultValue = "false")
    private boolean appleLocation;

    /** Skip this goal. */
    @Parameter(property = "meetkit.skip", defaultValue = "false")
    private boolean skip;

    /** The calendars' DTSTAMP when {@code SOURCE_DATE_EPOCH} is not set, for reproducible builds. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("meetkit: skipped");
            return;
        }
        if (siteDirectory == null || !Files.isDirectory(siteDirectory.toPath())) {
            throw new MojoExecutionException("meetkit: siteDirectory must be a folder, was " + siteDirectory);
        }
        SiteBuild.Builder settings = SiteBuild.builder().allEvents(allEvents).clock(clock());
        PostParser.Builder parsing = PostParser.builder().strict(strict);
        try {
            settings.layout(SiteLayout.named(layout));
            if (calendarName != null && !calendarName.isBlank()) {
                settings.calendarName(calendarName);
            }
            if (timeZone != null && !timeZone.isBlank()) {
                ZoneId zone = ZoneId.of(timeZone.strip());
                parsing.defaultZone(zone);
                settings.timeZone(zone);
            }
            if (alarm != null && !alarm.isBlank()) {
                settings.reminder(duration("alarm", alarm));
            }
            if (defaultDuration != null && !defaultDuration.isBlank()) {
                settings.defaultDuration(duration("defaultDuration", defaultDuration));
            }
            settings.attachments(attachments).appleLocation(appleLocation);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MojoExecutionException("meetkit: " + e.getMessage(), e);
        }
        SiteScan scan = parsing.build().scan(List.of(siteDirectory.toPath()));
        scan.siteDiagnostics().forEach(this::log);
        List<Post> posts = new ArrayList<>();
        int read = 0;
        int failed = 0;
        int warnings = 0;
        for (ParseResult r : scan) {
            read++;
            r.diagnostics().forEach(this::log);
            warnings += r.warnings().size();
            if (r.hasErrors() || r.post().isEmpty()) {
                failed++;
            } else {
                posts.add(r.post().get());
            }
        }
        settings.site(scan.site());
        SiteBuildResult result;
        try {
            result = settings.build().write(posts, outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("meetkit: cannot write into " + outputDirectory + ": " + e, e);
        }
        result.diagnostics().forEach(this::log);
        warnings += result.diagnostics().size();
        getLog().info("meetkit: " + read + " posts, " + posts.size() + " converted, " + failed + " failed"
                + (warnings > 0 ? ", " + warnings + " warnings" : "") + "; " + result.written().size()
                + " files written, " + result.unchanged().size() + " unchanged, in " + outputDirectory);
        if (failed > 0 && failOnError) {
            throw new MojoFailureException("meetkit: " + failed + " of " + read + " posts have errors (listed above);"
                    + " the other posts' files are written. Set failOnError to false to let the build go on.");
        }
    }

    /** An ISO 8601 duration, or a message naming the parameter and the form it takes. */
    private static Duration duration(String parameter, String value) {
        try {
            return Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(parameter + " must be an ISO 8601 duration like PT1H, PT1H30M or P1D,"
                    + " was '" + value + "'", e);
        }
    }

    private void log(Diagnostic d) {
        if (d.isError()) {
            getLog().error(d.toString());
        } else {
            getLog().warn(d.toString());
        }
    }

    /** {@code SOURCE_DATE_EPOCH}, else the project's {@code outputTimestamp}, else now. */
    private Clock clock() throws MojoExecutionException {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        try {
            if (epoch != null && !epoch.isBlank()) {
                return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
            }
            // Maven's own rule: whole seconds, or ISO 8601; a single character means "not set".
            if (outputTimestamp != null && outputTimestamp.strip().length() > 1) {
                String t = outputTimestamp.strip();
                Instant at = t.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(t))
                        : OffsetDateTime.parse(t).toInstant();
                return Clock.fixed(at, ZoneOffset.UTC);
            }
        } catch (NumberFormatException | DateTimeException e) {
            throw new MojoExecutionException("meetkit: cannot read the build timestamp '"
                    + (epoch != null && !epoch.isBlank() ? epoch : outputTimestamp) + "': " + e.getMessage(), e);
        }
        return Clock.systemUTC();
    }
}
