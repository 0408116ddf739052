package io.meetkit.markdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The whole parser over any bytes, read as UTF-8 (as files are) and as UTF-16 (which makes NULs and lone
 * surrogates): it never throws, a post or an error comes out, every diagnostic is inside the text, and the same text
 * gives the same result through every entry point. Seeds in {@code PostParserFuzzTestInputs/}.
 */
class PostParserFuzzTest {

    private static final PostParser PARSER = PostParser.builder().maxFileSize(1 << 20).build();

    @FuzzTest
    void anyTextGivesAPostOrPositionedDiagnosticsAndNeverAnException(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
        check(new String(input, StandardCharsets.UTF_16LE));
    }

    private static void check(String text) {
        ParseResult r = PARSER.parse(text, "fuzz.md");
        if (r.post().isEmpty() && !r.hasErrors()) {
            throw new AssertionError("no post and no error: " + r.diagnostics());
        }
        FuzzProperties.requireSound(r.diagnostics(), text);
        r.post().ifPresent(p -> FuzzProperties.requireValueTypes(p.frontMatter()));
        ParseResult viaReader = PARSER.parse(new StringReader(text), "fuzz.md");
        if (!viaReader.equals(r)) {
            throw new AssertionError("parse(Reader) differs from parse(String):\n" + viaReader + "\n" + r);
        }
    }
}
