package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.rdf.RdfNQuad;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Expands every document with titanium-json-ld and a small context of our own: runs without the shared files. */
class ExpansionTest {
    private static final OfflineJsonLd JSON_LD = OfflineJsonLd.withBundledContext();

    static Stream<String> fixtures() {
        return Fixtures.all().keySet().stream();
    }

    static List<String> types(JsonArray expanded) {
        List<String> types = new ArrayList<>();
        collectTypes(expanded, types);
        return types;
    }

    private static void collectTypes(JsonValue value, List<String> types) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collectTypes(v, types));
        } else if (value instanceof JsonObject object) {
            if (object.containsKey("@type") && !object.containsKey("@value")) {
                object.getJsonArray("@type").forEach(t -> types.add(((jakarta.json.JsonString) t).getString()));
            }
            object.forEach((k, v) -> collectTypes(v, types));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void documentExpandsAndConvertsToRdf(String name) throws JsonLdError {
        String json = Fixtures.writer().toJson(Fixtures.all().get(name));

        JsonArray expanded = JSON_LD.expand(json);
        List<RdfNQuad> quads = JSON_LD.toRdf(json).toList();

        assertThat(types(expanded)).contains("http://schema.org/BlogPosting").allMatch(t -> t.startsWith("http://schema.org/"));
        assertThat(quads).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void scriptElementJsonExpandsToTheSameAsPlainJson(String name) throws JsonLdError {
        String element = Fixtures.writer().toScriptElement(Fixtures.all().get(name));
        String inner = element.substring(element.indexOf('\n') + 1, element.lastIndexOf("\n</script>"));

        assertThat(JSON_LD.expand(inner)).isEqualTo(JSON_LD.expand(Fixtures.writer().toJson(Fixtures.all().get(name))));
    }

    @Test
    void recapExpandsToAnEventWithFourSubEventsAndFourPeople() throws JsonLdError {
        List<String> types = types(JSON_LD.expand(Fixtures.writer().toJson(Fixtures.recap())));

        assertThat(types).filteredOn("http://schema.org/Event"::equals).hasSize(5);
        assertThat(types).filteredOn("http://schema.org/Person"::equals).hasSize(4);
    }

    @Test
    void talkPerformersAreTheSamePersonIrisAsTheNodes() throws JsonLdError {
        String json = Fixtures.writer().toJson(Fixtures.recap());
        List<RdfNQuad> quads = JSON_LD.toRdf(json).toList();

        List<String> performers = quads.stream()
                .filter(q -> q.getPredicate().getValue().equals("http://schema.org/performer"))
                .map(q -> q.getObject().getValue()).distinct().toList();
        List<String> people = quads.stream()
                .filter(q -> q.getObject().getValue().equals("http://schema.org/Person"))
                .map(q -> q.getSubject().getValue()).toList();
        assertThat(performers).containsExactlyInAnyOrderElementsOf(people);
    }

    @Test
    void loaderRefusesAnyUrlButSchemaOrg() {
        String json = """
                {"@context": "https://evil.example/context.jsonld", "name": "x"}
                """;

        assertThatThrownBy(() -> JSON_LD.expand(json)).isInstanceOf(JsonLdError.class)
                .satisfies(e -> assertThat(((JsonLdError) e).getCode())
                        .isIn(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED))
                .hasMessageContaining("evil.example");
    }
}
