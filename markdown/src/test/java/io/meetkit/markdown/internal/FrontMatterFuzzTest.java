package io.meetkit.markdown.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.meetkit.markdown.FuzzProperties;
import io.meetkit.markdown.internal.extract.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Front-matter splitting and reading for YAML, TOML and JSON over any bytes: never an exception, an error or values
 * of the documented types, every position (of an error, a warning or a key) inside the text, and a body that is the
 * end of the text starting on the line said. Seeds in {@code FrontMatterFuzzTestInputs/}.
 */
class FrontMatterFuzzTest {

    private static final Limits LIMITS = new Limits(1 << 20, 1 << 16, 32, 10_000, 10_000, 50, 50);
    private static final List<String> OPENERS = List.of("", "---\n", "+++\n", "{");

    @FuzzTest
    void anyFrontMatterIsReadOrRefusedWithAPositionInsideTheText(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);
        for (String opener : OPENERS) {
            check(opener + raw);
        }
    }

    private static void check(String text) {
        FrontMatter fm = FrontMatter.read(text, "fuzz.md", LIMITS);
        String seen = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        List<Integer> lengths = FuzzProperties.lineLengths(seen);
        fm.error().ifPresent(d -> FuzzProperties.requireInside(d.line(), d.column(), lengths, d));
        fm.warnings().forEach(d -> FuzzProperties.requireInside(d.line(), d.column(), lengths, d));
        if (fm.error().isPresent()) {
            return;
        }
        FuzzProperties.requireValueTypes(fm.values());
        for (SourcePosition at : fm.positions().values()) {
            FuzzProperties.requireInside(at.line(), at.column(), lengths, "a key position");
        }
        if (!seen.endsWith(fm.body())) {
            throw new AssertionError("the body is not the end of the text");
        }
        if (fm.bodyStartLine() < 1 || fm.bodyStartLine() > lengths.size() + 1) {
            throw new AssertionError("body starts on line " + fm.bodyStartLine() + " of " + lengths.size());
        }
    }
}
