package io.meetkit.examples;

import io.meetkit.core.Post;
import io.meetkit.export.site.SiteBuild;
import io.meetkit.export.site.SiteBuildResult;
import io.meetkit.export.site.SiteLayout;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import io.meetkit.markdown.SiteScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code meetup build SITE -o DIR}: a site's feed, per-event calendars, JSON-LD snippets, posts and speaker index,
 * written where the site generator picks them up (see {@link SiteBuild}). Diagnostics, summary line and exit status
 * are those of {@code convert}; a post with errors is left out and every other post's files are still written.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = MeetupCli.Version.class,
        description = "Write a site's feed, per-event calendars, JSON-LD snippets, posts.json and "
        + "speakers.json into DIR, where Jekyll or Hugo picks them up; unchanged files are not rewritten.")
final class Build implements Callable<Integer> {
    private final MeetupCli.Context context;

    @Parameters(paramLabel = "SITE", description = "The site's root folder (Jekyll, Hugo, or a folder of posts).")
    Path site;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The output folder; for --layout jekyll or hugo, the site's root.")
    Path output;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "plain",
            description = "plain (default), jekyll (_includes/meetkit/, assets/meetkit/) or hugo "
                    + "(layouts/partials/meetkit/, static/meetkit/).")
    String layout;

    @Option(names = "--calendar-name", paramLabel = "NAME", description = "The feed's name (default: the site's title).")
    String calendarName;

    @Option(names = "--timezone", paramLabel = "ZONE",
            description = "Zone for dates and times that name none, when the site names none (e.g. Asia/Kolkata).")
    String timezone;

    @Option(names = "--strict", description = "Report warnings as errors.")
    boolean strict;

    @Option(names = "--all-events", description = "Write every event into the JSON-LD snippets, also those search "
            + "engines reject (no date, or no address or online URL).")
    boolean allEvents;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read posts (default: the number of processors).")
    Integer threads;

    @Mixin
    CalendarOptions calendarOptions = new CalendarOptions();

    Build(MeetupCli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SiteBuild.Builder settings = SiteBuild.builder().allEvents(allEvents).clock(MeetupCli.clock(context.env()));
        calendarOptions.applyTo(settings);
        try {
            settings.layout(SiteLayout.named(layout));
        } catch (IllegalArgumentException e) {
            throw new MeetupCli.UsageException(e.getMessage());
        }
        if (calendarName != null) {
            if (calendarName.isBlank()) {
                throw new MeetupCli.UsageException("--calendar-name must not be blank");
            }
            settings.calendarName(calendarName);
        }
        if (!Files.isDirectory(site)) {
            throw new MeetupCli.UsageException("SITE must be a folder, was " + site);
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new MeetupCli.UsageException("-o must be a folder, was " + output);
        }
        PostParser parser = parser(settings);
        SiteScan scan = parser.scan(List.of(site));
        Tally tally = context.tally();
        tally.print(scan.siteDiagnostics());
        tally.expect(scan.size());
        List<Post> posts = new ArrayList<>();
        for (ParseResult r : scan) {
            tally.count(r);
            if (!r.hasErrors() && r.post().isPresent()) {
                posts.add(r.post().get());
            }
        }
        settings.site(scan.site());
        try {
            SiteBuildResult result = settings.build().write(posts, output);
            tally.print(result.diagnostics());
            context.out().println("meetup build: " + result.written().size() + " files written, "
                    + result.unchanged().size() + " unchanged, in " + output);
            context.out().flush();
        } catch (IOException e) {
            tally.say("meetup: cannot write into " + output + ": " + e);
            tally.finish();
            return MeetupCli.INPUT_ERRORS;
        }
        return tally.finish();
    }

    private PostParser parser(SiteBuild.Builder settings) {
        Optional<ZoneId> zone = MeetupCli.zone(timezone);
        zone.ifPresent(settings::timeZone);
        return MeetupCli.parserBuilder(strict, threads, zone).build();
    }
}
