package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan reads each site's conventions once and applies them to its posts, marked as the site's. */
class SiteConventionsScanTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void announcements() throws IOException {
        for (String day : List.of("2021-01-07", "2021-02-04", "2021-03-04")) {
            write("_posts/" + day + "-meetup.md", """
                    ---
                    title: Monthly meetup
                    time: 6:30-8:30pm
                    address: The Forge, 1 Main St, Chicago
                    ---
                    See you there.
                    """);
        }
    }

    private Event eventOf(String relPath) {
        for (ParseResult r : PostParser.create().scan(List.of(root))) {
            if (r.source().endsWith(relPath)) {
                assertThat(r.errors()).isEmpty();
                return r.post().flatMap(Post::event).orElseThrow();
            }
        }
        throw new AssertionError("not scanned: " + relPath);
    }

    @Test
    void aZoneThePostStatesWinsOverTheOffsetTheReaderGaveItsDateAndTime() throws IOException {
        // An Astro site of event files whose date and time is the event's start, written without an offset.
        write("astro.config.mjs", "export default {};\n");
        for (String day : List.of("2024-03-06", "2024-04-03", "2024-05-01")) {
            write("src/content/events/" + day + "-event.md", "---\ntitle: Tech night\ndate: " + day
                    + " 19:00:00\nvenue: Corner Hall\n" + (day.equals("2024-05-01") ? "timezone: America/New_York\n" : "")
                    + "---\n");
        }
        Event stated = eventOf("2024-05-01-event.md");
        EventTime.Timed t = (EventTime.Timed) stated.time().orElseThrow();
        assertThat(t.start().toOffsetDateTime()).hasToString("2024-05-01T19:00-04:00");
        assertThat(stated.provenanceOf(EventFact.TIME_ZONE)).map(Provenance::origin)
                .contains(Provenance.Origin.FRONT_MATTER);
        EventTime.Timed other = (EventTime.Timed) eventOf("2024-04-03-event.md").time().orElseThrow();
        assertThat(other.start().toLocalTime()).as("the others keep their time of day").hasToString("19:00");
    }

    @Test
    void aJekyllSiteOfAnnouncementsHasItsEventsOnTheirFileNameDays() throws IOException {
        write("_config.yml", "title: Forge Python\n");
        announcements();
        Event e = eventOf("2021-02-04-meetup.md");
        EventTime.Timed t = (EventTime.Timed) e.time().orElseThrow();
        assertThat(t.start().toLocalDateTime()).hasToString("2021-02-04T18:30");
        assertThat(e.provenanceOf(EventFact.DATE)).map(Provenance::origin).contains(Provenance.Origin.SITE);
        assertThat(e.provenanceOf(EventFact.DATE).flatMap(Provenance::detail)).hasValueSatisfying(why ->
                assertThat(why).startsWith("inferred: 3 of 3"));
    }

    @Test
    void aFolderWhoseGeneratorIsNotRecognisedStillHasConventions() throws IOException {
        announcements();
        assertThat(eventOf("2021-01-07-meetup.md").provenanceOf(EventFact.DATE)).map(Provenance::origin)
                .contains(Provenance.Origin.SITE);
    }

    @Test
    void aLoneFileIsReadWithoutConventions() throws IOException {
        announcements();
        ParseResult r = PostParser.create().parse(root.resolve("_posts/2021-01-07-meetup.md"));
        assertThat(r.post().flatMap(Post::event).flatMap(Event::time)).isEmpty();
    }

    @Test
    void conventionsDeclaredInMeetkitYmlAreApplied() throws IOException {
        write("_config.yml", "title: Forge Python\n");
        write("meetkit.yml", "times: utc\ntimezone: Europe/London\n");
        write("_posts/2019-08-15-august.md", """
                ---
                title: August
                started_at: 2019-08-15 18:00:00
                venue: The Forge
                ---
                """);
        Event e = eventOf("2019-08-15-august.md");
        EventTime.Timed t = (EventTime.Timed) e.time().orElseThrow();
        assertThat(t.start()).hasToString("2019-08-15T19:00+01:00[Europe/London]");
        assertThat(e.provenanceOf(EventFact.TIME).flatMap(Provenance::detail)).hasValueSatisfying(why ->
                assertThat(why).startsWith("declared in "));
    }

    @Test
    void aDeclaredKeyThatDoesNotReadIsASiteWarning() throws IOException {
        write("_config.yml", "title: Forge Python\nmeetkit:\n  times: sometimes\n");
        announcements();
        SiteScan scan = PostParser.create().scan(List.of(root));
        assertThat(scan.siteDiagnostics()).anySatisfy(d -> assertThat(d.message()).contains("meetkit.times"));
    }
}
