package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Post;
import io.meetkit.export.ical.IcsLint;
import io.meetkit.export.WriteResult;
import io.meetkit.export.ical.IcsWriter;
import io.meetkit.export.ical.IndependentReaders;
import io.meetkit.export.json.PostJson;
import io.meetkit.export.jsonld.JsonLdWriter;
import io.meetkit.export.jsonld.OfflineJsonLd;
import io.meetkit.export.jsonld.SchemaOrgVocabulary;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import jakarta.json.JsonArray;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts read from Markdown, written by every exporter, read back by independent consumers. */
class EndToEndTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static List<Post> samples() {
        PostParser parser = PostParser.builder().site(Samples.SITE).build();
        return Samples.parse(parser).stream().map(r -> r.post().orElseThrow()).toList();
    }

    @Test
    void theHtmlOfTheSamplesNamesTheRecapsFourTalksAndSpeakersAndExpandsOffline() throws Exception {
        MeetupCliTest.Run run = MeetupCliTest.run("-f", "html");
        Matcher script = Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>")
                .matcher(run.out());
        assertThat(script.find()).isTrue();
        String json = script.group(1);
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonArray expanded = OfflineJsonLd.withBundledContext().expand(json);
        assertThat(expanded).isNotEmpty();
        JsonNode graph = JsonMapper.builder().build().readTree(json).get("@graph");
        JsonNode event = null;
        for (JsonNode node : graph) {
            if (node.path("@type").asString().equals("Event")) {
                event = node;
            }
        }
        assertThat(event).isNotNull();
        List<String> talks = new ArrayList<>();
        event.get("subEvent").forEach(t -> talks.add(t.get("name").asString()));
        assertThat(talks).containsExactly("Typing Pandas DataFrames", "Packaging with uv and PEP 751 lock files",
                "Profiling Python with py-spy", "Writing a tiny Markdown linter in 80 lines");
        List<String> people = new ArrayList<>();
        graph.forEach(n -> {
            if (n.path("@type").asString().equals("Person")) {
                people.add(n.get("name").asString());
            }
        });
        assertThat(people).contains("Asha Kulkarni", "Rohan Mehta", "Leela Thomas", "Farhan Ali");
    }

    @Test
    void theSamplesFeedIsAcceptedByIcal4jBiweeklyAndTheLint() throws Exception {
        StringWriter out = new StringWriter();
        WriteResult result = IcsWriter.builder().clock(CLOCK).calendarName("Lakeside").build()
                .writeFeed(samples(), out);
        assertThat(result.events()).isEqualTo(3);
        IcsLint.assertClean(out.toString());
        IndependentReaders.assertAccepted(out.toString());
    }

    @Test
    void theSamplesRoundTripThroughJson() {
        PostJson json = PostJson.create();
        List<Post> posts = samples();
        assertThat(json.readPosts(json.toJson(posts))).isEqualTo(posts);
    }

    /** The real site of ../shared/corpus, present in CI. */
    @Test
    @EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
    void everyCorpusPostGoesThroughEveryExporterAndBackThroughIndependentReaders() throws Exception {
        Path site = Path.of(System.getProperty("meetkit.shared.dir"), "corpus", "bangpypers");
        List<Post> posts = new ArrayList<>();
        for (ParseResult r : PostParser.create().scan(site)) {
            assertThat(r.errors()).as(r.source()).isEmpty();
            posts.add(r.post().orElseThrow());
        }
        assertThat(posts).hasSize(103);

        PostJson json = PostJson.create();
        assertThat(json.readPosts(json.toJson(posts))).isEqualTo(posts);

        StringWriter ics = new StringWriter();
        WriteResult result = IcsWriter.builder().clock(CLOCK).calendarName("BangPypers").build().writeFeed(posts, ics);
        // Most recaps name no day (the labels agree); every meetup that has one is in the feed, exactly once: an
        // announcement and its report (March 2013) are one VEVENT, and on this site no two meetups share a day.
        long dated = posts.stream().filter(p -> p.event().flatMap(e -> e.time()).isPresent()).count();
        long days = posts.stream().flatMap(p -> p.event().flatMap(e -> e.time()).stream())
                .map(t -> t.startDate()).distinct().count();
        assertThat(dated).isGreaterThan(10);
        assertThat(days).isLessThan(dated);
        assertThat(result.events()).isEqualTo((int) days);
        IcsLint.assertClean(ics.toString());
        IndependentReaders.assertAccepted(ics.toString());

        OfflineJsonLd jsonLd = OfflineJsonLd.withSharedContext();
        SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.load(
                OfflineJsonLd.sharedSchemaOrg().resolve("schemaorg-current-http.jsonld"));
        JsonLdWriter writer = JsonLdWriter.create();
        int events = 0;
        for (Post post : posts) {
            String document = writer.toJson(post);
            JsonArray expanded = jsonLd.expand(document);
            assertThat(vocabulary.check(expanded, post.source())).as(post.source()).isEmpty();
            assertThat(writer.toScriptElement(post)).doesNotContainPattern("(?i)</script>.*</script>");
            events += post.event().isPresent() ? 1 : 0;
        }
        System.out.printf("corpus end to end: %d posts, %d events, %d calendar events%n", posts.size(), events,
                result.events());
    }
}
