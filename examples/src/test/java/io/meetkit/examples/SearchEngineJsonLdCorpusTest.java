package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Post;
import io.meetkit.core.Talk;
import io.meetkit.export.jsonld.JsonLdWriter;
import io.meetkit.export.jsonld.OfflineJsonLd;
import io.meetkit.export.jsonld.SchemaOrgVocabulary;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import io.meetkit.markdown.SiteScan;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over the BangPypers site (most recaps name no day or no address): the default JSON-LD has no {@code Event} that a
 * search engine would reject, and still names every speaker of every talk as a {@code Person}.
 */
@EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
class SearchEngineJsonLdCorpusTest {

    @Test
    void noEventLacksAStartDateOrLocationAndEverySpeakerIsStillAPerson() throws Exception {
        Path site = Path.of(System.getProperty("meetkit.shared.dir"), "corpus", "bangpypers");
        SiteScan scan = PostParser.create().scan(site);
        List<Post> posts = new ArrayList<>();
        for (ParseResult r : scan) {
            posts.add(r.post().orElseThrow());
        }
        JsonLdWriter.Builder builder = JsonLdWriter.builder();
        scan.site().url().ifPresent(builder::baseUrl);
        String document = document(builder.build(), posts);
        String everyEvent = document(builder.allEvents(true).build(), posts);

        Map<String, JsonNode> nodes = byId(document);
        Map<String, JsonNode> everyNodes = byId(everyEvent);
        int written = 0;
        int leftOut = 0;
        for (JsonNode node : nodes.values()) {
            if (node.path("@type").asString().equals("Event")) {
                written++;
                assertThat(node.has("startDate")).as(node.path("@id").asString()).isTrue();
                assertThat(node.has("location")).as(node.path("@id").asString()).isTrue();
            }
            if (!node.path("@type").asString().equals("BlogPosting")) {
                continue;
            }
            // The same post with every event written: what its event's talks name, this post must still name.
            JsonNode about = everyNodes.get(node.path("@id").asString()).path("about");
            if (about.isMissingNode() || node.has("about")) {
                continue;
            }
            leftOut++;
            Set<String> performers = new HashSet<>();
            everyNodes.get(about.path("@id").asString()).path("subEvent")
                    .forEach(t -> t.path("performer").forEach(p -> performers.add(p.path("@id").asString())));
            Set<String> mentions = new HashSet<>();
            node.path("mentions").forEach(m -> mentions.add(m.path("@id").asString()));
            assertThat(mentions).as(node.path("@id").asString()).containsAll(performers);
        }
        List<JsonNode> people = nodes.values().stream().filter(n -> n.path("@type").asString().equals("Person"))
                .toList();
        assertThat(people).containsExactlyInAnyOrderElementsOf(everyNodes.values().stream()
                .filter(n -> n.path("@type").asString().equals("Person")).toList());
        int speakers = 0;
        for (Post post : posts) {
            for (Talk talk : post.event().map(e -> e.talks()).orElse(List.of())) {
                speakers += talk.speakers().size();
            }
        }
        assertThat(written).as("events written").isPositive();
        assertThat(leftOut).as("events left out").isPositive();
        assertThat(speakers).isGreaterThan(50);

        OfflineJsonLd jsonLd = OfflineJsonLd.withSharedContext();
        SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.load(
                OfflineJsonLd.sharedSchemaOrg().resolve("schemaorg-current-http.jsonld"));
        assertThat(vocabulary.check(jsonLd.expand(document), "bangpypers.jsonld")).isEmpty();
        System.out.printf("BangPypers JSON-LD: %d events written, %d left out, %d talk speakers, %d people%n",
                written, leftOut, speakers, people.size());
    }

    private static String document(JsonLdWriter writer, List<Post> posts) throws Exception {
        StringWriter out = new StringWriter();
        writer.writeAll(posts, out);
        return out.toString();
    }

    private static Map<String, JsonNode> byId(String document) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        JsonMapper.builder().build().readTree(document).get("@graph")
                .forEach(n -> nodes.put(n.path("@id").asString(), n));
        return nodes;
    }

}
