package io.meetkit.export.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void markdownLinksAndEmphasisBecomeTheirText() {
        assertThat(PlainText.of("Read **the** [notes](https://x.example/n) and _more_ ![logo](l.png)."))
                .isEqualTo("Read the notes and more logo.");
    }

    @Test
    void htmlTagsAndCommentsAreRemovedAndEntitiesDecoded() {
        assertThat(PlainText.of("<p>Tea &amp; <em>cake</em> &#8212; &#x1F40D; &nosuch;</p><!-- hidden -->"))
                .isEqualTo("Tea & cake \u2014 \uD83D\uDC0D &nosuch;");
    }

    @Test
    void headingsListsAndQuotesLoseTheirMarkers() {
        assertThat(PlainText.of("""
                ## Agenda
                - Talks
                1. Pizza
                > quoted
                """)).isEqualTo("Agenda Talks Pizza quoted");
    }

    @Test
    void codeSpansKeepTheirTextAsWritten() {
        assertThat(PlainText.of("Use `a_b_c` and `<br>`")).isEqualTo("Use a_b_c and <br>");
    }

    @Test
    void whiteSpaceIncludingLineSeparatorsCollapsesToOneSpace() {
        assertThat(PlainText.collapse("  a \n\t b\u2028c\u2029d\u00a0e  ")).isEqualTo("a b c d e");
    }

    @Test
    void collapseLeavesMarkupAlone() {
        assertThat(PlainText.collapse("Why </script> & *stars*")).isEqualTo("Why </script> & *stars*");
    }
}
