package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence of a {@link ProseBlock}: the characters {@code [start, end)} of the block's text. Its text, its tokens
 * (a slice of the block's, which are made once) and the trigger words it holds are worked out on first use and
 * kept, so the finders that read the same sentence share them.
 */
public final class Sentence {

    /** Words whose full stop does not end a sentence; lower-case ASCII, as {@link #isListed} needs. */
    private static final List<String> ABBREVIATIONS = List.of("inc", "ltd", "pvt", "dr", "mr", "mrs", "ms", "st",
            "no", "vs", "e.g", "i.e", "jr", "sr", "co", "corp", "prof", "approx", "etc", "sept", "feb", "jan", "aug",
            "oct", "nov", "dec", "apr", "jun", "jul", "mar");
    /** Words that join a line to the next, so a line break after them does not end a sentence; as above. */
    private static final List<String> JOINERS = List.of("and", "or", "the", "a", "an", "of", "by", "to", "in", "at",
            "with", "on", "for");

    private final ProseBlock block;
    private final int start;
    private final int end;
    private String text;
    private List<Token> tokens;
    private long triggers = -1;

    /**
     * A sentence.
     *
     * @param block the block
     * @param start the first character, inclusive
     * @param end   the last character, exclusive
     */
    public Sentence(ProseBlock block, int start, int end) {
        this.block = block;
        this.start = start;
        this.end = end;
    }

    /** The block. */
    public ProseBlock block() {
        return block;
    }

    /** The first character in the block's text, inclusive. */
    public int start() {
        return start;
    }

    /** The last character in the block's text, exclusive. */
    public int end() {
        return end;
    }

    /** The sentence's text, with line breaks as spaces. */
    public String text() {
        String t = text;
        if (t == null) {
            t = block.text().substring(start, end).replace('\n', ' ');
            text = t;
        }
        return t;
    }

    /** The 1-based file line the sentence starts on. */
    public int line() {
        return block.lineOf(start);
    }

    /**
     * The block's tokens that lie inside the sentence; their offsets are the block's, so {@code token.start() -
     * start()} is the offset in {@link #text()}.
     */
    public List<Token> tokens() {
        List<Token> t = tokens;
        if (t == null) {
            List<Token> all = block.tokens();
            int from = firstTokenFrom(all, start);
            int to = firstTokenFrom(all, end);
            while (to > from && all.get(to - 1).end() > end) {
                to--;
            }
            t = all.subList(from, to);
            tokens = t;
        }
        return t;
    }

    /** The trigger classes ({@link Triggers}) whose words or token kinds occur in the sentence, as a bit set. */
    public long triggers() {
        long m = triggers;
        if (m == -1) {
            m = Triggers.of(tokens());
            triggers = m;
        }
        return m;
    }

    /** Whether the sentence holds a word or token of one of the trigger bits ({@link Triggers}). */
    boolean has(long bits) {
        return (triggers() & bits) != 0;
    }

    /** The index of the first of the tokens (in order of their start) that starts at or after {@code offset}. */
    public static int firstTokenFrom(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The spans of the block inside this sentence, with offsets relative to the sentence start. */
    public List<Span> spans() {
        // The block's spans within the sentence (as ProseBlock.spansWithin finds them), moved in one pass.
        List<Span> all = block.spans();
        List<Span> out = new ArrayList<>();
        for (int i = block.firstSpanFrom(start); i < all.size() && all.get(i).start() < end; i++) {
            Span s = all.get(i);
            if (s.end() <= end) {
                out.add(new Span(s.kind(), s.start() - start, s.end() - start, s.url()));
            }
        }
        return out;
    }

    /** Whether the sentence holds a link. */
    public boolean hasLink() {
        List<Span> spans = block.spans();
        for (int i = block.firstSpanFrom(start); i < spans.size() && spans.get(i).start() < end; i++) {
            if (spans.get(i).kind() == Span.Kind.LINK && spans.get(i).end() <= end) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && s.block == block && s.start == start && s.end == end;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(block) * 31 * 31 + start * 31 + end;
    }

    @Override
    public String toString() {
        return text();
    }

    /** The sentences of {@code block}, cut once and kept by the block (see {@link #cut}). */
    public static List<Sentence> split(ProseBlock block) {
        return block.sentences();
    }

    /** The sentences of {@code block}; a line break ends a sentence when the next line starts like one. */
    static List<Sentence> cut(ProseBlock block) {
        String t = block.text();
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        // Quotes opened since start, counted as the loop goes rather than again at each possible boundary.
        int straight = 0;
        int open = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                open = Math.max(0, open - 1);
            }
            boolean boundary = false;
            int next = i + 1;
            if ((c == '.' || c == '!' || c == '?') && next < t.length() && Character.isWhitespace(t.charAt(next))) {
                int after = skipSpace(t, next);
                boundary = after >= t.length() || startsSentence(t.charAt(after));
                if (boundary && c == '.' && isAbbreviation(t, i)) {
                    boundary = false;
                }
            } else if (c == '\n') {
                int prev = i - 1;
                while (prev >= 0 && t.charAt(prev) == ' ') {
                    prev--;
                }
                int after = skipSpace(t, next);
                // A line break ends a sentence when an image line sat between the two lines, or when a line
                // ending in a lower-case word is followed by one starting like a sentence; "Scaling\nCelery"
                // in a title stays whole.
                boolean blankBetween = t.substring(next, Math.min(after, t.length())).indexOf('\n') >= 0;
                boolean lowerBefore = prev >= 0 && Character.isLowerCase(lastWordStart(t, prev));
                boundary = prev >= 0 && ",;:(-–&".indexOf(t.charAt(prev)) < 0 && after < t.length()
                        && startsSentence(t.charAt(after)) && !endsWithJoiner(t, prev)
                        && (blankBetween || lowerBefore || !Character.isLetter(t.charAt(prev)));
            }
            if (boundary && insideQuote(c, straight, open)) {
                boundary = false; // "Writing a tiny\nMarkdown linter" inside quotes is one title
            }
            if (boundary) {
                addTrimmed(out, block, start, i + 1);
                start = i + 1;
                straight = 0;
                open = 0;
            }
        }
        addTrimmed(out, block, start, t.length());
        return List.copyOf(out);
    }

    /**
     * Whether a boundary at {@code c} lies inside quotes, given the quotes counted from the sentence's start up to
     * and including {@code c}: the boundary character itself is not part of the text before it.
     */
    private static boolean insideQuote(char c, int straight, int open) {
        int s = c == '"' ? straight - 1 : straight;
        int o = c == '\u201C' ? open - 1 : open;
        return s % 2 == 1 || o > 0;
    }

    private static char lastWordStart(String t, int prev) {
        int s = prev;
        while (s > 0 && Character.isLetterOrDigit(t.charAt(s - 1))) {
            s--;
        }
        return t.charAt(s);
    }

    private static boolean endsWithJoiner(String t, int prev) {
        int s = prev;
        while (s >= 0 && Character.isLetter(t.charAt(s))) {
            s--;
        }
        return isListed(JOINERS, t, s + 1, prev + 1);
    }

    /**
     * Whether the lower case (root locale) of {@code t[from, to)} is one of {@code words}, which are lower-case ASCII:
     * an ASCII run is compared in place, without a copy; only a run with other characters is cut and lower-cased (one
     * may lower-case to ASCII, as the Kelvin sign does to "k").
     */
    private static boolean isListed(List<String> words, String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) >= 128) {
                return words.contains(t.substring(from, to).toLowerCase(Locale.ROOT));
            }
        }
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (w.length() == to - from && t.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '[' || c == '"' || c == '\''
                || c == '\u201C' || c == '(' || c == '*' || c == '`';
    }

    private static int skipSpace(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAbbreviation(String t, int dot) {
        int s = dot - 1;
        while (s >= 0 && (Character.isLetter(t.charAt(s)) || t.charAt(s) == '.')) {
            s--;
        }
        if (dot - (s + 1) == 1 && Character.isUpperCase(t.charAt(s + 1))) {
            return true; // an initial, as in "Abdul M. Raja"
        }
        return isListed(ABBREVIATIONS, t, s + 1, dot);
    }

    private static void addTrimmed(List<Sentence> out, ProseBlock block, int start, int end) {
        String t = block.text();
        while (start < end && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        // A run longer than a window is read in window-sized pieces: no pattern sees more at once.
        while (end - start > Window.SENTENCE_CHARS) {
            int cut = Window.cut(t, start, end, Window.SENTENCE_CHARS);
            int pieceEnd = cut;
            while (pieceEnd > start && Character.isWhitespace(t.charAt(pieceEnd - 1))) {
                pieceEnd--;
            }
            if (pieceEnd > start) {
                out.add(new Sentence(block, start, pieceEnd));
            }
            start = cut;
            while (start < end && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new Sentence(block, start, end));
        }
    }
}
