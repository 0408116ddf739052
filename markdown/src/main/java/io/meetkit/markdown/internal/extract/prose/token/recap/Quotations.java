package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The quoted phrases of a recap sentence, over its tokens: an opening mark (' " “ ‘) not right after a letter, the
 * matching closing mark (' " ” ’) and three to 150 characters between; a closing ' must not run into a letter. An
 * apostrophe inside a word is part of the word ("'Ann's Tips'" is one phrase), and one after a plural's "s" still
 * closes a quotation ("'Web Sockets'"). Each opening looks at most 150 characters ahead.
 *
 * <p>Examples: "the talk “Caching at the Edge” by Ana" gives "Caching at the Edge"; "the "Go" demo" gives none (two
 * characters).
 */
final class Quotations {

    private static final String OPENING = "'\"“‘";
    private static final String CLOSING = "'\"”’";
    private static final int MAX_CHARS = 150;
    private static final int MIN_CHARS = 3;

    private Quotations() {
    }

    /**
     * A quoted phrase: its opening mark's token, its closing mark's token and its text.
     *
     * @param open  the opening mark's token
     * @param close the closing mark's token
     * @param text  what stands between, as written
     */
    record Quoted(int open, int close, String text) {
    }

    /** Whether a token may open or close a quotation. */
    static boolean isMark(Token t) {
        return t.kind() != Token.Kind.WORD && t.end() - t.start() == 1
                && (OPENING.indexOf(t.text().charAt(0)) >= 0 || CLOSING.indexOf(t.text().charAt(0)) >= 0);
    }

    /** The quoted phrases, in order; they do not overlap. */
    static List<Quoted> in(RecapSentence s) {
        List<Quoted> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            int kind = t.kind() == Token.Kind.WORD || t.end() - t.start() != 1 ? -1
                    : OPENING.indexOf(t.text().charAt(0));
            if (kind < 0 || afterLetter(s, i)) {
                continue;
            }
            int close = closing(s, i, CLOSING.charAt(kind));
            if (close < 0) {
                continue;
            }
            String between = s.text().substring(s.at(t.end()), s.at(s.get(close).start()));
            int points = between.codePointCount(0, between.length());
            if (points < MIN_CHARS || points > MAX_CHARS) {
                continue;
            }
            if (kind == 0 && close + 1 < s.size() && s.get(close + 1).start() == s.get(close).end()
                    && Character.isLetter(s.get(close + 1).text().codePointAt(0))) {
                continue; // 'Go'ing: an apostrophe, not a closing mark
            }
            out.add(new Quoted(i, close, between));
            i = close;
        }
        return out;
    }

    private static boolean afterLetter(RecapSentence s, int i) {
        if (i == 0 || s.get(i - 1).end() != s.get(i).start()) {
            return false;
        }
        String before = s.get(i - 1).text();
        return Character.isLetter(before.charAt(before.length() - 1));
    }

    /** The first token after {@code open}, within {@link #MAX_CHARS}, that is the mark {@code c}, or -1. */
    private static int closing(RecapSentence s, int open, char c) {
        int limit = s.get(open).end() + MAX_CHARS + 1;
        for (int k = open + 1; k < s.size() && s.get(k).start() <= limit; k++) {
            Token t = s.get(k);
            if (t.kind() != Token.Kind.WORD && t.end() - t.start() == 1 && t.text().charAt(0) == c) {
                return k;
            }
        }
        return -1;
    }
}
