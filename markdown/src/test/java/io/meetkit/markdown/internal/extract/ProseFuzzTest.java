package io.meetkit.markdown.internal.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.meetkit.core.Site;
import io.meetkit.markdown.FuzzProperties;
import io.meetkit.markdown.internal.MarkdownBody;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The prose extractor over any Markdown body: it never fails inside (which it would report as "event extraction
 * failed"), every diagnostic and every fact's line is inside the text, and a second run gives the same event.
 * Seeds in {@code ProseFuzzTestInputs/}.
 */
class ProseFuzzTest {

    private static final MarkdownBody MARKDOWN = new MarkdownBody(true);
    private static final EventExtractor EXTRACTOR = new EventExtractor(10_000);
    private static final Site SITE = Site.UNKNOWN.withTimeZone(ZoneId.of("Asia/Kolkata"));
    private static final ZonedDateTime POSTED = ZonedDateTime.parse("2024-03-01T10:00+05:30[Asia/Kolkata]");

    @FuzzTest
    void anyProseGivesAnEventOrNoneWithPositionsInsideTheText(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        ExtractionInput in = new ExtractionInput("fuzz.md", "Fuzz meetup", Optional.of(POSTED), Map.of(), Map.of(),
                MARKDOWN.parse(body, 1), SITE, Optional.empty(), Map.of());
        ExtractionResult r = EXTRACTOR.extract(in);
        FuzzProperties.requireSound(r.diagnostics().stream().sorted(java.util.Comparator
                .comparingInt(io.meetkit.core.Diagnostic::line)
                .thenComparingInt(io.meetkit.core.Diagnostic::column)).toList(), body);
        int lines = FuzzProperties.lineLengths(body).size();
        r.event().ifPresent(e -> e.provenance().values().forEach(p -> p.line().ifPresent(line -> {
            if (line < 1 || line > lines) {
                throw new AssertionError("a fact on line " + line + " of " + lines + ": " + p);
            }
        })));
        ExtractionResult again = EXTRACTOR.extract(in);
        if (!again.equals(r)) {
            throw new AssertionError("a second extraction differs");
        }
    }
}
