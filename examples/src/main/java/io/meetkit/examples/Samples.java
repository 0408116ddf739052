package io.meetkit.examples;

import io.meetkit.core.Link;
import io.meetkit.core.Site;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The sample posts bundled with the tool, read from the class path. */
public final class Samples {

    private static final String FOLDER = "samples/";

    /** The fictional group the samples are written for, as its site configuration would describe it. */
    public static final Site SITE = new Site(Optional.of("Lakeside Python Users"),
            Optional.of("A fictional Python user group in Pune"), Optional.of(URI.create("https://lakeside-python.example.org/")),
            Optional.of(ZoneId.of("Asia/Kolkata")), Optional.of("en"),
            List.of(Link.of(URI.create("https://twitter.com/lakesidepy"), "Twitter"),
                    Link.of(URI.create("https://www.meetup.com/lakeside-python-users/"), "Meetup")));

    private Samples() {
    }

    /**
     * The bundled sample file names, in order.
     *
     * @return the names listed in the samples' {@code index.txt}
     */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return names;
    }

    /**
     * The text of one bundled sample.
     *
     * @param name one of {@link #names()}
     * @return the file's text
     */
    public static String read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("sample " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every bundled sample, parsed; {@code parser} should be built with {@link #SITE}.
     *
     * @param parser the parser
     * @return one result per sample, in the order of {@link #names()}
     */
    public static List<ParseResult> parse(PostParser parser) {
        return names().stream().map(name -> parser.parse(read(name), FOLDER + name)).toList();
    }
}
