package io.meetkit.markdown.internal.extract.prose;

/**
 * A fact read from prose, with the file line it was read from.
 *
 * @param value the fact
 * @param line  the 1-based line
 * @param <T>   the fact's type
 */
public record Found<T>(T value, int line) {
}
