package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each limit of the parser builder: hit, it is a diagnostic naming the limit and the builder method that raises it;
 * raised, the same input reads; and a bad setting fails at the builder.
 */
class LimitsTest {

    private static ParseResult parse(UnaryOperator<PostParser.Builder> limits, String text) {
        return limits.apply(PostParser.builder()).build().parse(text, "post.md");
    }

    private static String talks(int n) {
        StringBuilder sb = new StringBuilder("---\ntitle: Many talks\nevent:\n  date: 2024-01-02\ntalks:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - title: Talk ").append(i).append("\n    speakers: [Speaker ").append(i).append("]\n");
        }
        return sb.append("---\nBody\n").toString();
    }

    @Test
    void talksPastTheLimitAreCutToTheFirstOnesWithAWarningNamingTheBuilderMethod() {
        ParseResult r = parse(b -> b.maxTalksPerPost(3), talks(5));
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains("5 talks")
                && m.contains("limit of 3") && m.contains("PostParser.builder().maxTalksPerPost("));
        assertThat(r.post().orElseThrow().event().orElseThrow().talks()).extracting(t -> t.title().orElse(""))
                .containsExactly("Talk 0", "Talk 1", "Talk 2");
    }

    @Test
    void theDefaultTalkLimitKeepsTwoHundredTalks() {
        ParseResult r = PostParser.create().parse(talks(201), "post.md");
        assertThat(r.post().orElseThrow().event().orElseThrow().talks()).hasSize(200);
        assertThat(r.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains("maxTalksPerPost"));
        assertThat(PostParser.create().parse(talks(200), "post.md").warnings()).isEmpty();
    }

    @Test
    void linksPastTheLimitAreCutWithAWarningNamingTheBuilderMethod() {
        String text = "---\ntitle: Links\n---\n" + "[a](https://a.example/1) [b](https://b.example/2) "
                + "[c](https://c.example/3)\n";
        ParseResult r = parse(b -> b.maxLinksPerPost(2), text);
        Post post = r.post().orElseThrow();
        assertThat(post.links()).hasSize(2);
        assertThat(r.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains("3 links")
                && m.contains("PostParser.builder().maxLinksPerPost("));
        assertThat(parse(b -> b.maxLinksPerPost(3), text).post().orElseThrow().links()).hasSize(3);
    }

    @Test
    void aLineLongerThanTheLimitIsKeptButNotSearchedWithAWarning() {
        String text = "---\ntitle: Long line\n---\nWe met at Hall 7 on 3 March 2024 at 6pm for talks.\n";
        ParseResult r = parse(b -> b.maxLineLength(20), text);
        assertThat(r.warnings()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).contains("line 4 is longer than 20 characters")
                    .contains("PostParser.builder().maxLineLength(");
        });
        assertThat(r.post().orElseThrow().body()).contains("Hall 7");
        assertThat(r.post().orElseThrow().event()).isEmpty();
        assertThat(PostParser.create().parse(text, "post.md").post().orElseThrow().event()).isPresent();
    }

    @Test
    void frontMatterNestingPastTheLimitIsAnErrorNamingTheBuilderMethod() {
        String text = "---\ntitle: Deep\nx: [[[[1]]]]\n---\n";
        ParseResult r = parse(b -> b.maxNestingDepth(3), text);
        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString()
                .contains("nests deeper than 3 levels").contains("PostParser.builder().maxNestingDepth(");
        assertThat(parse(b -> b.maxNestingDepth(5), text).errors()).isEmpty();
    }

    @Test
    void tomlNestingPastJacksonsOwnBoundIsReportedAsOurLimit() {
        String text = "+++\ntitle = \"Deep\"\nx = " + "[".repeat(600) + "]".repeat(600) + "\n+++\n";
        ParseResult r = PostParser.create().parse(text, "post.md");
        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString()
                .isEqualTo("front matter nests deeper than 64 levels (the limit is raised with "
                        + "PostParser.builder().maxNestingDepth(...))");
    }

    @Test
    void markdownNestingPastTheLimitIsAWarningAtTheDeepBlock() {
        String text = "---\ntitle: Quotes\n---\n> > > > deep\n";
        ParseResult r = parse(b -> b.maxNestingDepth(2), text);
        assertThat(r.warnings()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).contains("nest deeper than 2 levels").contains("maxNestingDepth");
        });
        assertThat(r.post()).isPresent();
    }

    @Test
    void aliasExpansionPastTheLimitIsAnErrorNamingTheBuilderMethod() {
        String text = "---\ntitle: Aliases\na: &a [1, 2, 3, 4, 5]\nb: [*a, *a, *a, *a]\n---\n";
        ParseResult r = parse(b -> b.maxFrontMatterValues(20), text);
        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString()
                .contains("expands to more than 20 values").contains("PostParser.builder().maxFrontMatterValues(");
        assertThat(parse(b -> b.maxFrontMatterValues(40), text).errors()).isEmpty();
    }

    @Test
    void blocksPastTheLimitAreNotSearchedWithAWarningNamingTheBuilderMethod() {
        String text = "---\ntitle: Blocks\n---\n# Agenda\n\n- Intro - Ann Lee\n\nWe met.\n\n"
                + "The venue was at Acme Labs.\n";
        ParseResult cut = parse(b -> b.maxBlocksPerPost(3), text);
        assertThat(cut.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains("more than 3 blocks")
                && m.contains("PostParser.builder().maxBlocksPerPost("));
        assertThat(cut.post().orElseThrow().event().flatMap(e -> e.venue())).isEmpty();
        ParseResult whole = parse(b -> b.maxBlocksPerPost(4), text);
        assertThat(whole.warnings()).isEmpty();
        assertThat(whole.post().orElseThrow().event().orElseThrow().venue().orElseThrow().name()).hasValue("Acme Labs");
    }

    @Test
    void spansPastTheLimitAreNotSearchedWithAWarningNamingTheBuilderMethod() {
        String text = "---\ntitle: Spans\n---\n*Welcome* to `the` meetup.\n\n"
                + "[Ann Lee](https://github.com/annlee) spoke about testing.\n";
        ParseResult cut = parse(b -> b.maxSpansPerPost(2), text);
        assertThat(cut.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains("more than 2 links")
                && m.contains("PostParser.builder().maxSpansPerPost("));
        assertThat(parse(b -> b.maxSpansPerPost(3), text).warnings()).isEmpty();
    }

    @Test
    void theDefaultBlockAndSpanLimitsKeepTenThousandOfEach() {
        String blocks = "---\ntitle: Items\n---\n" + "- a\n".repeat(10_000);
        assertThat(PostParser.create().parse(blocks, "post.md").warnings()).isEmpty();
        assertThat(PostParser.create().parse(blocks + "- a\n", "post.md").warnings()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("maxBlocksPerPost"));
    }

    @Test
    void aBodyPastTheMarkdownLimitIsKeptWholeButReadOnlyInItsFirstLinesWithAWarning() {
        String body = "[First](https://a.example/1) link.\n\n" + "Filler text.\n".repeat(100)
                + "\n[Last](https://a.example/2) link.\n";
        String text = "---\ntitle: Long\n---\n" + body;
        ParseResult cut = parse(b -> b.maxMarkdownSize(600), text);
        assertThat(cut.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains("longer than 600")
                && m.contains("PostParser.builder().maxMarkdownSize("));
        Post post = cut.post().orElseThrow();
        assertThat(post.body()).isEqualTo(body);
        assertThat(post.links()).extracting(l -> l.url().toString()).containsExactly("https://a.example/1");
        assertThat(parse(b -> b.maxMarkdownSize(body.length()), text).post().orElseThrow().links()).hasSize(2);
    }

    @Test
    void aBodyOfMoreLinesThanBlocksIsReadOnlyInItsFirstLinesWithAWarning() {
        String text = "---\ntitle: Lines\n---\n" + "- a\n".repeat(20) + "\n[Last](https://a.example/2)\n";
        ParseResult cut = parse(b -> b.maxBlocksPerPost(10), text);
        assertThat(cut.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains("more than 10 lines")
                && m.contains("PostParser.builder().maxBlocksPerPost("));
        assertThat(cut.post().orElseThrow().links()).isEmpty();
        assertThat(parse(b -> b.maxBlocksPerPost(21), text).post().orElseThrow().links()).hasSize(1);
    }

    @Test
    void sizeLimitsNameTheirBuilderMethods() {
        assertThat(parse(b -> b.maxFileSize(10), "---\ntitle: x\n---\nBody text\n").errors())
                .singleElement().extracting(Diagnostic::message).asString().contains("maxFileSize(");
        assertThat(parse(b -> b.maxFrontMatterSize(5), "---\ntitle: longer\n---\nBody\n").errors())
                .singleElement().extracting(Diagnostic::message).asString().contains("maxFrontMatterSize(");
    }

    @Test
    void everyLimitRejectsZeroAtTheBuilder() {
        for (UnaryOperator<PostParser.Builder> bad : java.util.List.<UnaryOperator<PostParser.Builder>>of(
                b -> b.maxTalksPerPost(0), b -> b.maxLinksPerPost(0), b -> b.maxLineLength(0),
                b -> b.maxFrontMatterValues(0), b -> b.maxFrontMatterSize(0), b -> b.maxFileSize(0),
                b -> b.maxBlocksPerPost(0), b -> b.maxSpansPerPost(0), b -> b.maxMarkdownSize(0))) {
            assertThatThrownBy(() -> bad.apply(PostParser.builder())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be positive");
        }
    }
}
