package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a post's body reduced to plain text: a paragraph, a heading, the first paragraph of a list item, a
 * code block or a paragraph that holds only images. Inline links, code spans and emphasis are kept as {@link Span}s
 * over the text, so that the extractors read sentences while still knowing which words were linked or quoted.
 *
 * <p>A block is tokenised and cut into sentences at most once: {@link #tokens()}, {@link #sentences()} and
 * {@link #tokenizedSentences()} are computed on first use and kept, so every reader of the block shares them. A
 * block belongs to one post and is read by one thread; the caches hold immutable lists, so a second thread at
 * worst computes the same list again.
 */
public final class ProseBlock {

    /** What a block was in the Markdown. */
    public enum Kind { PARAGRAPH, HEADING, ITEM, CODE, IMAGE }

    private final Kind kind;
    private final int level;
    private final String text;
    private final int line;
    private final List<Span> spans;
    private final int listId;
    private final String leadIn;
    private final String section;
    private final Optional<String> imageTitle;
    private final int[] newlines;
    private List<Token> tokens;
    private List<Sentence> sentences;
    private List<TokenizedSentence> tokenizedSentences;

    /**
     * A block.
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
    public ProseBlock(Kind kind, int level, String text, int line, List<Span> spans, int listId, String leadIn,
                      String section, Optional<String> imageTitle) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.level = level;
        this.text = Objects.requireNonNull(text, "text");
        this.line = line;
        this.spans = List.copyOf(spans);
        this.listId = listId;
        this.leadIn = Objects.requireNonNull(leadIn, "leadIn");
        this.section = Objects.requireNonNull(section, "section");
        this.imageTitle = Objects.requireNonNull(imageTitle, "imageTitle");
        this.newlines = newlines(text);
    }

    /** What the block was in the Markdown. */
    public Kind kind() {
        return kind;
    }

    /** The heading level, or 0. */
    public int level() {
        return level;
    }

    /** The plain text; a soft line break is kept as {@code '\n'}. */
    public String text() {
        return text;
    }

    /** The 1-based line of the file the block starts on. */
    public int line() {
        return line;
    }

    /** Inline constructs over {@link #text()}, in order of their start. */
    public List<Span> spans() {
        return spans;
    }

    /** For an {@link Kind#ITEM}, a number shared by the items of one list; else -1. */
    public int listId() {
        return listId;
    }

    /** For an {@link Kind#ITEM}, the text of the paragraph or heading just before its list; else "". */
    public String leadIn() {
        return leadIn;
    }

    /** The text of the nearest heading above the block, or "". */
    public String section() {
        return section;
    }

    /** For an {@link Kind#IMAGE} block, the image's title attribute or alt text. */
    public Optional<String> imageTitle() {
        return imageTitle;
    }

    /** The block's tokens, made on first use and then shared by every reader. */
    public List<Token> tokens() {
        List<Token> t = tokens;
        if (t == null) {
            t = Tokenizer.tokenize(this);
            tokens = t;
        }
        return t;
    }

    /** The block's sentences as {@link Sentence#split} cuts them, made on first use and then shared. */
    public List<Sentence> sentences() {
        List<Sentence> s = sentences;
        if (s == null) {
            s = Sentence.cut(this);
            sentences = s;
        }
        return s;
    }

    /** The block's sentences as {@link Tokenizer#sentences} cuts them, made on first use and then shared. */
    public List<TokenizedSentence> tokenizedSentences() {
        List<TokenizedSentence> s = tokenizedSentences;
        if (s == null) {
            s = Tokenizer.cutSentences(this);
            tokenizedSentences = s;
        }
        return s;
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
        for (int i = 0; i < spans.size(); i++) { // by index: no iterator for a block read by many finders
            Span s = spans.get(i);
            if (s.kind() == Span.Kind.LINK) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether the block has a span of {@code kind}. */
    public boolean has(Span.Kind spanKind) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).kind() == spanKind) {
                return true;
            }
        }
        return false;
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

    @Override
    public String toString() {
        return kind + "@" + line + ": " + text;
    }
}
