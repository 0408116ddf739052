package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.Span;
import java.util.Optional;

/** Reads a talk's title at a token: a quotation, an emphasised or linked phrase, or a paraphrase up to a clause end. */
public final class TitleReader {

    /** The most words a paraphrased title keeps. */
    static final int MAX_PARAPHRASE_WORDS = 14;
    /** The most tokens a paraphrase looks at, so a run of punctuation cannot make each rule call long. */
    private static final int MAX_PARAPHRASE_TOKENS = 4 * MAX_PARAPHRASE_WORDS;
    private static final int MAX_QUOTED_TOKENS = 40;

    private TitleReader() {
    }

    /**
     * A title read over tokens {@code [from, to)}.
     *
     * @param text       the title
     * @param paraphrase whether it is a paraphrase rather than a stated title
     * @param from       the first token
     * @param to         the token after the last
     */
    public record TitleAt(String text, boolean paraphrase, int from, int to) {
    }

    /** The quoted, emphasised or linked title that starts at token {@code i}. */
    public static Optional<TitleAt> stated(TokenizedSentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return Optional.empty();
        }
        Token t = s.get(i);
        if (t.kind() == Token.Kind.QUOTE) {
            for (int k = i + 1; k < s.size() && k - i <= MAX_QUOTED_TOKENS; k++) {
                if (s.get(k).kind() == Token.Kind.QUOTE) {
                    return k > i + 1 ? Optional.of(new TitleAt(s.text(i + 1, k), false, i, k + 1)) : Optional.empty();
                }
            }
            return Optional.empty();
        }
        Optional<Span> marked = t.emphasis().filter(e -> e.start() == t.start())
                .or(() -> t.link().filter(l -> l.start() == t.start()));
        if (marked.isPresent()) {
            int k = i;
            while (k < s.size() && s.get(k).end() <= marked.get().end()) {
                k++;
            }
            String text = strip(marked.get().textIn(s.block().text()));
            return text.isEmpty() ? Optional.empty() : Optional.of(new TitleAt(text, false, i, k));
        }
        return Optional.empty();
    }

    /** The quoted, emphasised or linked title that ends just before token {@code end}. */
    public static Optional<TitleAt> statedBefore(TokenizedSentence s, int end) {
        if (end <= 0 || end > s.size()) {
            return Optional.empty();
        }
        Token last = s.get(end - 1);
        if (last.kind() == Token.Kind.QUOTE) {
            for (int k = end - 2; k >= 0 && end - k <= MAX_QUOTED_TOKENS; k--) {
                if (s.get(k).kind() == Token.Kind.QUOTE) {
                    return k < end - 2 ? Optional.of(new TitleAt(s.text(k + 1, end - 1), false, k, end))
                            : Optional.empty();
                }
            }
            return Optional.empty();
        }
        Optional<Span> marked = last.emphasis().filter(e -> e.end() == last.end())
                .or(() -> last.link().filter(l -> l.end() == last.end()));
        if (marked.isPresent()) {
            int k = end - 1;
            while (k > 0 && s.get(k - 1).start() >= marked.get().start()) {
                k--;
            }
            String text = strip(marked.get().textIn(s.block().text()));
            return text.isEmpty() ? Optional.empty() : Optional.of(new TitleAt(text, false, k, end));
        }
        return Optional.empty();
    }

    /** A stated title at {@code i}, else a paraphrase from {@code i} to the end of the clause. */
    public static Optional<TitleAt> at(TokenizedSentence s, int i) {
        Optional<TitleAt> stated = stated(s, i);
        if (stated.isPresent()) {
            return stated;
        }
        int words = 0;
        int k = i;
        while (k < s.size() && words < MAX_PARAPHRASE_WORDS && k - i < MAX_PARAPHRASE_TOKENS) {
            Token t = s.get(k);
            if (t.kind() == Token.Kind.QUOTE || t.kind() == Token.Kind.PUNCT && clauseEnd(s, k)) {
                break;
            }
            if (t.kind() == Token.Kind.WORD) {
                words++;
            }
            k++;
        }
        if (k < s.size() && s.get(k).is(':')) {
            return Optional.empty(); // "will cover the following topics:" introduces a list, it is no title
        }
        while (k > i && (s.get(k - 1).kind() != Token.Kind.WORD || s.isWord(k - 1, Lexicon.WordClass.FUNCTION))) {
            k--; // a paraphrase cut at its word limit must not end on "the" or "in"
        }
        String text = strip(s.text(i, k));
        if (k == i || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TitleAt(Character.toUpperCase(text.charAt(0)) + text.substring(1), true, i, k));
    }

    /** Whether the punctuation token {@code k} ends a clause: ".", "!", "?", ",", ";", ":" or "(". */
    private static boolean clauseEnd(TokenizedSentence s, int k) {
        Token t = s.get(k);
        if (".!?,;:(".indexOf(t.text()) < 0) {
            return false;
        }
        if (t.is('.') && k + 1 < s.size() && s.get(k + 1).start() == t.end()) {
            return s.get(k + 1).capitalised(); // "solution.We" ends a sentence, "3.5" does not
        }
        return true;
    }

    private static String strip(String text) {
        String t = text.replace('\n', ' ').strip();
        int end = t.length();
        while (end > 0 && ".,;:!?-–".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end).strip();
    }
}
