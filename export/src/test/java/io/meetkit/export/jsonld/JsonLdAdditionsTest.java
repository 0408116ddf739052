package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventStatus;
import io.meetkit.core.Post;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON-LD additions of issue #13: the publisher with its logo, inLanguage and free events' offers. */
class JsonLdAdditionsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OfflineJsonLd JSON_LD = OfflineJsonLd.withBundledContext();

    private static JsonNode node(String json, String type) {
        for (JsonNode node : JSON.readTree(json).get("@graph")) {
            if (node.path("@type").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + json);
    }

    private static Post withLang(Post post, String lang) {
        return post.toBuilder().frontMatter(Map.of("title", post.title(), "lang", lang)).build();
    }

    @Test
    void nothingIsAddedByDefault() {
        String json = Fixtures.writer().toJson(List.copyOf(Fixtures.all().values()));
        assertThat(json).doesNotContain("\"publisher\"", "\"inLanguage\"", "\"offers\"", "\"isAccessibleForFree\"");
    }

    @Test
    void theBlogPostingNamesItsPublisherWithTheLogoResolvedAgainstTheBaseUrl() {
        JsonNode publisher = node(Fixtures.withAdditions().toJson(Fixtures.recap()), "BlogPosting").get("publisher");
        assertThat(publisher.get("@type").asString()).isEqualTo("Organization");
        assertThat(publisher.get("name").asString()).isEqualTo("Pune Python");
        assertThat(publisher.get("logo").get("@type").asString()).isEqualTo("ImageObject");
        assertThat(publisher.get("logo").get("url").asString())
                .isEqualTo("https://meetup.example.org/pune/img/logo.png");
    }

    @Test
    void aRelativeLogoWithoutABaseUrlIsLeftOutWithAWarning() throws Exception {
        JsonLdWriter writer = JsonLdWriter.builder().publisher(Fixtures.organizer())
                .publisherLogo(URI.create("img/logo.png")).build();
        java.io.StringWriter out = new java.io.StringWriter();
        List<Diagnostic> warnings = writer.write(Fixtures.news(), out).diagnostics();
        JsonNode publisher = node(out.toString(), "BlogPosting").get("publisher");
        assertThat(publisher.get("name").asString()).isEqualTo("Pune Python");
        assertThat(publisher.has("logo")).isFalse();
        assertThat(warnings).anySatisfy(d -> assertThat(d.message()).contains("publisher.logo"));
    }

    @Test
    void inLanguageIsThePostsOwnTagElseTheSites() {
        JsonLdWriter writer = Fixtures.withAdditions();
        assertThat(node(writer.toJson(Fixtures.news()), "BlogPosting").get("inLanguage").asString())
                .isEqualTo("en-IN");
        assertThat(node(writer.toJson(withLang(Fixtures.news(), "mr")), "BlogPosting").get("inLanguage").asString())
                .isEqualTo("mr");
        assertThat(node(writer.toJson(withLang(Fixtures.news(), "pt_br")), "BlogPosting").get("inLanguage")
                .asString()).isEqualTo("pt-BR");
    }

    @Test
    void aPostLanguageThatIsNoTagGivesTheSitesWithAWarning() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        List<Diagnostic> warnings = Fixtures.withAdditions().write(withLang(Fixtures.news(), "English please"), out)
                .diagnostics();
        assertThat(node(out.toString(), "BlogPosting").get("inLanguage").asString()).isEqualTo("en-IN");
        assertThat(warnings).anySatisfy(d -> assertThat(d.message()).contains("inLanguage 'English please'"));
    }

    @Test
    void aFreeEventOffersAZeroPriceTicketAtItsPageAndItsTalksOfferNothing() {
        JsonNode event = node(Fixtures.withAdditions().toJson(Fixtures.recap()), "Event");
        assertThat(event.get("isAccessibleForFree").asBoolean()).isTrue();
        JsonNode offer = event.get("offers");
        assertThat(offer.get("@type").asString()).isEqualTo("Offer");
        assertThat(offer.get("price").asInt()).isZero();
        assertThat(offer.get("availability").asString()).isEqualTo("https://schema.org/InStock");
        assertThat(offer.get("url").asString()).isEqualTo(event.get("url").asString());
        for (JsonNode talk : event.get("subEvent")) {
            assertThat(talk.has("offers")).isFalse();
        }
    }

    @Test
    void aCancelledEventOffersNothing() {
        Post recap = Fixtures.recap();
        Event cancelled = recap.event().orElseThrow().toBuilder().status(EventStatus.CANCELLED).build();
        JsonNode event = node(Fixtures.withAdditions().toJson(recap.withEvent(cancelled)), "Event");
        assertThat(event.has("offers")).isFalse();
        assertThat(event.has("isAccessibleForFree")).isFalse();
    }

    @Test
    void theAdditionsExpandAsSchemaOrgTermsWithTheirValues() throws JsonLdError {
        String json = Fixtures.withAdditions().toJson(Fixtures.recap());
        List<String> properties = new ArrayList<>();
        collectKeys(JSON_LD.expand(json), properties);
        assertThat(properties).contains("http://schema.org/publisher", "http://schema.org/logo",
                "http://schema.org/inLanguage", "http://schema.org/offers", "http://schema.org/price",
                "http://schema.org/availability", "http://schema.org/isAccessibleForFree");
        assertThat(ExpansionTest.types(JSON_LD.expand(json))).contains("http://schema.org/Offer",
                "http://schema.org/ImageObject", "http://schema.org/Organization");
    }

    private static void collectKeys(JsonValue value, List<String> keys) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collectKeys(v, keys));
        } else if (value instanceof JsonObject object) {
            object.forEach((k, v) -> {
                keys.add(k);
                collectKeys(v, keys);
            });
        }
    }

    @Test
    void theBuilderRefusesALanguageThatIsNoTagAndALogoWithoutAPublisher() {
        assertThatThrownBy(() -> JsonLdWriter.builder().inLanguage("not a tag"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inLanguage");
        assertThatThrownBy(() -> JsonLdWriter.builder().publisherLogo(URI.create("https://x.example/l.png")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("publisher");
    }

    @Test
    void toBuilderKeepsTheAdditions() {
        JsonLdWriter writer = Fixtures.withAdditions();
        assertThat(writer.toBuilder().build().toJson(Fixtures.recap())).isEqualTo(writer.toJson(Fixtures.recap()));
    }
}
