package io.meetkit.markdown.internal;

/**
 * Bounds that keep a hostile file from exhausting memory or time.
 *
 * @param maxFileSize        the largest post file read, in characters
 * @param maxFrontMatterSize the largest front-matter block, in characters
 * @param maxNestingDepth    the deepest nesting of maps and lists in front matter
 * @param maxValues          how many values front matter may produce, aliases expanded
 */
public record Limits(long maxFileSize, int maxFrontMatterSize, int maxNestingDepth, int maxValues) {

    public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, 1024 * 1024, 64, 100_000);

    public Limits {
        if (maxFileSize < 1 || maxFrontMatterSize < 1 || maxNestingDepth < 1 || maxValues < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
