package io.meetkit.export.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonEmitterTest {

    private static String write(LdObject document, boolean pretty, boolean htmlSafe) {
        StringWriter out = new StringWriter();
        new JsonEmitter(pretty, htmlSafe).write(document, out);
        return out.toString();
    }

    @Test
    void htmlSafeEscapingWritesLineAndParagraphSeparatorsAsEscapes() {
        String json = write(new LdObject().put("a", "x\u2028y\u2029z"), false, true);

        assertThat(json).isEqualTo("{\"a\":\"x\\u2028y\\u2029z\"}");
    }

    @Test
    void htmlSafeEscapingUsesLowerCaseUnicodeEscapesNotEntities() {
        String json = write(new LdObject().put("a", "</script> & <!--"), false, true);

        assertThat(json).isEqualTo("{\"a\":\"\\u003c/script\\u003e \\u0026 \\u003c!--\"}");
    }

    @Test
    void slashesAreNotEscaped() {
        assertThat(write(new LdObject().put("u", "https://schema.org"), false, false))
                .isEqualTo("{\"u\":\"https://schema.org\"}");
    }

    @Test
    void emptyValuesNeverBecomeKeys() {
        LdObject object = new LdObject().put("s", " ").put("l", List.of()).put("o", LdObject.ofType("Thing"))
                .put("n", null).put("keep", 1.5);

        assertThat(write(object, false, false)).isEqualTo("{\"keep\":1.5}");
    }

    @Test
    void prettyOutputIndentsWithTwoSpaces() {
        assertThat(write(new LdObject().put("a", List.of("b")), true, false))
                .isEqualTo("{\n  \"a\": [\n    \"b\"\n  ]\n}");
    }
}
