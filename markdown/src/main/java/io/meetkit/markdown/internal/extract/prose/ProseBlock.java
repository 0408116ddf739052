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
 * @param newlines   where the text's line breaks are, in order: {@link #lineOf} looks a line up in them rather than
 *                   counting the text again on each call
 */
public record ProseBlock(Kind kind, int level, String text, int line, List<Span> spans, int listId, String leadIn,
                         String section, Optional<String> imageTitle, int[] newlines) {

    /** What a block was in the Markdown. */
    public enum Kind { PARAGRAPH, HEADING, ITEM, CODE, IMAGE }

    public ProseBlock {
        spans = List.copyOf(spans);
    }

    /** A block whose line breaks are found in {@code text}. */
    public ProseBlock(Kind kind, int level, String text, int line, List<Span> spans, int listId, String leadIn,
                      String section, Optional<String> imageTitle) {
        this(kind, level, text, line, spans, listId, leadIn, section, imageTitle, newlines(text));
    }

    private static int[] newlines(String text) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            out[k++] = i;
        }
        return out;
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
        for (int i = firstSpanFrom(start); i < spans.size() && spans.get(i).start() < end; i++) {
            Span s = spans.get(i);
            if (s.end() <= end) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The index of the first span that starts at or after {@code offset}: spans are in order of their start (an
     * enclosing span before the ones inside it), so a sentence's spans are found without reading the block's all.
     */
    int firstSpanFrom(int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The 1-based file line of character {@code offset} of the text. */
    public int lineOf(int offset) {
        // The number of line breaks before offset.
        int lo = 0;
        int hi = newlines.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (newlines[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return line + lo;
    }
}
