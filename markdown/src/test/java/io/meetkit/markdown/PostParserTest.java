package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.core.Author;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Link;
import io.meetkit.core.Post;
import io.meetkit.core.Severity;
import io.meetkit.core.Site;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostParserTest {

    private final PostParser parser = PostParser.create();

    private Post post(String text, String name) {
        ParseResult result = parser.parse(text, name);
        assertThat(result.errors()).as("errors").isEmpty();
        return result.post().orElseThrow();
    }

    @Test
    void readsTitleDescriptionAndFeaturedFromYaml() {
        Post p = post("""
                ---
                title: "June Meetup"
                description: Talks and pizza
                featured: true
                image: /assets/june.jpg
                ---
                Hello.
                """, "2022-06-20-june-meetup.md");
        assertThat(p.title()).isEqualTo("June Meetup");
        assertThat(p.description()).contains("Talks and pizza");
        assertThat(p.featured()).isTrue();
        assertThat(p.image()).contains(URI.create("/assets/june.jpg"));
        assertThat(p.slug()).isEqualTo("june-meetup");
    }

    @Test
    void theFileNameGivesTheDateWhenNoKeyDoes() {
        Post p = post("---\ntitle: x\n---\n", "2022-06-20-june-meetup.md");
        assertThat(p.date()).contains(ZonedDateTime.of(2022, 6, 20, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void aDateKeyOverridesTheFileName() {
        Post p = post("---\ntitle: x\ndate: 2022-06-21 18:30:00 +0530\n---\n", "2022-06-20-june.md");
        assertThat(p.date()).contains(ZonedDateTime.of(2022, 6, 21, 18, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    }

    @Test
    void aDateWithoutOffsetIsReadInTheSiteZoneSoItKeepsItsDay() {
        PostParser kolkata = PostParser.builder()
                .site(Site.UNKNOWN.withTimeZone(ZoneId.of("Asia/Kolkata"))).build();
        Post p = kolkata.parse("---\ntitle: x\ndate: 2022-06-21 01:30\n---\n", "p.md").post().orElseThrow();
        assertThat(p.date().orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2022, 6, 21));
        assertThat(p.date().orElseThrow().getZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void theParsersDefaultZoneIsUsedWhenTheSiteNamesNone() {
        PostParser p = PostParser.builder().defaultZone(ZoneId.of("America/New_York")).build();
        Post post = p.parse("---\ntitle: x\ndate: 2022-06-21\n---\n", "p.md").post().orElseThrow();
        assertThat(post.date().orElseThrow()).isEqualTo(
                ZonedDateTime.of(2022, 6, 21, 0, 0, 0, 0, ZoneId.of("America/New_York")));
    }

    @Test
    void isoDatesWithOffsetsAndZulu() {
        assertThat(post("---\ntitle: x\ndate: 2022-06-21T10:00:00Z\n---\n", "p.md").date())
                .contains(ZonedDateTime.of(2022, 6, 21, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(post("---\ntitle: x\ndate: 2022-06-21T10:00:00+02:00\n---\n", "p.md").date().orElseThrow()
                .getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void anImpossibleDateIsAPositionedErrorButThePostIsKept() {
        ParseResult r = parser.parse("---\ntitle: x\ndate: 2022-02-30\n---\n", "2022-02-01-x.md");
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.key()).contains("date");
            assertThat(d.message()).contains("not a date");
        });
        assertThat(r.post().orElseThrow().date().orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2022, 2, 1));
    }

    @Test
    void categoriesAsListOrSpaceSeparatedString() {
        assertThat(post("---\ntitle: x\ncategories: [meetup, talks]\n---\n", "p.md").categories())
                .containsExactly("meetup", "talks");
        assertThat(post("---\ntitle: x\ncategories: meetup talks\n---\n", "p.md").categories())
                .containsExactly("meetup", "talks");
        assertThat(post("---\ntitle: x\ncategory: python meetups\n---\n", "p.md").categories())
                .containsExactly("python meetups");
    }

    @Test
    void tagsAsListOrString() {
        assertThat(post("---\ntitle: x\ntags: [a, b]\n---\n", "p.md").tags()).containsExactly("a", "b");
        assertThat(post("---\ntitle: x\ntags: a b\n---\n", "p.md").tags()).containsExactly("a", "b");
    }

    @Test
    void authorsAsStringListOrMap() {
        assertThat(post("---\ntitle: x\nauthor: Jane Doe\n---\n", "p.md").authors())
                .containsExactly(Author.of("Jane Doe"));
        assertThat(post("---\ntitle: x\nauthors: [jane, joe]\n---\n", "p.md").authors())
                .extracting(Author::name).containsExactly("jane", "joe");
        Post p = post("---\ntitle: x\nauthor:\n  name: Jane Doe\n  twitter: janedoe\n---\n", "p.md");
        assertThat(p.authors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Jane Doe");
            assertThat(a.links()).extracting(Link::url).containsExactly(URI.create("https://twitter.com/janedoe"));
        });
    }

    @Test
    void yaml11BooleansAreAcceptedWithAWarning() {
        ParseResult r = parser.parse("---\ntitle: x\nfeatured: yes\n---\n", "p.md");
        assertThat(r.post().orElseThrow().featured()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("YAML 1.1");
        });
    }

    @Test
    void strictModeTurnsWarningsIntoErrors() {
        ParseResult r = PostParser.builder().strict(true).build()
                .parse("---\ntitle: x\nfeatured: yes\n---\n", "p.md");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.diagnostics()).allMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void publishedFalseMarksADraftThatIsKept() {
        Post p = post("---\ntitle: x\npublished: false\n---\n", "p.md");
        assertThat(p.draft()).isTrue();
    }

    @Test
    void withoutFrontMatterTheTitleComesFromTheFirstHeading() {
        Post p = post("Some intro.\n\n## Python Meetup, June\n\nText\n", "notes.md");
        assertThat(p.title()).isEqualTo("Python Meetup, June");
        assertThat(p.frontMatter()).isEmpty();
    }

    @Test
    void withoutAnyTitleTheSlugIsTitleized() {
        assertThat(post("Just text.\n", "2022-01-01-new-year-social.md").title()).isEqualTo("New Year Social");
    }

    @Test
    void theExcerptIsTheFirstParagraphOrWhatComesBeforeTheSeparator() {
        assertThat(post("---\ntitle: x\n---\nFirst *para*.\n\nSecond.\n", "p.md").excerpt()).contains("First para.");
        assertThat(post("---\ntitle: x\nexcerpt_separator: <!--more-->\n---\nOne.\n\nTwo.\n<!--more-->\nThree\n",
                "p.md").excerpt()).contains("One. Two.");
        assertThat(post("---\ntitle: x\nexcerpt: Given.\n---\nOne.\n", "p.md").excerpt()).contains("Given.");
    }

    @Test
    void everyFrontMatterKeyIsKept() {
        Post p = post("---\ntitle: x\nlayout: post\ncustom:\n  nested: [1, 2]\nhidden: false\n---\n", "p.md");
        assertThat(p.frontMatter()).containsKeys("title", "layout", "custom", "hidden");
    }

    @Test
    void bodyLinksAreCollectedIncludingReferenceStyle() {
        Post p = post("""
                ---
                title: x
                ---
                [Jane](https://twitter.com/jane) spoke. See [the slides][1] and <https://example.org/a>.

                [1]: https://slides.example.org/talk
                """, "p.md");
        assertThat(p.links()).extracting(l -> l.url().toString()).containsExactly(
                "https://twitter.com/jane", "https://slides.example.org/talk", "https://example.org/a");
        assertThat(p.links().get(0).label()).contains("Jane");
    }

    @Test
    void liquidAndShortcodesAreKeptAsText() {
        String body = "{% include figure.html src=\"x.png\" %}\n\n{{< youtube abc >}}\n\nSee {{ site.url }}.\n";
        Post p = post("---\ntitle: x\n---\n" + body, "p.md");
        assertThat(p.body()).isEqualTo(body);
        assertThat(parser.renderHtml(p)).contains("{% include figure.html").contains("{{&lt; youtube abc &gt;}}");
    }

    @Test
    void rendersTheBodyAsHtmlWithTables() {
        Post p = post("---\ntitle: x\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n", "p.md");
        assertThat(parser.renderHtml(p)).contains("<table>").contains("<td>1</td>");
    }

    @Test
    void brokenYamlGivesAnErrorAndNoPost() {
        ParseResult r = parser.parse("---\ntitle: [x\n---\nBody\n", "broken.md");
        assertThat(r.post()).isEmpty();
        assertThat(r.errors()).singleElement().extracting(Diagnostic::toString).asString()
                .startsWith("broken.md:").contains(": error: front matter is not valid");
    }

    @Test
    void readsFromAReaderAndFromAPath(@TempDir Path dir) throws Exception {
        String text = "---\ntitle: From disk\n---\nBody\n";
        Path file = dir.resolve("2022-06-20-disk.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(parser.parse(file).post().orElseThrow().title()).isEqualTo("From disk");
        assertThat(parser.parse(new StringReader(text), "r.md").post().orElseThrow().title()).isEqualTo("From disk");
        assertThat(parser.parse(file).source()).isEqualTo(file.toString());
    }

    @Test
    void aMissingFileIsAnErrorNotAnException(@TempDir Path dir) {
        ParseResult r = parser.parse(dir.resolve("nope.md"));
        assertThat(r.post()).isEmpty();
        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).isEqualTo("no such file");
    }

    @Test
    void invalidUtf8IsAWarningAndTheRestIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.md");
        byte[] head = "---\ntitle: ok\n---\nBad byte: ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        Files.write(file, bytes);
        ParseResult r = parser.parse(file);
        assertThat(r.post()).isPresent();
        assertThat(r.warnings()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(11);
        });
    }

    @Test
    void builderRejectsBadLimitsAtOnce() {
        assertThatThrownBy(() -> PostParser.builder().maxNestingDepth(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
        assertThatThrownBy(() -> PostParser.builder().site(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("site");
    }

    @Test
    void theFileSizeLimitIsReportedNotThrown() {
        ParseResult r = PostParser.builder().maxFileSize(10).build().parse("---\ntitle: long\n---\n", "p.md");
        assertThat(r.errors()).singleElement().extracting(Diagnostic::message).asString().contains("larger than 10");
        assertThat(r.post()).isEqualTo(Optional.empty());
    }

    @Test
    void pelicanHeaderPostsAreRead() {
        Post p = post("Title: Sprint day\nDate: 2021-03-04 10:00\nCategory: sprints\nTags: django, sprint\n"
                + "Status: draft\n\nWe sprinted.\n", "sprint.md");
        assertThat(p.title()).isEqualTo("Sprint day");
        assertThat(p.date().orElseThrow().getHour()).isEqualTo(10);
        assertThat(p.categories()).containsExactly("sprints");
        assertThat(p.tags()).containsExactly("django", "sprint");
        assertThat(p.draft()).isTrue();
    }

    @Test
    void tomlAndJsonFrontMatterPostsAreRead() {
        assertThat(post("+++\ntitle = \"T\"\ndate = 2022-06-20T10:00:00+05:30\ndraft = true\n+++\nx\n", "t.md"))
                .satisfies(p -> {
                    assertThat(p.title()).isEqualTo("T");
                    assertThat(p.draft()).isTrue();
                    assertThat(p.date().orElseThrow().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
                });
        assertThat(post("{\"title\": \"J\", \"tags\": [\"a\"]}\nbody\n", "j.md").tags()).containsExactly("a");
    }

    @Test
    void aResultsDiagnosticsAreSplitIntoErrorsAndWarnings() {
        ParseResult r = parser.parse("---\ntitle: x\nfeatured: maybe\ndate: nope\n---\n", "p.md");
        assertThat(r.warnings()).hasSize(1);
        assertThat(r.errors()).hasSize(1);
        assertThat(r.diagnostics()).hasSize(2);
        assertThat(List.copyOf(r.diagnostics())).isEqualTo(r.diagnostics());
    }
}
