package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlParagraphsTest {

    @Test
    void plainParagraphsReadAsTextWithTheirLinksAndStrongSpans() {
        List<HtmlParagraphs.Part> parts = HtmlParagraphs.read("""
                <p>Our <strong>spring</strong> meetup &amp; social.</p>
                <p>Speaker:<br />
                <a href="https://ana.example/">Ana Lima</a></p>
                """).orElseThrow();
        assertThat(parts).extracting(HtmlParagraphs.Part::text)
                .containsExactly("Our spring meetup & social.", "Speaker:\nAna Lima");
        assertThat(parts.get(0).spans()).containsExactly(new Span(Span.Kind.STRONG, 4, 10, ""));
        assertThat(parts.get(1).spans()).containsExactly(new Span(Span.Kind.LINK, 9, 17, "https://ana.example/"));
        assertThat(parts).extracting(HtmlParagraphs.Part::lineOffset).containsExactly(0, 1);
    }

    @Test
    void listItemsReadAsItemsOfOneList() {
        List<HtmlParagraphs.Part> parts = HtmlParagraphs.read("<p>Talks:</p><ul><li>Queues</li><li>Caches</li></ul>")
                .orElseThrow();
        assertThat(parts).extracting(HtmlParagraphs.Part::list).containsExactly(-1, 0, 0);
    }

    @Test
    void aBlockWithOtherMarkupIsNotRead() {
        assertThat(HtmlParagraphs.read("<div class=\"embed\"><p>Watch this</p></div>")).isEmpty();
        assertThat(HtmlParagraphs.read("<p>Hi</p><script>alert(1)</script>")).isEmpty();
        assertThat(HtmlParagraphs.read("<p>Hi <img src=\"x.png\"></p>")).isEmpty();
    }

    @Test
    void numericEntitiesAreDecodedAndUnknownOnesKeptAsWritten() {
        assertThat(HtmlParagraphs.read("<p>caf&#233; &bogus; AT&amp;T</p>").orElseThrow().get(0).text())
                .isEqualTo("café &bogus; AT&T");
    }

    @Test
    void anUnclosedAngleBracketFarFromAnyTagMakesTheBlockUnread() {
        assertThat(HtmlParagraphs.read("<p>a " + "x".repeat(500))).isPresent();
        assertThat(HtmlParagraphs.read("<p " + "x".repeat(500))).isEmpty();
    }
}
