package io.meetkit.examples;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.core.Severity;
import io.meetkit.export.json.PostJson;
import io.meetkit.export.jsonld.JsonLdWriter;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
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
            case JSONLD -> {
                // One document for all inputs: the writer takes a list, so the converted posts are gathered.
                List<Post> all = new ArrayList<>();
                posts.forEach(all::add);
                JSON_LD.write(all, writer).forEach(options.context.err()::println);
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

    /** Checks beyond parsing that {@code check} reports. */
    static List<Diagnostic> checks(ParseResult result, PostParser parser) {
        List<Diagnostic> out = new ArrayList<>();
        // Rich-result eligibility is advice about the page, not a fault in the post: reported as warnings
        // (errors under --strict), so a site whose posts all parse still passes check.
        result.post().filter(p -> p.event().isPresent()).ifPresent(p -> JSON_LD.check(p).forEach(d ->
                out.add(new Diagnostic(d.source(), d.line(), d.column(),
                        parser.isStrict() ? Severity.ERROR : Severity.WARNING,
                        "schema.org Event: " + d.message(), d.key()))));
        return out;
    }
}
