package io.meetkit.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.markdown.internal.extract.SourcePosition;
import org.junit.jupiter.api.Test;

/** The front-matter forms of JBake, Hexo, Pelican and Hugo's JSON beyond plain YAML and TOML. */
class FrontMatterFormsTest {

    private static final Limits SMALL = new Limits(1_000_000, 200, 64, 1_000, 10_000, 10, 10);

    @Test
    void jbakeHeaderLinesClosedByTildesAreReadWithTheirCase() {
        FrontMatter fm = FrontMatter.read("""
                title=Groovy on the server
                date=2017-06-03
                meetingDate=2017-06-07
                tags=groovy, grails
                status=published
                ~~~~~~

                ## Abstract
                """, "post.md", Limits.DEFAULT);
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.HEADER);
        assertThat(fm.values()).containsEntry("title", "Groovy on the server")
                .containsEntry("meetingDate", "2017-06-07").containsEntry("tags", "groovy, grails");
        assertThat(fm.positions()).containsEntry("/meetingDate", new SourcePosition(3, 1));
        assertThat(fm.body()).isEqualTo("\n## Abstract\n");
        assertThat(fm.bodyStartLine()).isEqualTo(7);
    }

    @Test
    void keyEqualsValueLinesNeverClosedAreText() {
        FrontMatter fm = FrontMatter.read("a=b\nc=d\n\nSome text\n", "post.md", Limits.DEFAULT);
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.NONE);
        assertThat(fm.body()).startsWith("a=b");
    }

    @Test
    void assignmentsBeforeATildeFenceWithoutJbakeKeysAreText() {
        FrontMatter fm = FrontMatter.read("x=1\n~~~~~~\ncode\n~~~~~~\n", "post.md", Limits.DEFAULT);
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.NONE);
    }

    @Test
    void aJbakeHeaderLargerThanTheLimitIsAnError() {
        String text = "title=x\n" + "tag=abcdefghij\n".repeat(40) + "~~~~~~\nBody\n";
        FrontMatter fm = FrontMatter.read(text, "post.md", SMALL);
        assertThat(fm.error()).get().extracting(Diagnostic::message).asString().contains("maxFrontMatterSize");
    }

    @Test
    void hexoFrontMatterWithoutTheOpeningLineIsRead() {
        FrontMatter fm = FrontMatter.read("""
                layout: post
                date: 2014-9-13 10:00

                tags: [hexo, workshop]
                ---
                Come build a blog.
                """, "post.md", Limits.DEFAULT, true);
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.YAML);
        assertThat(fm.values()).containsEntry("layout", "post").containsKey("tags");
        assertThat(fm.positions()).containsEntry("/layout", new SourcePosition(1, 1));
        assertThat(fm.body()).isEqualTo("Come build a blog.\n");
        assertThat(fm.bodyStartLine()).isEqualTo(6);
    }

    @Test
    void hexoFrontMatterThatIsNotYamlIsAnErrorInAHexoSite() {
        FrontMatter fm = FrontMatter.read("title: a: b: [\n---\nBody\n", "post.md", Limits.DEFAULT, true);
        assertThat(fm.error()).isPresent();
    }

    @Test
    void outsideHexoOnlyATitledBlockWithoutBlankLinesIsFrontMatter() {
        FrontMatter titled = FrontMatter.read("title: Hello\ndate: 2020-01-02\n---\nBody\n", "p.md",
                Limits.DEFAULT);
        assertThat(titled.format()).isEqualTo(FrontMatter.Format.YAML);
        assertThat(titled.values()).containsEntry("title", "Hello");

        FrontMatter prose = FrontMatter.read("Note: bring a laptop\n---\nBody\n", "p.md", Limits.DEFAULT);
        assertThat(prose.format()).isEqualTo(FrontMatter.Format.NONE);
        FrontMatter paragraphs = FrontMatter.read("title: Hello\n\nMore text\n---\n", "p.md", Limits.DEFAULT);
        assertThat(paragraphs.format()).isNotEqualTo(FrontMatter.Format.YAML);
    }

    @Test
    void pelicanContinuationLinesAreJoined() {
        FrontMatter fm = FrontMatter.read("Title: Python night\nSummary: one\n  two\n\tthree\n\nBody\n", "p.md",
                Limits.DEFAULT);
        assertThat(fm.values()).containsEntry("summary", "one two three");
        assertThat(fm.body()).isEqualTo("\nBody\n");
    }

    @Test
    void pelicanHeaderWithManyContinuationLinesIsReadWhole() {
        int n = 50_000;
        String text = "Title: x\nSummary: a\n" + "  b\n".repeat(n) + "\nBody\n";
        FrontMatter fm = FrontMatter.read(text, "p.md", Limits.DEFAULT);
        assertThat(fm.values().get("summary").toString()).hasSize(1 + 2 * n);
    }

    @Test
    void pelicanHeaderLargerThanTheLimitIsAnError() {
        String text = "Title: x\nSummary: a\n" + "  continued text\n".repeat(30) + "\nBody\n";
        FrontMatter fm = FrontMatter.read(text, "p.md", SMALL);
        assertThat(fm.error()).get().extracting(Diagnostic::message).asString().contains("maxFrontMatterSize");
    }

    @Test
    void textAfterTheClosingBraceOfJsonIsReported() {
        FrontMatter fm = FrontMatter.read("{\"title\": \"Hi\"} Welcome!\nBody\n", "p.md", Limits.DEFAULT);
        assertThat(fm.values()).containsEntry("title", "Hi");
        assertThat(fm.body()).isEqualTo("Body\n");
        assertThat(fm.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.column()).isEqualTo(17);
            assertThat(w.message()).contains("Welcome!");
        });
    }

    @Test
    void jsonClosedAloneOnItsLineHasNoWarning() {
        FrontMatter fm = FrontMatter.read("{\n\"title\": \"Hi\"\n}\nBody\n", "p.md", Limits.DEFAULT);
        assertThat(fm.warnings()).isEmpty();
        assertThat(fm.bodyStartLine()).isEqualTo(4);
    }
}
