package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Provenance;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConventionsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static SiteConventions.PostKeys post(String fileDate, Object... keysAndValues) {
        Map<String, Object> fm = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fm.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new SiteConventions.PostKeys(fm, Optional.ofNullable(fileDate).map(LocalDate::parse));
    }

    @Test
    void aSiteWhosePostsGiveOnlyATimeOfDayHasEventsOnTheirPostDates() {
        SiteConventions c = SiteConventions.infer(List.of(
                post("2021-01-07", "title", "Jan", "time", "6:30-8:30pm", "address", "The Forge, 1 Main St"),
                post("2021-02-04", "title", "Feb", "time", "6:30-8:30pm", "address", "The Forge, 1 Main St"),
                post("2021-03-04", "title", "Mar", "time", "7pm", "address", "Online")), Optional.empty());
        assertThat(c.postDateIsEventDate()).hasValueSatisfying(why -> assertThat(why).startsWith("inferred: 3 of 3"));
    }

    @Test
    void oneTimedPostAmongRecapsIsNoConvention() {
        List<SiteConventions.PostKeys> posts = new ArrayList<>();
        posts.add(post("2021-01-07", "time", "6:30pm", "venue", "The Forge"));
        for (int i = 1; i <= 5; i++) {
            posts.add(post("2021-0" + i + "-20", "title", "Recap " + i, "venue", "The Forge"));
        }
        assertThat(SiteConventions.infer(posts, Optional.empty()).isEmpty()).isTrue();
    }

    @Test
    void datesWithRoundTimesOnPostsWithVenuesAreEventStarts() {
        SiteConventions c = SiteConventions.infer(List.of(
                post(null, "date", "2023-01-10T18:00:00+01:00", "venue_name", "Hall A"),
                post(null, "date", "2023-02-14T18:30:00+01:00", "venue_name", "Hall A"),
                post(null, "date", "2023-03-14T18:00:00+01:00", "venue_name", "Hall B")), Optional.empty());
        assertThat(c.dateTimeIsEventStart()).isPresent();
    }

    @Test
    void publicationStampsWithSecondsAreNotEventStarts() {
        SiteConventions c = SiteConventions.infer(List.of(
                post(null, "date", "2018-04-14 19:14:58 +0000", "location", "Hall A"),
                post(null, "date", "2018-05-02 08:03:11 +0000", "location", "Hall A"),
                post(null, "date", "2018-06-21 22:41:07 +0000", "location", "Hall A")), Optional.empty());
        assertThat(c.dateTimeIsEventStart()).isEmpty();
    }

    @Test
    void startsThatKeepTheirLocalHourOnlyAsUtcAreStoredInUtc() {
        SiteConventions c = SiteConventions.infer(List.of(
                post("2019-01-17", "started_at", "2019-01-17 19:00:00"),
                post("2019-06-20", "started_at", "2019-06-20 18:00:00"),
                post("2019-07-18", "started_at", "2019-07-18 18:00:00"),
                post("2019-11-21", "started_at", "2019-11-21 19:00:00")), Optional.of(LONDON));
        assertThat(c.timesInUtc()).hasValueSatisfying(why -> assertThat(why).contains("Europe/London"));
    }

    @Test
    void startsAtTheSameLocalHourAllYearAreLocal() {
        SiteConventions c = SiteConventions.infer(List.of(
                post("2019-01-17", "started_at", "2019-01-17 19:00:00"),
                post("2019-06-20", "started_at", "2019-06-20 19:00:00"),
                post("2019-11-21", "started_at", "2019-11-21 19:00:00")), Optional.of(LONDON));
        assertThat(c.timesInUtc()).isEmpty();
    }

    @Test
    void aBritishPostcodeGivesTheSitesZoneWhenItsTownIsNotKnown() {
        SiteConventions c = SiteConventions.infer(List.of(
                post("2019-01-17", "location", "Hall, 1 Colton Square, LE1 1QH, Leicester"),
                post("2019-02-17", "location", "Hall, 1 Colton Square, LE1 1QH, Leicester"),
                post("2019-03-17", "location", "Pub, 9 Low Street, LE1 5JN, Leicester")), Optional.empty());
        assertThat(c.zone()).contains(LONDON);
    }

    @Test
    void declaredConventionsReplaceInferredOnesAndReportWhatDoesNotRead() {
        SiteConventions c = SiteConventions.NONE.withDeclared(Map.of("times", "utc", "start", "kickoff",
                "timezone", "Europe/Lisbon", "colour", "blue"), "_config.yml");
        assertThat(c.timesInUtc()).hasValueSatisfying(why -> assertThat(why).startsWith("declared in _config.yml"));
        assertThat(c.startKey()).contains("kickoff");
        assertThat(c.zone()).contains(ZoneId.of("Europe/Lisbon"));
        assertThat(c.diagnostics()).extracting(Diagnostic::message).containsExactly("meetkit.colour: unknown key ignored");
    }

    @Test
    void aPostWithATimeButNoDayTakesItsPostDateAsSiteConvention() {
        ExtractionInput in = TestPosts.input("2021-03-04-march.md", """
                ---
                title: March
                time: 6:30-8:30pm
                address: The Forge, 1 Main St, Lyon
                ---
                """).withConventions(new SiteConventions(Optional.of("inferred: test"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        Event e = new EventExtractor().extract(in).event().orElseThrow();
        EventTime.Timed t = (EventTime.Timed) e.time().orElseThrow();
        assertThat(t.start().toLocalDateTime()).hasToString("2021-03-04T18:30");
        assertThat(e.provenanceOf(EventFact.DATE)).contains(Provenance.site("inferred: test"));
    }

    @Test
    void aRecapWithNoEventKeysKeepsItsDayUnknownUnderTheConvention() {
        ExtractionInput in = TestPosts.input("2021-03-20-thanks.md", """
                ---
                title: Thanks for coming
                ---
                Thanks to everyone.
                """).withConventions(new SiteConventions(Optional.of("inferred: test"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        assertThat(new EventExtractor().extract(in).event()).isEmpty();
    }

    @Test
    void utcClockTimesAreShownInTheEventsZone() {
        ExtractionInput in = TestPosts.input("2019-08-15.md", """
                ---
                title: August
                started_at: 2019-08-15 18:00:00
                ended_at: 2019-08-15 19:30:00
                ---
                """, Site.UNKNOWN.withTimeZone(LONDON), Map.of()).withConventions(new SiteConventions(
                Optional.empty(), Optional.empty(), Optional.of("inferred: utc"), Optional.empty(), Optional.empty(),
                List.of()));
        Event e = new EventExtractor().extract(in).event().orElseThrow();
        EventTime.Timed t = (EventTime.Timed) e.time().orElseThrow();
        assertThat(t.start()).hasToString("2019-08-15T19:00+01:00[Europe/London]");
        assertThat(t.end().orElseThrow().toLocalTime()).hasToString("20:30");
        assertThat(e.provenanceOf(EventFact.TIME)).contains(Provenance.site("inferred: utc"));
    }

    @Test
    void aDateWithATimeIsTheStartUnderTheConventionKeepingItsOffset() {
        ExtractionInput in = TestPosts.input("2022-10-21-talk.md", """
                ---
                title: Transformers
                date: 2022-10-21T18:00:00+02:00
                venue_name: Hall A
                venue_city: Novi Sad
                ---
                """).withConventions(new SiteConventions(Optional.empty(), Optional.of("inferred: starts"),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        Event e = new EventExtractor().extract(in).event().orElseThrow();
        EventTime.Timed t = (EventTime.Timed) e.time().orElseThrow();
        assertThat(t.start().toOffsetDateTime()).hasToString("2022-10-21T18:00+02:00");
    }

    @Test
    void theReaderInfersFromEveryPostAndReadsTheDeclaredSection(@TempDir Path site) throws IOException {
        Path posts = Files.createDirectories(site.resolve("_posts"));
        for (String day : List.of("2021-01-07", "2021-02-04", "2021-03-04")) {
            Files.writeString(posts.resolve(day + "-meetup.md"), "---\ntitle: Meetup\ntime: 7pm\n"
                    + "address: The Forge, 1 Main St\n---\nSee you there.\n");
        }
        Files.writeString(site.resolve("_config.yml"), "title: Forge\nmeetkit:\n  timezone: America/Chicago\n");
        SiteConventions c = SiteConventionsReader.read(site, Optional.empty(), Limits.DEFAULT);
        assertThat(c.postDateIsEventDate()).isPresent();
        assertThat(c.zone()).contains(ZoneId.of("America/Chicago"));
    }

    /** Reading the front matter on several threads infers what reading it on one does, in the files' order. */
    @Test
    void theReaderInfersTheSameOnSeveralThreads(@TempDir Path site) throws IOException {
        Path posts = Files.createDirectories(site.resolve("_posts"));
        Path talks = Files.createDirectories(site.resolve("_talks"));
        for (int i = 0; i < 300; i++) {
            String day = LocalDate.of(2020, 1, 1).plusDays(3L * i).toString();
            // Mostly posts whose date is the event's, with a minority that disagree, and a second collection.
            String date = i % 7 == 0 ? LocalDate.parse(day).minusDays(9).toString() : day;
            Files.writeString(posts.resolve(day + "-meetup-" + i + ".md"), "---\ntitle: Meetup " + i
                    + "\ndate: " + date + "\ntime: 7pm\n---\nSee you there.\n");
            if (i % 3 == 0) {
                Files.writeString(talks.resolve("talk-" + i + ".md"), "---\ntitle: Talk " + i
                        + "\nspeaker: Ann Lee\n---\nAbout things.\n");
            }
        }
        SiteConventions one = SiteConventionsReader.read(site, Optional.empty(), Limits.DEFAULT, 1);
        assertThat(one.postDateIsEventDate()).isPresent();
        for (int threads : new int[] {2, 3, 8}) {
            assertThat(SiteConventionsReader.read(site, Optional.empty(), Limits.DEFAULT, threads))
                    .as("%d threads", threads).isEqualTo(one);
        }
    }
}
