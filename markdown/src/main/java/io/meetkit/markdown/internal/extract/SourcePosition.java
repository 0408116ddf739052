package io.meetkit.markdown.internal.extract;

/**
 * A 1-based line and column in the original post file.
 *
 * @param line   the line, counting from 1
 * @param column the column, counting from 1
 */
public record SourcePosition(int line, int column) {

    public static final SourcePosition START = new SourcePosition(1, 1);

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1, were " + line + ":" + column);
        }
    }
}
