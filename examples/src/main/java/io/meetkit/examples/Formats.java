package io.meetkit.examples;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.core.Severity;
import io.meetkit.export.ical.IcsResult;
import io.meetkit.export.ical.IcsWriter;
import io.meetkit.export.json.PostJson;
import io.meetkit.export.jsonld.JsonLdWriter;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes converted posts in the chosen format. */
final class Formats {

    private static final PostJson JSON_WRITER = PostJson.create();
    private static final JsonLdWriter JSON_LD = JsonLdWriter.create();

    private Formats() {
    }

    static void write(MeetupCli.Format format, Iterable<Post> posts, Writer writer, MeetupCli.Convert options,
                      PostParser parser) throws IOException {
        switch (format) {
            case SUMMARY -> {
                PrintWriter out = new PrintWriter(writer);
                for (Post post : posts) {
                    Summary.write(post, out);
                }
                out.flush();
            }
            case JSON -> JSON_WRITER.writeAll(posts, writer);
            case ICS -> {
                IcsResult result = ics(options).writeFeed(posts, writer);
                result.diagnostics().forEach(options.context.err()::println);
            }
            case JSONLD -> {
                // One document for all inputs, written as the posts are read: a site of any size in bounded memory.
                JSON_LD.writeAll(posts, writer).forEach(options.context.err()::println);
                writer.write("\n");
            }
            case HTML -> {
                for (Post post : posts) {
                    JSON_LD.writeScriptElement(post, writer).forEach(options.context.err()::println);
                    writer.write("\n");
                }
            }
            default -> throw new MeetupCli.UsageException("format '" + format.name().toLowerCase(Locale.ROOT)
                    + "' is not available yet");
        }
    }

    private static final java.util.regex.Pattern EVENT_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(meetup|meet-up|workshop|sprint|devsprint|talks?|recap|hackathon)\\b");

    /** A post that reads like an event recap or announcement but gave no date or no talks is worth a look. */
    private static void eventWarnings(Post post, List<Diagnostic> out) {
        boolean eventLike = EVENT_WORDS.matcher(post.title()).find()
                || post.categories().stream().anyMatch(c -> EVENT_WORDS.matcher(c).matches());
        if (!eventLike) {
            return;
        }
        if (post.event().flatMap(e -> e.time()).isEmpty()) {
            out.add(Diagnostic.warning(post.source(), 1, 1,
                    "looks like an event post, but no event date was found in its front matter or text"));
        }
        if (post.event().map(e -> e.talks().isEmpty()).orElse(true)) {
            out.add(Diagnostic.warning(post.source(), 1, 1,
                    "looks like an event post, but no talks were found in its front matter or text"));
        }
    }

    /**
     * The feed writer: the calendar is named after the site (or {@code --calendar-name}), and {@code DTSTAMP} comes
     * from {@code SOURCE_DATE_EPOCH} when it is set, so that two runs over the same posts give the same bytes.
     */
    private static IcsWriter ics(MeetupCli.Convert options) {
        IcsWriter.Builder b = IcsWriter.builder();
        String epoch = options.context.env().get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                b.clock(Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new MeetupCli.UsageException("SOURCE_DATE_EPOCH must be whole seconds since 1970, was '"
                        + epoch + "'");
            }
        }
        if (options.calendarName != null) {
            if (options.calendarName.isBlank()) {
                throw new MeetupCli.UsageException("--calendar-name must not be blank");
            }
            b.calendarName(options.calendarName);
        } else if (options.siteTitle().isPresent()) {
            b.calendarName(options.siteTitle().get());
        }
        return b.build();
    }

    /** Checks beyond parsing that {@code check} reports. */
    static List<Diagnostic> checks(ParseResult result, PostParser parser) {
        List<Diagnostic> out = new ArrayList<>();
        result.post().ifPresent(p -> eventWarnings(p, out));
        // Rich-result eligibility is advice about the page, not a fault in the post: reported as warnings
        // (errors under --strict), so a site whose posts all parse still passes check.
        result.post().filter(p -> p.event().isPresent()).ifPresent(p -> JSON_LD.check(p).forEach(d ->
                out.add(new Diagnostic(d.source(), d.line(), d.column(),
                        parser.isStrict() ? Severity.ERROR : Severity.WARNING,
                        "schema.org Event: " + d.message(), d.key()))));
        return out;
    }
}
