package io.meetkit.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import org.junit.jupiter.api.Test;

/** Characters that do not belong in a post are made harmless and reported once, where they stand. */
class TextChecksTest {

    private static ParseResult parse(String text) {
        return PostParser.create().parse(text, "post.md");
    }

    @Test
    void aNulInTheBodyIsReadAsReplacementCharacterWithItsPosition() {
        ParseResult r = parse("---\ntitle: N\n---\nab\u0000c \u0000\n");
        assertThat(r.warnings()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(3);
            assertThat(d.message()).contains("2 NUL characters");
        });
        assertThat(r.post().orElseThrow().body()).doesNotContain("\u0000").contains("ab\uFFFDc");
    }

    @Test
    void loneSurrogatesInFrontMatterEscapesBecomeReplacementCharacters() {
        ParseResult r = parse("{\"title\": \"Half \\ud83d pair\"}\nBody\n");
        assertThat(r.post().orElseThrow().title()).isEqualTo("Half \uFFFD pair");
        assertThat(r.warnings()).singleElement().extracting(Diagnostic::message).asString()
                .contains("'title'").contains("unpaired surrogates");
    }

    @Test
    void aPairedSurrogateIsLeftAlone() {
        ParseResult r = parse("---\ntitle: \"Snake \uD83D\uDC0D\"\n---\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.post().orElseThrow().title()).isEqualTo("Snake \uD83D\uDC0D");
    }

    @Test
    void controlAndZeroWidthCharactersAreReplacedOrRemovedButJoinersStay() {
        ParseResult r = parse("---\ntitle: \"Bell\\a Z\u200Bero \u0915\u094D\u200D\u0937\"\n---\n");
        assertThat(r.post().orElseThrow().title()).isEqualTo("Bell\uFFFD Zero \u0915\u094D\u200D\u0937");
        assertThat(r.warnings()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.key()).contains("title");
        });
    }

    @Test
    void aLineBreakInATalkTitleOrSpeakerNameIsReadAsASpace() {
        ParseResult r = parse("""
                ---
                title: Break
                event:
                  date: 2024-01-02
                talks:
                  - title: "One\\r\\nEND:VEVENT"
                    speakers:
                      - name: "Ann\\nBo"
                ---
                """);
        Post p = r.post().orElseThrow();
        assertThat(p.event().orElseThrow().talks().get(0).title()).contains("One END:VEVENT");
        assertThat(p.event().orElseThrow().talks().get(0).speakers()).extracting(Speaker::name)
                .containsExactly("Ann Bo");
        assertThat(r.warnings()).extracting(d -> d.line() + ":" + d.key().orElse(""))
                .containsExactly("6:talks.0.title", "8:talks.0.speakers.0.name");
    }

    @Test
    void rightToLeftOverridesAreReportedAndKept() {
        ParseResult r = parse("---\ntitle: \"Invoice \u202Egnp.exe\"\n---\n");
        assertThat(r.post().orElseThrow().title()).contains("\u202E");
        assertThat(r.warnings()).singleElement().extracting(Diagnostic::message).asString()
                .contains("right-to-left override");
    }

    @Test
    void scriptDataIdnSpacedAndOverlongUrlsAreReportedAtTheirKeys() {
        ParseResult r = parse("---\ntitle: Urls\nimage: \"JavaScript:alert(1)\"\ncover: \"data:,x\"\n"
                + "thumbnail: \"https://bücher.example/a b\"\nheader: \"https://example.org/" + "x".repeat(2_000)
                + "\"\n---\n");
        assertThat(r.warnings()).extracting(d -> d.line() + " " + d.message()).containsExactly(
                "3 'image' is a javascript: URL, which no exporter writes",
                "4 'cover' is a data: URL, which no exporter writes",
                "5 'thumbnail' is a URL with spaces in it; read with each space as %20",
                "5 'thumbnail' names the internationalised host 'bücher.example' (xn--bcher-kva.example); check"
                        + " that it is the site meant, not a look-alike",
                "6 'header' is a URL of 2020 characters, longer than 2000, which many clients cut");
    }

    @Test
    void aLoneCarriageReturnIsReportedOnceAndStillEndsALine() {
        ParseResult r = parse("---\rtitle: Old Mac\rdate: 2024-01-05\r---\rBody\r");
        assertThat(r.warnings()).singleElement().extracting(Diagnostic::line).isEqualTo(1);
        assertThat(r.post().orElseThrow().title()).isEqualTo("Old Mac");
        assertThat(r.post().orElseThrow().date()).isPresent();
    }

    @Test
    void blankKeysAreReportedWithoutNamingTheKey() {
        ParseResult r = parse("{\"\": \"A\", \"\": \"B\"}\nBody\n");
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("duplicate key ''");
            assertThat(d.key()).isEmpty();
        });
        ParseResult warned = parse("---\ntitle: T\n\" \": \"bell\\a\"\n---\n");
        assertThat(warned.warnings()).singleElement().extracting(Diagnostic::key).isEqualTo(java.util.Optional.empty());
    }

    @Test
    void anEmptyFileIsAWarningNotAnError() {
        ParseResult r = parse("");
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).singleElement().extracting(Diagnostic::message).asString().contains("empty");
    }

    @Test
    void diagnosticsComeInFileOrder() {
        ParseResult r = parse("---\nslug: [s]\ntitle: [t]\ndraft: maybe\n---\n");
        assertThat(r.diagnostics()).extracting(Diagnostic::line).containsExactly(2, 3, 4);
    }

    @Test
    void yamlBinaryAndCustomTagsAreReportedNotTurnedIntoObjectAddresses() {
        ParseResult r = parse("---\ntitle: !!binary aGVsbG8=\nevent: !custom {date: 2024-01-01}\n---\nBody\n");
        assertThat(r.post().orElseThrow().title()).doesNotContain("[B@");
        assertThat(r.warnings()).extracting(d -> d.line() + " " + d.message()).containsExactly(
                "2 a YAML binary value is not read; left empty",
                "3 the YAML tag '!custom' is ignored; the value is read as plain YAML");
    }

    @Test
    void scriptLinksInTheBodyAreReportedWhereTheyStand() {
        ParseResult r = parse("---\ntitle: Links\n---\nFine [a](https://example.org) and\nsee [b](javascript:alert(1))"
                + " ![c](data:image/png;base64,AAAA)\n");
        assertThat(r.warnings()).extracting(d -> d.line() + ":" + d.column() + " " + d.message()).containsExactly(
                "5:5 a link to a javascript: URL, which no exporter writes",
                "5:30 a link to a data: URL, which no exporter writes");
    }

    @Test
    void aPostDateOutsideThePlausibleYearsIsAnError() {
        ParseResult r = parse("---\ntitle: Old\ndate: 0000-01-01\n---\n");
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("year 0, outside 1900–2999");
        });
        assertThat(r.post().orElseThrow().date()).isEmpty();
    }

    @Test
    void joiningTheLinesOfATitleGivesWhatTheLineBreakPatternGave() {
        java.util.regex.Pattern old = java.util.regex.Pattern.compile("\\s*(?:\r\n|[\r\n\u0085\u2028\u2029])\\s*");
        String alphabet = "a \t\r\n\u0085\u2028\u2029\u000B";
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(TextChecks.joinLines(s)).as("%s", s.chars().boxed().toList())
                    .isEqualTo(old.matcher(s).replaceAll(" "));
        }
    }

    @Test
    void aTitleWithALongRunOfSpacesAndALineBreakIsOneLine() {
        ParseResult r = parse("---\ntitle: \"a" + " ".repeat(100_000) + "b\\nc\"\n---\ntext\n");
        assertThat(r.post().orElseThrow().title()).isEqualTo("a" + " ".repeat(100_000) + "b c");
    }
}
