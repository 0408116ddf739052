package io.meetkit.core;

import static io.meetkit.core.internal.Checks.requireText;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A problem found while reading or exporting, with where it is: the source (a file path or a name), a 1-based line
 * and column, a severity and a message that names the front-matter key or the Markdown construct concerned.
 *
 * <p>Diagnostics are values, not log lines: parsers collect them and return them beside their results.
 * {@link #toString()} gives the stable {@code FILE:LINE:COL: severity: message} form.
 *
 * @param source   the file path or source name
 * @param line     1-based line in the original file
 * @param column   1-based column (in characters) in the original file
 * @param severity how serious it is
 * @param message  a one-line explanation; never a stack trace
 * @param key      the front-matter key or construct concerned, when there is one (e.g. {@code event.start})
 */
public record Diagnostic(String source, int line, int column, Severity severity, String message,
                         Optional<String> key) {

    /**
     * Checks the components and replaces line breaks in the source and message by spaces, so that a diagnostic
     * always prints as one line.
     *
     * @param source   the file path or source name; not blank
     * @param line     1-based line
     * @param column   1-based column, in characters
     * @param severity how serious it is
     * @param message  the explanation; not blank
     * @param key      the key or construct concerned, or {@link Optional#empty()}
     * @throws IllegalArgumentException if {@code source} or {@code message} is blank, or {@code line} or
     *                                  {@code column} is below 1
     */
    public Diagnostic {
        requireText(source, "source");
        requireNonNull(severity, "severity");
        requireText(message, "message");
        requireNonNull(key, "key");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
        if (column < 1) {
            throw new IllegalArgumentException("column must be >= 1, was " + column);
        }
        // One diagnostic is one line of output: a message must not be able to forge another. The source stays as
        // given, so that it still names the file; toString() escapes it.
        message = oneLine(message);
    }

    /**
     * An error at {@code line:column} of {@code source}, with no key.
     *
     * @param source  the file path or source name; not blank
     * @param line    1-based line
     * @param column  1-based column, in characters
     * @param message a one-line explanation; not blank
     * @return an {@link Severity#ERROR} diagnostic
     */
    public static Diagnostic error(String source, int line, int column, String message) {
        return new Diagnostic(source, line, column, Severity.ERROR, message, Optional.empty());
    }

    /**
     * A warning at {@code line:column} of {@code source}, with no key.
     *
     * @param source  the file path or source name; not blank
     * @param line    1-based line
     * @param column  1-based column, in characters
     * @param message a one-line explanation; not blank
     * @return a {@link Severity#WARNING} diagnostic
     */
    public static Diagnostic warning(String source, int line, int column, String message) {
        return new Diagnostic(source, line, column, Severity.WARNING, message, Optional.empty());
    }

    /**
     * A copy that names the front-matter key or construct concerned.
     *
     * @param key the key, e.g. {@code event.start}; not blank
     * @return this diagnostic with {@code key} in place of any earlier one
     */
    public Diagnostic withKey(String key) {
        return new Diagnostic(source, line, column, severity, message, Optional.of(requireText(key, "key")));
    }

    /**
     * A copy with another severity, e.g. a warning promoted to an error in strict mode.
     *
     * @param severity the new severity
     * @return this diagnostic at {@code severity}
     */
    public Diagnostic withSeverity(Severity severity) {
        return new Diagnostic(source, line, column, severity, message, key);
    }

    /**
     * Whether this is an {@link Severity#ERROR}.
     *
     * @return {@code true} for an error, {@code false} for a warning
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The form the command-line tool prints; the key is not part of it. Control, line-separator and invisible
     * formatting characters (such as a newline, an escape or a right-to-left override in a file name) are written
     * as escapes ({@code \n}, {@code \u001b}, {@code \u202e}), so that neither a file name nor a quoted value can
     * forge another line or rewrite the terminal.
     *
     * @return {@code FILE:LINE:COL: severity: message}, on one line
     */
    @Override
    public String toString() {
        return escaped(source) + ":" + line + ":" + column + ": " + severity.label() + ": " + escaped(message);
    }

    private static String escaped(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 == text.length()
                    || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            int type = Character.getType(c);
            boolean unsafe = lone || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (!unsafe) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String oneLine(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append(' ');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
