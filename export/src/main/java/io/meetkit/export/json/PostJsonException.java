package io.meetkit.export.json;

import static java.util.Objects.requireNonNull;

import io.meetkit.core.Diagnostic;

/**
 * Thrown when JSON cannot be read as meetkit posts: it is not well-formed, a field has the wrong type or an
 * unknown value, or the values break a rule of the model. Says where: a 1-based line and column of the input and,
 * when known, the path of the field concerned (e.g. {@code event.talks[1].kind}).
 */
public final class PostJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the problem, 0 when unknown. */
    private final int line;
    /** The 1-based column of the problem, 0 when unknown. */
    private final int column;
    /** What is wrong, without the position. */
    private final String reason;

    /**
     * A problem at {@code line:column} of the input.
     *
     * @param reason what is wrong, one line, naming the field concerned
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param cause  the underlying error, or {@code null}
     */
    public PostJsonException(String reason, int line, int column, Throwable cause) {
        super("line " + line + ", column " + column + ": " + requireNonNull(reason, "reason"), cause);
        this.reason = reason;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
    }

    /**
     * The 1-based line of the input where the problem is, or 0 when unknown.
     *
     * @return the line, or 0
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the input where the problem is, or 0 when unknown.
     *
     * @return the column, or 0
     */
    public int column() {
        return column;
    }

    /**
     * What is wrong, without the position.
     *
     * @return one line naming the field concerned
     */
    public String reason() {
        return reason;
    }

    /**
     * This problem as an error {@link Diagnostic} of {@code source} (an unknown position becomes 1:1).
     *
     * @param source the name of the input, as diagnostics give it
     * @return the error
     */
    public Diagnostic toDiagnostic(String source) {
        requireNonNull(source, "source");
        return Diagnostic.error(source, Math.max(line, 1), Math.max(column, 1), reason);
    }
}
