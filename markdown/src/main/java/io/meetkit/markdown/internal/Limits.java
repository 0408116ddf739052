package io.meetkit.markdown.internal;

/**
 * Bounds that keep a hostile file from exhausting memory or time. Each one hit is a diagnostic that names it and
 * the {@code PostParser.Builder} method that raises it.
 *
 * @param maxFileSize        the largest post file read, in characters
 * @param maxFrontMatterSize the largest front-matter block, in characters
 * @param maxNestingDepth    the deepest nesting of maps and lists in front matter, and of block quotes and lists in
 *                           the Markdown body
 * @param maxValues          how many values front matter may produce, aliases expanded
 * @param maxLineLength      the longest line searched for event facts, in characters
 * @param maxTalks           the most talks kept for one post's event
 * @param maxLinks           the most links kept for one post (and for its event)
 * @param maxBlocks          the most blocks of a body (paragraphs, headings, list items, table rows) read for event
 *                           facts
 * @param maxSpans           the most inline links, code spans and emphases of a body read for event facts
 * @param maxMarkdownSize    the most characters of a body parsed as Markdown, in characters: the Markdown tree
 *                           takes many times the memory of its text
 */
public record Limits(long maxFileSize, int maxFrontMatterSize, int maxNestingDepth, int maxValues,
                     int maxLineLength, int maxTalks, int maxLinks, int maxBlocks, int maxSpans,
                     int maxMarkdownSize) {

    public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, 256 * 1024, 64, 100_000, 100_000, 200,
            1_000, 10_000, 10_000, 256 * 1024);

    public Limits {
        if (maxFileSize < 1 || maxFrontMatterSize < 1 || maxNestingDepth < 1 || maxValues < 1 || maxLineLength < 1
                || maxTalks < 1 || maxLinks < 1 || maxBlocks < 1 || maxSpans < 1 || maxMarkdownSize < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Limits as before the body bounds: the blocks, spans and Markdown read keep their defaults. */
    public Limits(long maxFileSize, int maxFrontMatterSize, int maxNestingDepth, int maxValues, int maxLineLength,
                  int maxTalks, int maxLinks) {
        this(maxFileSize, maxFrontMatterSize, maxNestingDepth, maxValues, maxLineLength, maxTalks, maxLinks,
                DEFAULT.maxBlocks(), DEFAULT.maxSpans(), DEFAULT.maxMarkdownSize());
    }

    /** How to raise the limit set by {@code method}, for the end of a message. */
    public static String raiseWith(String method) {
        return " (the limit is raised with PostParser.builder()." + method + "(...))";
    }
}
