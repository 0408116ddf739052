package io.meetkit.markdown.internal.extract.prose;

/**
 * An inline construct over a {@link ProseBlock}'s text.
 *
 * @param kind  link, code span or emphasis
 * @param start the first character, inclusive
 * @param end   the last character, exclusive
 * @param url   the link destination as written, or "" for other kinds
 */
public record Span(Kind kind, int start, int end, String url) {

    /** The inline construct a span stands for. */
    public enum Kind { LINK, CODE, EMPHASIS, STRONG }

    /** The spanned part of {@code text}. */
    public String textIn(String text) {
        return text.substring(start, end);
    }
}
