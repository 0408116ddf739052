package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.export.ical.IndependentReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The flags of issue #13 on {@code convert} and {@code build}, and the durations they take. */
class CalendarOptionsTest {
    private static final Map<String, String> EPOCH = Map.of("SOURCE_DATE_EPOCH", "1700000000");

    @TempDir
    Path dir;
    Path site;

    private void write(String name, String text) throws IOException {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void writeASite() throws IOException {
        site = dir.resolve("site");
        write("_config.yml", """
                title: Lakeside Python
                url: https://lakeside.example.org
                timezone: Europe/Berlin
                lang: de
                logo: /img/logo.png
                meetkit:
                  free_events: true
                """);
        write("_posts/2024-05-02-may-meetup.md", """
                ---
                title: May Meetup
                event:
                  date: 2024-05-18
                  start: "18:30"
                  venue:
                    name: Boathouse
                    address: 1 Quay Street
                    city: Lakeside
                    country: Germany
                    geo: {lat: 47.5, lon: 9.7}
                talks:
                  - title: Typing at scale
                    speakers: [Ana Lima]
                    slides: https://speakerdeck.com/ana/typing
                ---
                One talk at the Boathouse.
                """);
    }

    @Test
    void durationsAreReadInShortUnitsOrIso8601() {
        assertThat(CalendarOptions.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(CalendarOptions.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(CalendarOptions.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(CalendarOptions.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(CalendarOptions.parse(" 1W ")).isEqualTo(Duration.ofDays(7));
        assertThat(CalendarOptions.parse("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThat(CalendarOptions.parse("p1dt2h")).isEqualTo(Duration.ofHours(26));
        assertThat(CalendarOptions.parse("0m")).isZero();
    }

    @Test
    void aDurationThatDoesNotReadSaysWhatWouldHave() {
        for (String bad : new String[] {"", "2", "1x", "30m1h", "h", "1.5h", "PT", "P1Y"}) {
            assertThatThrownBy(() -> CalendarOptions.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1h30m");
        }
        assertThatThrownBy(() -> CalendarOptions.parse("-PT1H")).hasMessageContaining("negative");
        assertThatThrownBy(() -> CalendarOptions.parse("PT0.5S")).hasMessageContaining("fraction");
    }

    @Test
    void convertWritesRemindersEndsAttachmentsAndApplePinsWhenAsked() {
        MeetupCliTest.Run run = BuildTest.run(EPOCH, "-f", "ics", "--alarm", "1h30m", "--default-duration", "2h",
                "--attachments", "--apple-location", site.toString());
        assertThat(run.code()).as(run.err()).isZero();
        IndependentReaders.assertAccepted(run.out());
        String unfolded = run.out().replace("\r\n ", "");
        assertThat(unfolded).contains("TRIGGER;RELATED=START:-PT1H30M",
                "DTEND;TZID=Europe/Berlin:20240518T203000", "ATTACH:https://speakerdeck.com/ana/typing",
                "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=\"1 Quay Street, Lakeside, Germany\";"
                        + "X-TITLE=\"Boathouse\":geo:47.5,9.7");
    }

    @Test
    void convertWithoutTheFlagsAddsNothing() {
        MeetupCliTest.Run run = BuildTest.run(EPOCH, "-f", "ics", site.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("VALARM", "ATTACH", "X-APPLE", "DTEND");
    }

    @Test
    void aBadDurationIsAUsageErrorNamingTheFlag() {
        MeetupCliTest.Run run = BuildTest.run(EPOCH, "-f", "ics", "--alarm", "soon", site.toString());
        assertThat(run.code()).isEqualTo(MeetupCli.USAGE);
        assertThat(run.err()).contains("--alarm", "'soon' is not a duration", "1h30m");
        MeetupCliTest.Run zero = BuildTest.run(EPOCH, "-f", "ics", "--default-duration", "0m", site.toString());
        assertThat(zero.code()).isEqualTo(MeetupCli.USAGE);
        assertThat(zero.err()).contains("--default-duration must be longer than zero");
    }

    @Test
    void convertToJsonLdTakesTheSitesLogoLanguageAndFreeEvents() throws IOException {
        MeetupCliTest.Run run = BuildTest.run(EPOCH, "-f", "jsonld", site.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode graph = JsonMapper.builder().build().readTree(run.out()).get("@graph");
        JsonNode blog = graph.get(0);
        assertThat(blog.get("inLanguage").asString()).isEqualTo("de");
        assertThat(blog.get("publisher").get("logo").get("url").asString())
                .isEqualTo("https://lakeside.example.org/img/logo.png");
        assertThat(graph.get(1).get("offers").get("price").asInt()).isZero();
    }

    @Test
    void buildTakesTheSameFlagsForItsCalendars() throws IOException {
        Path out = dir.resolve("out");
        MeetupCliTest.Run run = BuildTest.run(EPOCH, "build", site.toString(), "-o", out.toString(), "--alarm",
                "1d", "--default-duration", "PT3H", "--attachments");
        assertThat(run.code()).as(run.err()).isZero();
        String feed = Files.readString(out.resolve("events.ics"));
        IndependentReaders.assertAccepted(feed);
        assertThat(feed.replace("\r\n ", "")).contains("TRIGGER;RELATED=START:-P1D",
                "DTEND;TZID=Europe/Berlin:20240518T213000", "ATTACH:https://speakerdeck.com/ana/typing")
                .doesNotContain("X-APPLE");
        String snippet = Files.readString(out.resolve("jsonld/may-meetup.html"));
        assertThat(snippet).contains("\"inLanguage\": \"de\"", "\"isAccessibleForFree\": true");
    }
}
