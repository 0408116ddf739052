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

    /** The input is repeated this many times for the growth check. */
    private static final int REPEAT = 8;
    /** Linear work repeated 8 times takes about 8 times as long; quadratic work 64 times. The bound sits between. */
    private static final int MAX_GROWTH = 24;

    /**
     * Extraction time grows linearly with the text: a body repeated eight times must not take much more than eight
     * times as long as the body once. The timing is checked only while fuzzing ({@code -Pfuzz}, where Jazzer sets
     * {@code JAZZER_FUZZ}); replaying the seeds in {@code mvn verify} checks that the repeated body is read soundly,
     * never how long it takes, so no unit test depends on the machine's speed.
     */
    @FuzzTest
    void extractionTimeGrowsLinearlyWhenTheBodyRepeats(byte[] input) {
        String once = new String(input, 0, Math.min(input.length, 4096), StandardCharsets.UTF_8);
        String repeated = (once + "\n\n").repeat(REPEAT);
        long single = bestOfThree(once);
        long many = bestOfThree(repeated);
        if (System.getenv("JAZZER_FUZZ") != null && many > MAX_GROWTH * single + 200_000_000L) {
            throw new AssertionError("extraction grew " + (many / Math.max(1, single)) + " times for " + REPEAT
                    + " times the text (" + single / 1_000_000 + " ms to " + many / 1_000_000 + " ms)");
        }
    }

    /** The least of three extraction times in nanoseconds, after checking the result is sound. */
    private static long bestOfThree(String body) {
        ExtractionInput in = new ExtractionInput("fuzz.md", "Fuzz meetup", Optional.of(POSTED), Map.of(), Map.of(),
                MARKDOWN.parse(body, 1), SITE, Optional.empty(), Map.of());
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            ExtractionResult r = EXTRACTOR.extract(in);
            best = Math.min(best, System.nanoTime() - start);
            FuzzProperties.requireSound(r.diagnostics().stream().sorted(java.util.Comparator
                    .comparingInt(io.meetkit.core.Diagnostic::line)
                    .thenComparingInt(io.meetkit.core.Diagnostic::column)).toList(), body);
        }
        return best;
    }
}
