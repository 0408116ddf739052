package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Post;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScriptElementTest {
    private static final String OPEN = "<script type=\"application/ld+json\">\n";
    private static final String CLOSE = "\n</script>\n";

    private static String json(String element) {
        assertThat(element).startsWith(OPEN).endsWith(CLOSE);
        return element.substring(OPEN.length(), element.length() - CLOSE.length());
    }

    @Test
    void scriptElementWrapsTheDocument() {
        String element = Fixtures.writer().toScriptElement(Fixtures.recap());

        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(json(element))).isEqualTo(mapper.readTree(Fixtures.writer().toJson(Fixtures.recap())));
    }

    @Test
    void jsonInsideTheElementHasNoRawAngleBracketOrAmpersand() {
        String json = json(Fixtures.writer().toScriptElement(Fixtures.hostile()));

        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(json).contains("\\u003c/script\\u003e", "\\u0026");
    }

    @Test
    void theOnlyClosingScriptTagIsTheElementsOwn() {
        String element = Fixtures.writer().toScriptElement(Fixtures.hostile()).toLowerCase(Locale.ROOT);

        assertThat(element.indexOf("</script")).isEqualTo(element.length() - "</script>\n".length());
        assertThat(element).doesNotContain("<!--");
    }

    @Test
    void parsingTheElementsJsonGivesBackTheOriginalText() {
        Post post = Fixtures.hostile();
        JsonNode graph = JsonMapper.builder().build()
                .readTree(json(Fixtures.writer().toScriptElement(post))).path("@graph");

        // Line and paragraph separators are white space, collapsed to one space like any other.
        assertThat(graph.get(0).path("headline").asString())
                .isEqualTo("Why </script><script>alert(1)</script> & </SCRIPT > <!-- break --> line para");
        assertThat(graph.get(1).path("name").asString()).isEqualTo("<script>evil()</script> night \uD83D\uDC0D");
        assertThat(graph.get(1).path("location").path("name").asString()).isEqualTo("Caf\u00e9 &amp; Bar </script>");
        assertThat(graph.get(2).path("name").asString()).isEqualTo("\u0645\u062d\u0645\u062f \u0639\u0644\u064a");
    }

    @Test
    void emojiAndRightToLeftTextAreWrittenAsCharactersNotEscapes() {
        String json = json(Fixtures.writer().toScriptElement(Fixtures.hostile()));

        assertThat(json).contains("\uD83D\uDC0D", "\u0645\u062d\u0645\u062f");
    }

    @Test
    void plainJsonOutputIsNotHtmlEscaped() {
        String json = Fixtures.writer().toJson(Fixtures.hostile());

        assertThat(json).contains("</script>");
    }
}
