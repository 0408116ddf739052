package io.meetkit.examples;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.export.json.PostJson;
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
            default -> throw new MeetupCli.UsageException("format '" + format.name().toLowerCase(Locale.ROOT)
                    + "' is not available yet");
        }
    }

    /** Checks beyond parsing that {@code check} reports. */
    static List<Diagnostic> checks(ParseResult result, PostParser parser) {
        List<Diagnostic> out = new ArrayList<>();
        return out;
    }
}
