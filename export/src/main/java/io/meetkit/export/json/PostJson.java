package io.meetkit.export.json;

/**
 * Writes posts as JSON and reads them back. Immutable and thread-safe.
 */
public final class PostJson {

    private PostJson() {
    }

    /** A JSON writer and reader with default settings. */
    public static PostJson create() {
        return new PostJson();
    }
}
