package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Severity;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Crafted bodies of 100 KB that once overflowed the stack inside java.util.regex, backtracked for seconds or made
 * the prose reader keep a structure per character: each now reads to a post, with the limit diagnostic where a
 * limit is hit. How the time grows with the size is shown by {@code benchmarks/run --crafted}, not asserted here.
 */
class CraftedInputTest {

    private static final int SIZE = 100_000;
    private static final String FRONT = "---\ntitle: Crafted\ndate: 2024-05-04\n---\n";

    private static ParseResult parse(String body) {
        return PostParser.create().parse(FRONT + body, "crafted.md");
    }

    /** {@code unit} repeated to about {@link #SIZE} characters. */
    private static String repeat(String unit) {
        return unit.repeat(SIZE / unit.length());
    }

    private static String lines(IntFunction<String> line) {
        StringBuilder sb = new StringBuilder(SIZE + 200);
        for (int i = 0; sb.length() < SIZE; i++) {
            sb.append(line.apply(i));
        }
        return sb.toString();
    }

    private static ParseResult readsToAPost(String body) {
        ParseResult r = parse(body);
        assertThat(r.post()).as("a post is read").isPresent();
        assertThat(r.errors()).extracting(Diagnostic::message).isEmpty();
        return r;
    }

    private static void warnsNaming(ParseResult r, String method) {
        assertThat(r.warnings()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("PostParser.builder()." + method + "("));
    }

    @Test
    void aHeadingWithARunOfSpacesIsRead() {
        readsToAPost("# a" + " ".repeat(SIZE - 10) + "b\n");
        readsToAPost("# Scaling Python" + " ".repeat(9_000) + "(Asha Rao)\n\nShe spoke about it.\n");
    }

    @Test
    void aFrontMatterTitleWithARunOfSpacesAndALineBreakIsReadAsOneLine() {
        ParseResult r = PostParser.create().parse("---\ntitle: \"a" + " ".repeat(SIZE) + "\\n b\"\n---\ntext\n",
                "crafted.md");
        assertThat(r.post().orElseThrow().title()).isEqualTo("a b");
    }

    @Test
    void aListItemWithARunOfSpacesIsRead() {
        readsToAPost("- a" + " ".repeat(SIZE - 10) + "b (Asha Rao)\n");
        readsToAPost("- Scaling Python" + " ".repeat(9_000) + "(Asha Rao)\n- Other talk - Ben Lee\n");
    }

    @Test
    void aParagraphWithARunOfSpacesIsRead() {
        readsToAPost("The venue is" + " ".repeat(SIZE - 20) + "Acme.\n");
        readsToAPost(lines(i -> "a" + " ".repeat(9_000) + "b, c  ,  d by\n"));
    }

    @Test
    void repeatedVenueCuesAreRead() {
        readsToAPost(repeat("the venue is\n"));
        readsToAPost(repeat("The meetup was held at the venue is at "));
    }

    @Test
    void repeatedTalkCuesAreRead() {
        readsToAPost(repeat("a talk by\n"));
        readsToAPost(repeat("Asha spoke about\n"));
        readsToAPost(repeat("the first talk was by Asha Rao of Acme Labs and "));
    }

    @Test
    void aLongListOfShortItemsIsCutAtTheBlockLimitWithAWarning() {
        ParseResult r = readsToAPost(repeat("- a\n"));
        warnsNaming(r, "maxBlocksPerPost");
    }

    @Test
    void deeplyNestedListsQuotesAndEmphasisAreRead() {
        readsToAPost(lines(i -> "  ".repeat(i % 500) + "- a\n"));
        warnsNaming(readsToAPost(lines(i -> ">".repeat(i % 500) + " a\n")), "maxNestingDepth");
        readsToAPost(">".repeat(SIZE / 2) + " deep\n");
        readsToAPost("*a _a **a ".repeat(SIZE / 20) + "** a_ a*".repeat(SIZE / 20) + "\n");
    }

    @Test
    void manyLinksAreReadAndTheLinksKeptAreCutWithAWarning() {
        ParseResult r = readsToAPost(lines(i -> "[Asha Rao](https://x.com/asha" + i + ") spoke. "
                + (i % 4 == 3 ? "\n" : "")));
        warnsNaming(r, "maxLinksPerPost");
    }

    @Test
    void manyEmphasesPastTheSpanLimitAreNotSearchedWithAWarning() {
        warnsNaming(readsToAPost(repeat("*a* *a* `a` [a](https://a.example/)\n\n")), "maxSpansPerPost");
    }

    @Test
    void manyHeadingsAreCutAtTheBlockLimitWithAWarning() {
        warnsNaming(readsToAPost(repeat("## a\n")), "maxBlocksPerPost");
    }

    @Test
    void manyTableRowsReferenceDefinitionsAndHtmlBlocksAreRead() {
        warnsNaming(readsToAPost("|a|b|\n|-|-|\n" + repeat("|a|b|\n")), "maxBlocksPerPost");
        readsToAPost(lines(i -> "[r" + i + "]: https://a.example/" + i + "\n"));
        readsToAPost(repeat("<div>a</div>\n\n"));
    }

