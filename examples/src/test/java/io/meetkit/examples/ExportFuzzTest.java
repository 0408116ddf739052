package io.meetkit.examples;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.Link;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import io.meetkit.export.json.PostJsonException;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Every exporter fed with fuzzed posts: JSON reads back into an equal post, the {@code .ics} passes the lint and
 * holds only the properties our writer makes (no text can start a property, parameter or component), and the
 * JSON-LD parses and its script element holds no raw {@code <}, {@code >} or {@code &}. Posts come from the parser
 * (what a file can give) and straight from the model (any text in any field, which the parser would have cleaned).
 * Seeds in {@code ExportFuzzTestInputs/}.
 */
class ExportFuzzTest {

    private static final PostParser PARSER = PostParser.builder().maxFileSize(1 << 20).build();
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Chatham"), ZoneId.of("Europe/Dublin"));

    @FuzzTest
    void everyParsedPostGoesThroughEveryExporterSoundly(byte[] input) {
        ParseResult r = PARSER.parse(new String(input, StandardCharsets.UTF_8), "fuzz.md");
        r.post().ifPresent(p -> ExportChecks.assertAllExportsSound(p, false));
    }

    @FuzzTest
    void anyTextInAnyFieldStaysInsideItsFieldInEveryFormat(FuzzedDataProvider data) {
        ExportChecks.assertAllExportsSound(post(data), false);
    }

    /**
     * Reading JSON back: any text gives posts or a {@link PostJsonException} (the one documented failure) with a
     * position inside the text; posts that are read write back to JSON that reads into equal posts.
     */
    @FuzzTest
    void readingAnyJsonGivesPostsOrAPositionedPostJsonException(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        List<Post> posts;
        try {
            posts = ExportChecks.JSON.readPosts(json);
        } catch (PostJsonException e) {
            // 0 is the documented "unknown" line or column; its diagnostic form then says 1:1.
            ExportChecks.assertPositionsInside(List.of(e.toDiagnostic("fuzz.json")), json);
            return;
        }
        if (!ExportChecks.JSON.readPosts(ExportChecks.JSON.toJson(posts)).equals(posts)) {
            throw new AssertionError("posts read from JSON do not round-trip");
        }
    }

    private static Post post(FuzzedDataProvider data) {
        ZoneId zone = data.pickValue(ZONES);
        LocalDateTime start = LocalDateTime.of(data.consumeInt(1990, 2100), data.consumeInt(1, 12),
                data.consumeInt(1, 28), data.consumeInt(0, 23), data.consumeInt(0, 59));
        Event.Builder event = Event.builder(text(data, 200))
                .time(data.consumeBoolean() ? EventTime.allDay(start.toLocalDate())
                        : EventTime.between(start.atZone(zone), start.plusMinutes(data.consumeInt(1, 600))
                        .atZone(zone)))
                .venue(Venue.builder().name(text(data, 100)).streetAddress(text(data, 100))
                        .locality(text(data, 40)).build());
        url(data).ifPresent(event::url);
        int talks = data.consumeInt(0, 3);
        for (int i = 0; i < talks; i++) {
            Talk.Builder talk = Talk.builder(text(data, 150)).speaker(Speaker.of(text(data, 80)));
            url(data).ifPresent(u -> talk.link(Link.of(u)));
            event.talk(talk.build());
        }
        Post.Builder post = Post.builder("fuzz.md", text(data, 200)).description(text(data, 300))
                .tags(List.of(text(data, 30))).body(text(data, 300));
        url(data).ifPresent(post::url);
        url(data).ifPresent(post::image);
        return post.event(event.build()).build();
    }

    /** Text that the model accepts (not blank), otherwise anything at all. */
    private static String text(FuzzedDataProvider data, int max) {
        String s = data.consumeString(max);
        return s.isBlank() ? "x" + s : s;
    }

    private static Optional<URI> url(FuzzedDataProvider data) {
        String s = data.consumeString(120);
        try {
            return Optional.of(Link.parseUri(data.consumeBoolean() ? "https://" + s : s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
