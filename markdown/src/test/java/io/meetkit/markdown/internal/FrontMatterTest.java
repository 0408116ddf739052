package io.meetkit.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.markdown.internal.extract.SourcePosition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static FrontMatter read(String text) {
        return FrontMatter.read(text, "post.md", Limits.DEFAULT);
    }

    private static Diagnostic error(String text) {
        FrontMatter fm = read(text);
        assertThat(fm.error()).as("expected an error for%n%s", text).isPresent();
        return fm.error().get();
    }

    @Test
    void yamlBetweenDashLinesIsReadAndTheBodyFollowsIt() {
        FrontMatter fm = read("---\ntitle: Hello\n---\nBody text\n");
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.YAML);
        assertThat(fm.values()).containsEntry("title", "Hello");
        assertThat(fm.body()).isEqualTo("Body text\n");
        assertThat(fm.bodyStartLine()).isEqualTo(4);
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        FrontMatter fm = read("\uFEFF---\ntitle: Hello\n---\nBody\n");
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.YAML);
        assertThat(fm.values()).containsEntry("title", "Hello");
    }

    @Test
    void crlfLineEndingsWorkLikeLf() {
        FrontMatter crlf = read("---\r\ntitle: Hello\r\ntags: [a, b]\r\n---\r\nBody\r\n");
        FrontMatter lf = read("---\ntitle: Hello\ntags: [a, b]\n---\nBody\n");
        assertThat(crlf.values()).isEqualTo(lf.values());
        assertThat(crlf.bodyStartLine()).isEqualTo(lf.bodyStartLine());
        assertThat(crlf.body()).isEqualTo("Body\r\n");
    }

    @Test
    void threeDotsAlsoCloseYamlFrontMatter() {
        FrontMatter fm = read("---\ntitle: Hello\n...\nBody\n");
        assertThat(fm.values()).containsEntry("title", "Hello");
        assertThat(fm.body()).isEqualTo("Body\n");
    }

    @Test
    void onlyAWholeDelimiterLineClosesTheBlock() {
        FrontMatter fm = read("---\ntitle: Hello\nnote: \"a --- b\"\n--- not a close\n---\nBody\n");
        assertThat(fm.error()).isPresent(); // "--- not a close" is inside the YAML, which then is invalid
        FrontMatter ok = read("---\ntitle: Hello\nnote: \"x\n---y\"\n---\nBody\n");
        assertThat(ok.values()).containsEntry("note", "x ---y");
    }

    @Test
    void aBlockThatNeverClosesIsAnErrorAtTheOpeningLine() {
        Diagnostic d = error("---\ntitle: Hello\n\nLots of body text that would otherwise be swallowed\n");
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.column()).isEqualTo(1);
        assertThat(d.message()).contains("never closed");
    }

    @Test
    void theOpeningDelimiterMustOpenTheFile() {
        FrontMatter fm = read("\n---\ntitle: Hello\n---\nBody\n");
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.NONE);
        assertThat(fm.values()).isEmpty();
    }

    @Test
    void emptyAndCommentOnlyFrontMatterIsAnEmptyMap() {
        assertThat(read("---\n---\nBody\n").values()).isEmpty();
        assertThat(read("---\n# just a comment\n---\nBody\n").values()).isEmpty();
        assertThat(read("---\n# just a comment\n---\nBody\n").error()).isEmpty();
    }

    @Test
    void yaml11WordsAndLeadingZerosStayStrings() {
        FrontMatter fm = read("---\ncountry: no\nzip: 01234\nanswer: yes\nversion: 3.10\n---\n");
        assertThat(fm.values()).containsEntry("country", "no").containsEntry("zip", "01234")
                .containsEntry("answer", "yes").containsEntry("version", new BigDecimal("3.10"));
    }

    @Test
    void datesStayStringsUntilTheModelReadsThem() {
        FrontMatter fm = read("---\ndate: 2022-06-20 18:00:00 +0530\n---\n");
        assertThat(fm.values()).containsEntry("date", "2022-06-20 18:00:00 +0530");
    }

    @Test
    void numbersKeepTheirSize() {
        FrontMatter fm = read("---\nsmall: 12\nlarge: 12345678901\nhuge: 123456789012345678901234\n---\n");
        assertThat(fm.values().get("small")).isEqualTo(12);
        assertThat(fm.values().get("large")).isEqualTo(12345678901L);
        assertThat(fm.values().get("huge")).isEqualTo(new BigInteger("123456789012345678901234"));
    }

    @Test
    void nullValuesBecomeEmptyStringsSoNoKeyIsLost() {
        FrontMatter fm = read("---\nimage:\ntitle: x\n---\n");
        assertThat(fm.values()).containsEntry("image", "").containsKey("title");
    }

    @Test
    void duplicateKeysAreAPositionedError() {
        Diagnostic d = error("---\ntitle: One\ndate: 2022-01-01\ntitle: Two\n---\n");
        assertThat(d.message()).contains("duplicate key 'title'");
        assertThat(d.line()).isEqualTo(4);
        assertThat(d.key()).contains("title");
    }

    @Test
    void anchorsAndAliasesGiveTheAnchoredValue() {
        FrontMatter fm = read("---\nvenue: &v {name: Hall A}\nbackup: *v\n---\n");
        assertThat(fm.values().get("backup")).isEqualTo(Map.of("name", "Hall A"));
    }

    @Test
    void mergeKeysMergeWithoutOverridingOwnKeys() {
        FrontMatter fm = read("---\nbase: &b {city: Pune, country: India}\nvenue:\n  <<: *b\n  city: Mumbai\n---\n");
        assertThat(fm.values().get("venue")).isEqualTo(Map.of("city", "Mumbai", "country", "India"));
    }

    @Test
    void anAliasBombIsRefusedWithAClearError() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        yaml.append("---\n");
        Diagnostic d = error(yaml.toString());
        assertThat(d.message()).contains("more than").contains("values");
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "---\nx: " + "[".repeat(200) + "]".repeat(200) + "\n---\n";
        Diagnostic d = error(yaml);
        assertThat(d.message()).contains("nests deeper than 64");
    }

    @Test
    void oversizedFrontMatterIsRefused() {
        FrontMatter fm = FrontMatter.read("---\ntitle: " + "x".repeat(200) + "\n---\n", "p.md",
                new Limits(10_000, 100, 64, 1000, 1000, 10, 10));
        assertThat(fm.error()).get().extracting(Diagnostic::message).asString().contains("larger than 100");
    }

    @Test
    void frontMatterThatIsAListIsAnError() {
        Diagnostic d = error("---\n- a\n- b\n---\n");
        assertThat(d.message()).contains("must be a map");
    }

    @Test
    void invalidYamlIsAnErrorWithAFileLine() {
        Diagnostic d = error("---\ntitle: ok\ntags: [a, b\n---\nBody\n");
        assertThat(d.line()).isBetween(3, 5);
        assertThat(d.message()).startsWith("front matter is not valid");
    }

    @Test
    void tabsInYamlIndentationAreAnErrorNotACrash() {
        Diagnostic d = error("---\nevent:\n\tname: x\n---\n");
        assertThat(d.line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void keyPositionsAreFileLinesAndColumns() {
        FrontMatter fm = read("---\ntitle: x\nevent:\n  venue:\n    name: Hall\ntalks:\n  - title: A\n---\n");
        assertThat(fm.positions()).containsEntry("/title", new SourcePosition(2, 1))
                .containsEntry("/event/venue", new SourcePosition(4, 3))
                .containsEntry("/event/venue/name", new SourcePosition(5, 5))
                .containsEntry("/talks/0/title", new SourcePosition(7, 5));
    }

    @Test
    void tomlBetweenPlusLinesIsRead() {
        FrontMatter fm = read("+++\ntitle = \"Hello\"\ndate = \"2022-06-20\"\ntags = [\"a\", \"b\"]\n[event]\nname = \"X\"\n+++\nBody\n");
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.TOML);
        assertThat(fm.values()).containsEntry("title", "Hello").containsEntry("tags", List.of("a", "b"));
        assertThat(fm.values().get("event")).isEqualTo(Map.of("name", "X"));
        assertThat(fm.positions()).containsEntry("/tags", new SourcePosition(4, 1));
        assertThat(fm.body()).isEqualTo("Body\n");
    }

    @Test
    void invalidTomlIsAnError() {
        assertThat(read("+++\ntitle = \n+++\n").error()).isPresent();
    }

    @Test
    void jsonObjectFrontMatterIsReadAndTheBodyStartsAfterIt() {
        FrontMatter fm = read("{\n  \"title\": \"Hello\",\n  \"draft\": false\n}\n\nBody here\n");
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.JSON);
        assertThat(fm.values()).containsEntry("title", "Hello").containsEntry("draft", false);
        assertThat(fm.body()).isEqualTo("\nBody here\n");
        assertThat(fm.bodyStartLine()).isEqualTo(5);
        assertThat(fm.positions()).containsEntry("/title", new SourcePosition(2, 3));
    }

    @Test
    void headerLinesAreReadAsFrontMatter() {
        FrontMatter fm = read("Title: My post\nDate: 2022-06-20 10:20\nTags: python, meetup\n\nBody\n");
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.HEADER);
        assertThat(fm.values()).containsEntry("title", "My post").containsEntry("date", "2022-06-20 10:20")
                .containsEntry("tags", "python, meetup");
        assertThat(fm.bodyStartLine()).isEqualTo(4);
    }

    @Test
    void proseThatLooksLikeAHeaderButNamesNoTitleIsBody() {
        FrontMatter fm = read("Note: this is just a sentence.\n\nMore text.\n");
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.NONE);
        assertThat(fm.body()).startsWith("Note:");
    }

    @Test
    void aFileWithoutFrontMatterIsAllBody() {
        FrontMatter fm = read("# Title\n\nText\n");
        assertThat(fm.format()).isEqualTo(FrontMatter.Format.NONE);
        assertThat(fm.body()).isEqualTo("# Title\n\nText\n");
        assertThat(fm.bodyStartLine()).isEqualTo(1);
    }

    @Test
    void aScannerErrorPastTheEndOfALineIsMovedInsideTheFile() {
        // LF then CR: two line ends for the YAML scanner, which then points past the empty third line.
        FrontMatter fm = read("---\n\"t\n\r...\n");
        Diagnostic d = fm.error().orElseThrow();
        assertThat(d.message()).contains("quoted scalar");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(1);
    }

    @Test
    void anAliasOfAnAnchoredScalarGivesTheScalar() {
        // Jackson's YAML parser reports anchors on maps and lists only; scalars are found in the YAML events.
        FrontMatter fm = read("---\nhost: &who Ann Example\nspeaker: *who\nlist: [*who, &n 7, *n]\n"
                + "host2: &who Bo\nlast: *who\n---\n");
        assertThat(fm.error()).isEmpty();
        assertThat(fm.values().get("speaker")).isEqualTo("Ann Example");
        assertThat(fm.values().get("list")).isEqualTo(java.util.List.of("Ann Example", 7, "7"));
        assertThat(fm.values().get("last")).isEqualTo("Bo");
    }

    @Test
    void anAliasOfAnAnchorDefinedLaterIsStillAnError() {
        Diagnostic d = read("---\nspeaker: *who\nhost: &who Ann\n---\n").error().orElseThrow();
        assertThat(d.message()).contains("alias *who refers to no anchor defined before it");
        assertThat(d.line()).isEqualTo(2);
    }
}
