package io.meetkit.examples;

import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample posts bundled with the tool, read from the class path. */
public final class Samples {

    private static final String FOLDER = "samples/";

    private Samples() {
    }

    /** The bundled sample file names, in order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return names;
    }

    /** The text of one bundled sample. */
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

    /** Every bundled sample, parsed. */
    public static List<ParseResult> parse(PostParser parser) {
        return names().stream().map(name -> parser.parse(read(name), FOLDER + name)).toList();
    }
}
