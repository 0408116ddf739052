package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void aLinkWithItsAddressInSingleQuotesKeepsIt() {
        List<HtmlParagraphs.Part> parts = HtmlParagraphs.read("<p><A class=x HREF = 'https://a.example/?p=1&amp;q=2'>"
                + "Ana</A> and <a title=\"no href\" data_href=\"x\">Bo</a></p>").orElseThrow();
        assertThat(parts.get(0).spans()).containsExactly(new Span(Span.Kind.LINK, 0, 3, "https://a.example/?p=1&q=2"));
    }

    private static final int RUNS = 30_000;

    private static String random(Random r, String[] pieces, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(max + 1); n > 0; n--) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    @Test
    void aTagIsReadAsItsPatternReadIt() {
        Pattern old = Pattern.compile("^<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*+)(?<attrs>[^<>]*+)>$");
        String[] pieces = {"<", ">", "/", "a", "Br", "p1", "7", " ", "=", "\"", "é", "-", "_", "\n", "<a", "</b"};
        Random r = new Random(21);
        for (int i = 0; i < RUNS; i++) {
            String t = (r.nextBoolean() ? "<" : "") + random(r, pieces, 6) + (r.nextBoolean() ? ">" : "");
            Matcher m = old.matcher(t);
            Optional<HtmlParagraphs.Tag> expected = m.matches() ? Optional.of(new HtmlParagraphs.Tag(
                    !m.group("close").isEmpty(), m.group("name"), m.group("attrs"))) : Optional.empty();
            assertThat(HtmlParagraphs.tagOf(t)).as(t).isEqualTo(expected);
        }
    }

    @Test
    void anHrefIsFoundWhereItsPatternFoundIt() {
        Pattern old = Pattern.compile("(?i)\\bhref\\s*+=\\s*+(?:\"(?<dq>[^\"]*+)\"|'(?<sq>[^']*+)')");
        // Before the name: word characters, marks (one that follows a letter joins its word), a letter and a mark
        // beyond the BMP, a lone surrogate; after it, white space that \s knows and one it does not, and quotes.
        String[] before = {"x", "_", "1", "é", "\u0301", "\uD835\uDC00", "\uD834\uDD67", "\uD835", " ", "-", "'"};
        String[] names = {"href", "HREF", "hReF", "hre", "hrefs"};
        String[] after = {" ", "\t", "\u00A0", "=", "'", "\"", "a", "'a'", "\"b\"", "=\"", " href="};
        Random r = new Random(22);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, before, 3) + names[r.nextInt(names.length)] + random(r, after, 5)
                    + random(r, before, 2);
            Matcher m = old.matcher(t);
            Optional<String> expected = m.find()
                    ? Optional.of(m.group("dq") != null ? m.group("dq") : m.group("sq")) : Optional.empty();
            assertThat(HtmlParagraphs.hrefValue(t)).as(t).isEqualTo(expected);
        }
    }
}
