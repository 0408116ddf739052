package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.markdown.FuzzProperties;
import io.meetkit.export.ical.IcsLint;
import io.meetkit.export.ical.IcsWriter;
import io.meetkit.export.json.PostJson;
import io.meetkit.export.jsonld.JsonLdWriter;
import io.meetkit.export.jsonld.OfflineJsonLd;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties every post must keep through every exporter, whatever its text: JSON reads back into an equal
 * post (through a string and through UTF-8 bytes), the {@code .ics} passes the lint, the JSON-LD parses as JSON and
 * expands offline, and its HTML script element holds no raw {@code <}, {@code >} or {@code &} inside the JSON.
 * Shared by the hostile-input tests and the exporter fuzzers.
 */
final class ExportChecks {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    static final PostJson JSON = PostJson.create();
    static final IcsWriter ICS = IcsWriter.builder().clock(CLOCK).build();
    static final IcsWriter ICS_TALKS = IcsWriter.builder().clock(CLOCK).talkEvents(true).build();
    /** Talks as events with every optional addition, so that hostile text meets every line the writer can make. */
    static final IcsWriter ICS_ALL = ICS_TALKS.toBuilder().reminder(Duration.ofHours(1))
            .defaultDuration(Duration.ofHours(2)).attachments(true).appleLocation(true).build();
    /** Every optional addition too: the publisher and its logo, inLanguage (read from the post), free events. */
    static final JsonLdWriter JSON_LD = JsonLdWriter.builder()
            .publisher(new Organizer("Hostile Group", Optional.of(URI.create("https://group.example/")), List.of()))
            .publisherLogo(URI.create("img/logo.png")).inLanguage("en").freeEvents(true).build();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final OfflineJsonLd EXPANDER = OfflineJsonLd.withBundledContext();
    private static final Pattern SCRIPT = Pattern.compile(
            "(?s)\\A<script type=\"application/ld\\+json\">\n(.*)\n</script>\n\\z");

    private ExportChecks() {
    }

    /** Runs every exporter over {@code post} and fails on the first broken property. */
    static void assertAllExportsSound(Post post) {
        assertAllExportsSound(post, true);
    }

    /** As {@link #assertAllExportsSound(Post)}; {@code expand} also expands the JSON-LD offline (slower). */
    static void assertAllExportsSound(Post post, boolean expand) {
        assertJsonRoundTrips(post);
        assertIcsClean(post);
        assertJsonLdSound(post, expand);
    }

    static void assertJsonRoundTrips(Post post) {
        String json = JSON.toJson(post);
        assertThat(JSON.readPost(json)).as("JSON read back from a string").isEqualTo(post);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            JSON.write(post, bytes);
            assertThat(strictUtf8(bytes.toByteArray())).as("JSON bytes are UTF-8").isTrue();
            assertThat(JSON.readPost(new ByteArrayInputStream(bytes.toByteArray())))
                    .as("JSON read back from UTF-8 bytes").isEqualTo(post);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertIcsClean(Post post) {
        for (IcsWriter writer : List.of(ICS, ICS_ALL)) {
            try {
                ByteArrayOutputStream single = new ByteArrayOutputStream();
                writer.write(post, single);
                IcsLint.assertClean(single.toByteArray());
                assertNoForgedLines(single.toString(StandardCharsets.UTF_8));
                ByteArrayOutputStream feed = new ByteArrayOutputStream();
                writer.writeFeed(List.of(post), feed);
                IcsLint.assertClean(feed.toByteArray());
                assertNoForgedLines(feed.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The lines of a calendar are only those our writer makes: every unfolded content line starts with a property
     * name we write, so no text of a post can have started a property, parameter or component of its own.
     */
    static void assertNoForgedLines(String ics) {
        List<String> names = new ArrayList<>();
        if (ics.isEmpty()) {
            return;
        }
        for (String line : IcsLint.unfold(ics).split("\r\n")) {
            Matcher m = Pattern.compile("\\A([A-Z][A-Z0-9-]*)[;:]").matcher(line);
            assertThat(m.find()).as("content line %s", line).isTrue();
            names.add(m.group(1));
        }
        assertThat(names).as("property names").allMatch(ALLOWED::contains);
        long begins = names.stream().filter("BEGIN"::equals).count();
        long ends = names.stream().filter("END"::equals).count();
        assertThat(begins).isEqualTo(ends);
    }

    private static final List<String> ALLOWED = List.of("BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD",
            "NAME", "X-WR-CALNAME", "DESCRIPTION", "X-WR-CALDESC", "X-WR-TIMEZONE", "REFRESH-INTERVAL",
            "X-PUBLISHED-TTL", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "DTSTART", "RRULE", "RDATE",
            "LAST-MODIFIED", "TZURL", "UID", "DTSTAMP", "DTEND", "DURATION", "SUMMARY", "LOCATION", "GEO", "URL",
            "STATUS", "ORGANIZER", "CATEGORIES", "SEQUENCE", "CONFERENCE", "RELATED-TO", "X-ALT-DESC", "CLASS",
            "TRANSP", "CREATED", "ATTACH", "COMMENT", "CONTACT", "X-MEETKIT-ATTENDANCE-MODE", "IMAGE", "COLOR",
            "SOURCE", "RECURRENCE-ID", "EXDATE", "ATTENDEE", "RESOURCES", "PRIORITY", "X-MICROSOFT-CDO-BUSYSTATUS",
            "ACTION", "TRIGGER", "X-APPLE-STRUCTURED-LOCATION");

    static void assertJsonLdSound(Post post, boolean expand) {
        String document = JSON_LD.toJson(post);
        JsonNode tree = MAPPER.readTree(document);
        assertThat(tree.isObject()).as("JSON-LD is one object").isTrue();
        if (expand) {
            try {
                assertThat(EXPANDER.expand(document)).as("expanded JSON-LD").isNotNull();
            } catch (Exception e) {
                throw new AssertionError("JSON-LD does not expand: " + e.getMessage() + "\n" + document, e);
            }
        }
        String element = JSON_LD.toScriptElement(post);
        Matcher m = SCRIPT.matcher(element);
        assertThat(m.matches()).as("one script element: %s", element).isTrue();
        String inside = m.group(1);
        assertThat(inside).as("JSON inside the script element").doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(element.toLowerCase(Locale.ROOT).split("</script", -1)).as("one closing tag").hasSize(2);
        assertThat(MAPPER.readTree(inside)).as("the element's JSON reads back as the document").isEqualTo(tree);
    }

    /** Every diagnostic lies inside {@code text}: its line exists and its column is at most one past the line. */
    static void assertPositionsInside(List<Diagnostic> diagnostics, String text) {
        List<Integer> lengths = FuzzProperties.lineLengths(text);
        for (Diagnostic d : diagnostics) {
            assertThat(d.line()).as("line of %s (file has %d lines)", d, lengths.size())
                    .isBetween(1, lengths.size());
            assertThat(d.column()).as("column of %s", d).isBetween(1, lengths.get(d.line() - 1) + 1);
        }
    }

    private static boolean strictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