    @Test
    void manyTalksAreCutAtTheTalkLimit() {
        ParseResult r = readsToAPost(lines(i -> "## Scaling Python part " + i + "\n\nAsha Rao spoke about it.\n\n"));
        assertThat(r.post().orElseThrow().event().orElseThrow().talks()).hasSize(200);
        warnsNaming(r, "maxTalksPerPost");
    }

    @Test
    void manyTalksOfTheirOwnSpeakersAreCutAtTheTalkLimit() {
        ParseResult r = readsToAPost(lines(i -> "## Scaling Python " + Integer.toString(i, 26) + "\n\nAsha Rao"
                + Integer.toString(i, 26).replaceAll("\\d", "x") + " spoke about it.\n\n"));
        assertThat(r.post().orElseThrow().event().orElseThrow().talks()).hasSize(200);
    }

    @Test
    void aSentenceOfRepeatedOrdinalsAndTalkWordsIsRead() {
        readsToAPost(repeat("the next first last ") + "talk.\n");
        readsToAPost(repeat("Next up was the first talk by Asha Rao, who gave a talk about "));
    }

    @Test
    void longSlashAtAndDottedTokensAreRead() {
        readsToAPost("See /" + "a/".repeat(SIZE / 4) + " now.\n");
        readsToAPost("Ask Ann (@" + "a@".repeat(SIZE / 4) + ") now.\n");
        readsToAPost("A talk by Ann (@ann@" + "b.".repeat(SIZE / 4) + "c) now.\n");
        readsToAPost("A talk by Ann " + "A.B-".repeat(SIZE / 8) + "C.\n");
        readsToAPost("A talk by Ann of " + "Acme ".repeat(SIZE / 10) + "Labs.\n");
    }

    @Test
    void aWholeCraftedPostIsNeverAnErrorForItsShapeAlone() {
        // One post with every family at once, each a few thousand characters: nothing but warnings.
        String body = "# a" + " ".repeat(5_000) + "b\n\n- a" + " ".repeat(5_000) + "b\n\n"
                + "the venue is\n".repeat(300) + "\n" + "- a\n".repeat(1_000) + "\n"
                + "[a](https://a.example/) ".repeat(200) + "\n\n" + "## a\n".repeat(500);
        ParseResult r = parse(body);
        assertThat(r.post()).isPresent();
        assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    }
    @Test
    void frontMatterEventValuesWithARunOfSpacesAreRead() {
        String spaces = " ".repeat(SIZE);
        for (String value : java.util.List.of("1" + spaces + "x", "6" + spaces + "- 9pm", "1:00" + spaces + "x",
                "a" + spaces + "b, c" + spaces + ",  d", "1h" + spaces + "x", spaces + "x")) {
            String post = "---\ntitle: Crafted\ndate: 2024-05-04\nevent:\n  start: \"" + value + "\"\n  end: \""
                    + value + "\"\n  venue: \"" + value + "\"\n  duration: \"" + value + "\"\n---\ntext\n";
            // Four values of 100 KB each: over the default front-matter cap, so it is raised to read them.
            ParseResult r = PostParser.builder().maxFrontMatterSize(1 << 20).build().parse(post, "crafted.md");
            assertThat(r.post()).as("a post is read").isPresent();
            assertThat(r.errors()).extracting(Diagnostic::message).noneMatch(m -> m.contains("internal error"));
        }
    }

    @Test
    void aSpeakerValueWithARunOfSpacesIsReadAsTheNamesItLists() {
        String spaces = " ".repeat(SIZE);
        ParseResult r = PostParser.create().parse("---\ntitle: Crafted\ndate: 2024-05-04\nspeaker: Ana Silva" + spaces
                + "and Tom Reed\n---\ntext\n", "crafted.md");
        assertThat(r.post().orElseThrow().event().orElseThrow().talks()).singleElement()
                .satisfies(t -> assertThat(t.speakers()).extracting(io.meetkit.core.Speaker::name)
                        .containsExactly("Ana Silva", "Tom Reed"));
        assertThat(PostParser.create().parse("---\ntitle: Crafted\ndate: 2024-05-04\nspeaker: a" + spaces + "b\n---\n",
                "crafted.md").post()).isPresent();
    }

    @Test
    void aStartTimeRangeAfterARunOfSpacesIsReadAsStartAndEnd() {
        ParseResult r = PostParser.create().parse("---\ntitle: Crafted\nevent:\n  date: 2024-05-04\n"
                + "  timezone: Europe/London\n  start: \"6:00" + " ".repeat(SIZE) + "- 9pm\"\n---\ntext\n", "crafted.md");
        var time = (io.meetkit.core.EventTime.Timed) r.post().orElseThrow().event().orElseThrow().time().orElseThrow();
        assertThat(time.start().toLocalTime()).hasToString("18:00");
        assertThat(time.end().orElseThrow().toLocalTime()).hasToString("21:00");
    }
    @Test
    void aVenueOfOnlyCommasIsAWarningNotAnInternalError() {
        ParseResult r = PostParser.create().parse("---\ntitle: Crafted\ndate: 2024-05-04\nvenue: \" , ,\"\n---\ntext\n",
                "crafted.md");
        assertThat(r.post()).isPresent();
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Diagnostic::toString)
                .contains("crafted.md:4:1: warning: venue: expected a venue name or address, found ', ,'; ignored");
    }
}
