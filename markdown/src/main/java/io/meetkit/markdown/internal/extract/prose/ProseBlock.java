package io.meetkit.markdown.internal.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One block of a post's body reduced to plain text: a paragraph, a heading, the first paragraph of a list item, a
 * code block or a paragraph that holds only images. Inline links, code spans and emphasis are kept as {@link Span}s
 * over the text, so that the extractors read sentences while still knowing which words were linked or quoted.
 *
 * @param kind       what the block was in the Markdown
 * @param level      the heading level, or 0
 * @param text       the plain text; a soft line break is kept as {@code '\n'}
 * @param line       the 1-based line of the file the block starts on
 * @param spans      inline constructs over {@code text}, in order
 * @param listId     for an {@link Kind#ITEM}, a number shared by the items of one list; else -1
 * @param leadIn     for an {@link Kind#ITEM}, the text of the paragraph or heading just before its list
 * @param section    the text of the nearest heading above the block, or ""
 * @param imageTitle for an {@link Kind#IMAGE} block, the image's title attribute or alt text
 */
public record ProseBlock(Kind kind, int level, String text, int line, List<Span> spans, int listId, String leadIn,
                         String section, Optional<String> imageTitle) {

    /** What a block was in the Markdown. */
    public enum Kind { PARAGRAPH, HEADING, ITEM, CODE, IMAGE }

    public ProseBlock {
        spans = List.copyOf(spans);
    }

    /** The links of the block, in order. */
    public List<Span> links() {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.kind() == Span.Kind.LINK) {
                out.add(s);
            }
        }
        return out;
    }

    /** The spans that lie within {@code [start, end)} of the text. */
    public List<Span> spansWithin(int start, int end) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() >= start && s.end() <= end) {
                out.add(s);
            }
        }
        return out;
    }

    /** The 1-based file line of character {@code offset} of the text. */
    public int lineOf(int offset) {
        int l = line;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                l++;
            }
        }
        return l;
    }
}
