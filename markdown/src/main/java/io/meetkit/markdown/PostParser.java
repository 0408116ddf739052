package io.meetkit.markdown;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Reads Markdown posts with front matter into the meetkit model. Built once, immutable and thread-safe.
 */
public final class PostParser {

    private PostParser() {
    }

    /** A parser with default settings. */
    public static PostParser create() {
        return new PostParser();
    }

    /** Reads the post in {@code content}, naming it {@code sourceName} in diagnostics. */
    public ParseResult parse(String content, String sourceName) {
        requireNonNull(content, "content");
        requireNonNull(sourceName, "sourceName");
        throw new UnsupportedOperationException("work in progress");
    }

    /** Reads the post file at {@code path}. */
    public ParseResult parse(Path path) {
        requireNonNull(path, "path");
        throw new UnsupportedOperationException("work in progress");
    }
}
