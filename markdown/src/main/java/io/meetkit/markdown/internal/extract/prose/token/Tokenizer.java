package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a {@link ProseBlock}'s text into {@link Token}s once, in one left-to-right pass, and the tokens into
 * sentences. Each character is looked at a bounded number of times and no regular expression is used, so the cost
 * is linear in the text; the inline spans of the block are attached to the tokens they cover.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The tokens of a block's text, in order; made once per block and then shared ({@link ProseBlock#tokens}). */
    public static List<Token> tokens(ProseBlock block) {
        return block.tokens();
    }

    /** The tokens of a block's text, made afresh: for {@link ProseBlock#tokens}, which keeps them. */
    public static List<Token> tokenize(ProseBlock block) {
        String t = block.text();
        // The tokens go straight into one growing array, sized for a token per five characters as prose runs, that
        // the returned list then wraps without a copy.
        Token[] out = new Token[Math.max(4, t.length() / 5)];
        int n = 0;
        boolean lineStart = true;
        int line = block.line();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
                if (c == '\n') {
                    line++; // as ProseBlock.lineOf counts
                }
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (Character.isLetter(c)) {
                i = wordEnd(t, i);
                kind = Token.Kind.WORD;
            } else if (Character.isDigit(c)) {
                while (i < t.length() && Character.isDigit(t.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.NUMBER;
                int dateEnd = dateEnd(t, i);
                int clockEnd = clockEnd(t, start, i);
                int ordinalEnd = ordinalEnd(t, i);
                if (dateEnd > i) {
                    i = dateEnd;
                    kind = Token.Kind.DATE;
                } else if (clockEnd > i) {
                    i = clockEnd;
                    kind = Token.Kind.CLOCK;
                } else if (ordinalEnd > i) {
                    i = ordinalEnd;
                    kind = Token.Kind.ORDINAL;
                }
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < t.length()) {
                    i++;
                }
                kind = isQuote(t, start) ? Token.Kind.QUOTE : Token.Kind.PUNCT;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = token(t, kind, start, i, lineStart, line);
            lineStart = false;
        }
        List<Span> spans = block.spans();
        if (!spans.isEmpty()) {
            withSpans(out, n, spans);
        }
        return new TokenList(out, 0, n);
    }

    /**
     * The sentences of a block: its tokens cut after ".", "!" or "?" that end a sentence, outside links and code;
     * made once per block and then shared ({@link ProseBlock#tokenizedSentences}).
     */
    public static List<TokenizedSentence> sentences(ProseBlock block) {
        return block.tokenizedSentences();
    }

    /** The sentences of a block, cut afresh: for {@link ProseBlock#tokenizedSentences}, which keeps them. */
    public static List<TokenizedSentence> cutSentences(ProseBlock block) {
        List<Token> tokens = block.tokens();
        List<TokenizedSentence> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (endsSentence(tokens, k)) {
                out.add(new TokenizedSentence(block, tokens.subList(from, k + 1)));
                from = k + 1;
            }
        }
        if (from < tokens.size()) {
            out.add(new TokenizedSentence(block, tokens.subList(from, tokens.size())));
        }
        return List.copyOf(out);
    }

    private static boolean endsSentence(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!(t.is('.') || t.is('!') || t.is('?')) || t.link().isPresent() || t.code()) {
            return false;
        }
        if (k + 1 == tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        if (next.start() == t.end()) {
            return false; // "3.5", "e.g", "...": no space, no sentence end
        }
        if (t.is('.') && k > 0) {
            Token prev = tokens.get(k - 1);
            if (prev.end() == t.start() && prev.kind() == Token.Kind.WORD
                    && (Lexicon.is(Lexicon.WordClass.NAME_PREFIX, prev.lower()) || prev.text().length() == 1
                    && prev.capitalised())) {
                return false; // "Dr. Ada", "J. Smith"
            }
        }
        return next.capitalised() || next.kind() == Token.Kind.QUOTE || next.kind() == Token.Kind.NUMBER
                || next.lineStart();
    }

    /**
     * Whether a character may join the parts of one word token when a letter follows it: an apostrophe (straight
     * or typographic), a hyphen or a dot ("O'Neil", "co-founder", "Node.js"). Readers that compare a word's parts
     * split at the same characters.
     */
    public static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '.';
    }

    private static int wordEnd(String t, int i) {
        int j = i;
        while (j < t.length()) {
            char c = t.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if (isJoiner(c) && j + 1 < t.length()
                    && Character.isLetter(t.charAt(j + 1)) && (c != '.' || !Character.isUpperCase(t.charAt(j + 1))
                    || j + 2 < t.length() && t.charAt(j + 2) == '.')) {
                j++; // inner apostrophe, hyphen or dot: "O'Neil", "co-founder", "Node.js", "e.g"
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * The end of a numeric date whose first digits end at {@code i}: two more digit groups after the same "/", "-"
     * or "." ("18/06/2022", "2022-06-18"), or one after "/" ("6/18"); else {@code i}.
     */
    private static int dateEnd(String t, int i) {
        if (i >= t.length() || "/-.".indexOf(t.charAt(i)) < 0) {
            return i;
        }
        char sep = t.charAt(i);
        int first = digits(t, i + 1);
        if (first == i + 1) {
            return i;
        }
        if (first < t.length() && t.charAt(first) == sep) {
            int second = digits(t, first + 1);
            if (second > first + 1) {
                return second;
            }
        }
        return sep == '/' ? first : i;
    }

    /** The end of "st", "nd", "rd" or "th" right after digits ending at {@code i}, not followed by a letter. */
    private static int ordinalEnd(String t, int i) {
        if (i + 2 > t.length() || i + 2 < t.length() && Character.isLetter(t.charAt(i + 2))) {
            return i;
        }
        char a = Character.toLowerCase(t.charAt(i));
        char b = Character.toLowerCase(t.charAt(i + 1));
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h' ? i + 2 : i;
    }

    private static int digits(String t, int i) {
        int j = i;
        while (j < t.length() && j - i < 4 && Character.isDigit(t.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The end of a clock time that starts with the digits {@code [start, digitsEnd)}, or {@code digitsEnd}. */
    private static int clockEnd(String t, int start, int digitsEnd) {
        int j = digitsEnd;
        if (digitsEnd - start > 2) {
            return digitsEnd;
        }
        if (j + 2 < t.length() && (t.charAt(j) == ':' || t.charAt(j) == '.')
                && Character.isDigit(t.charAt(j + 1)) && Character.isDigit(t.charAt(j + 2))
                && (j + 3 == t.length() || !Character.isDigit(t.charAt(j + 3)))) {
            j += 3;
        }
        int k = j;
        if (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        if (k + 1 < t.length() && (t.charAt(k) == 'a' || t.charAt(k) == 'p' || t.charAt(k) == 'A'
                || t.charAt(k) == 'P') && (t.charAt(k + 1) == 'm' || t.charAt(k + 1) == 'M')
                && (k + 2 == t.length() || !Character.isLetter(t.charAt(k + 2)))) {
            return k + 2;
        }
        return j;
    }

    private static boolean isQuote(String t, int i) {
        char c = t.charAt(i);
        if (c == '"' || c == '“' || c == '”' || c == '‘') {
            return true;
        }
        if (c == '\'' || c == '’') {
            // An apostrophe inside a word ("Bob's") or after a plural ("the students' room") is not a quotation
            // mark; one at a word's edge otherwise is.
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
            boolean letterAfter = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
            if (letterBefore && !letterAfter && (t.charAt(i - 1) == 's' || t.charAt(i - 1) == 'S')) {
                return false;
            }
            return letterBefore != letterAfter || !letterBefore;
        }
        return false;
    }

    /** Single ASCII characters as strings, so that a punctuation token does not copy its one character. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c).intern();
        }
    }

    /**
     * A token without inline markup. Shared strings are handed over where they exist (one ASCII character, a
     * frequent word); any other token cuts its text from the block's only when a reader asks for it.
     */
    private static Token token(String t, Token.Kind kind, int start, int end, boolean lineStart, int line) {
        String text = null;
        String lower = null;
        if (end == start + 1 && t.charAt(start) < 128) {
            text = ASCII[t.charAt(start)];
            lower = ASCII[Character.toLowerCase(t.charAt(start))];
        } else if (kind == Token.Kind.WORD) {
            lower = WordTable.lower(t, start, end);
            if (lower != null && t.startsWith(lower, start)) {
                text = lower;
            }
        }
        return new Token(kind, t, start, end, lineStart, line, text, lower);
    }

    /**
     * Puts the block's inline spans on the tokens they cover: a token inside a link, emphasis or code span is
     * replaced by one that says so (the last link span listed over it, the first emphasis or strong span). Most
     * tokens lie outside every span, so they are made once, without markup, and only the covered ones again.
     */
    private static void withSpans(Token[] tokens, int n, List<Span> spans) {
        @SuppressWarnings("unchecked")
        Optional<Span>[] link = new Optional[n];
        @SuppressWarnings("unchecked")
        Optional<Span>[] emphasis = new Optional[n];
        boolean[] code = new boolean[n];
        boolean any = false;
        for (Span s : spans) {
            Optional<Span> span = Optional.of(s); // one per span, shared by its tokens
            int k = firstTokenAtOrAfter(tokens, n, s.start());
            for (; k < n && tokens[k].end() <= s.end(); k++) {
                switch (s.kind()) {
                    case LINK -> link[k] = span;
                    case EMPHASIS, STRONG -> emphasis[k] = emphasis[k] == null ? span : emphasis[k];
                    case CODE -> code[k] = true;
                    default -> { }
                }
                any = true;
            }
        }
        if (!any) {
            return;
        }
        Token previous = null; // the last token made with markup, whose shape the next may share
        for (int k = 0; k < n; k++) {
            if (link[k] != null || emphasis[k] != null || code[k]) {
                tokens[k] = tokens[k].withMarkup(link[k] == null ? Optional.empty() : link[k],
                        emphasis[k] == null ? Optional.empty() : emphasis[k], code[k], previous);
                previous = tokens[k];
            }
        }
    }

    private static int firstTokenAtOrAfter(Token[] tokens, int n, int offset) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
