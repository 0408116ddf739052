package io.meetkit.markdown.internal;

/** Front matter that cannot be read, with the position (in the front-matter text) of the problem. */
final class FrontMatterException extends Exception {

    private static final long serialVersionUID = 1L;

    final int line;
    final int column;
    final String key;

    FrontMatterException(String message, int line, int column, String key) {
        super(message, null, false, false);
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
        this.key = key;
    }
}
