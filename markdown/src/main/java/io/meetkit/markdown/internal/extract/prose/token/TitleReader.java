package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.Trim;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    private static final Set<String> DETERMINERS = Lexicon.words(WordClass.TITLE_DETERMINER);
    private static final Set<String> ORDINALS = Lexicon.words(WordClass.TITLE_ORDINAL);
    private static final Set<String> TALK_NOUNS = Lexicon.words(WordClass.TITLE_TALK_NOUN);

    /**
     * A title as written without surrounding quotes, backticks and trailing ",:;.", or empty when what is left is
     * no title: only ordinals and talk nouns ("the next lightning talk", "one more"), a number or duration ("20",
     * "30 mins"), one word in "-ed" ("Cancelled"), or a phrase with a clock time ("7 pm"). One pass over the words.
     */
    public static Optional<String> clean(String title) {
        String t = title.strip().replace('\n', ' ');
        int from = 0;
        while (from < t.length() && "\"“'‘`".indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        int to = t.length();
        while (to > from && "\"”'’`".indexOf(t.charAt(to - 1)) >= 0) {
            to--;
        }
        t = t.substring(from, to).strip();
        to = t.length();
        while (to > 0 && (",:;.".indexOf(t.charAt(to - 1)) >= 0 || Trim.isPatternSpace(t.charAt(to - 1)))) {
            to--;
        }
        t = t.substring(0, to).strip();
        return t.isEmpty() || notATitle(t) ? Optional.empty() : Optional.of(t);
    }

    /** Whether a cleaned phrase stands where a title would but is none (see {@link #clean}). */
    static boolean notATitle(String t) {
        return onlyOrdinalsAndNouns(t) || duration(t) || oneEdWord(t) || hasClockTime(t);
    }

    private static boolean onlyOrdinalsAndNouns(String t) {
        List<String> w = Spaces.cut(t.toLowerCase(Locale.ROOT).strip());
        if (w.size() == 1 && w.get(0).isEmpty()) {
            return true;
        }
        return ordinalsThenNoun(w, 0) || w.size() >= 2 && DETERMINERS.contains(w.get(0)) && ordinalsThenNoun(w, 1);
    }

    private static boolean ordinalsThenNoun(List<String> w, int from) {
        int k = from;
        while (k < w.size()) {
            if (ORDINALS.contains(w.get(k))) {
                k++;
            } else if (w.get(k).equals("one") && k + 1 < w.size() && w.get(k + 1).equals("more")) {
                k += 2;
            } else {
                break;
            }
        }
        if (k < w.size() && TALK_NOUNS.contains(w.get(k))) {
            k++;
        }
        return k == w.size();
    }

    /** "20", "45 min", "30mins", "2 hours", "1 hr". */
    private static boolean duration(String t) {
        int i = 0;
        while (i < t.length() && isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < t.length() && Trim.isPatternSpace(t.charAt(i))) {
            i++;
        }
        String unit = t.substring(i).toLowerCase(Locale.ROOT);
        if (unit.isEmpty()) {
            return true;
        }
        if (unit.startsWith("min")) {
            return unit.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
        }
        return Lexicon.is(WordClass.DURATION_UNIT, unit); // its minute units start with "min", read above
    }

    private static boolean oneEdWord(String t) {
        if (t.length() < 3 || !t.regionMatches(true, t.length() - 2, "ed", 0, 2)) {
            return false;
        }
        return t.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }

    /** Whether a clock time with "am"/"pm" stands in the text as a word of its own: "7pm", "6:30 p.m". */
    static boolean hasClockTime(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!isDigit(t.charAt(i)) || i > 0 && isWordChar(t.charAt(i - 1))) {
                continue;
            }
            for (int len = 2; len >= 1; len--) {
                int j = i + len;
                if (j > t.length() || len == 2 && !isDigit(t.charAt(i + 1))) {
                    continue;
                }
                if (meridiem(t, j) || j + 2 < t.length() && t.charAt(j) == ':' && isDigit(t.charAt(j + 1))
                        && isDigit(t.charAt(j + 2)) && meridiem(t, j + 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether spaces then "am", "a.m", "pm" or "p.m" ending a word start at {@code j}. */
    private static boolean meridiem(String t, int j) {
        int k = j;
        while (k < t.length() && Trim.isPatternSpace(t.charAt(k))) {
            k++;
        }
        if (k >= t.length() || "aApP".indexOf(t.charAt(k)) < 0) {
            return false;
        }
        k++;
        if (k < t.length() && t.charAt(k) == '.') {
            k++;
        }
        return k < t.length() && (t.charAt(k) == 'm' || t.charAt(k) == 'M')
                && (k + 1 == t.length() || !isWordChar(t.charAt(k + 1)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_'; // as Java's \b sees a word character
    }
}
