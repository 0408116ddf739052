package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.Optional;
import java.util.Set;

/**
 * In a sentence whose speakers follow "by", the title stands between the last "was", "is", "next up" or "up next"
 * (and an "on" or "about" after it) and that "by":
 * <ul>
 *   <li>"The first talk was Packaging Python by Ana Silva." gives "Packaging Python";</li>
 *   <li>"Next up was a lightning talk about Rust macros by Bo Chen." gives "Rust macros";</li>
 *   <li>"The keynote was presented by Ana Silva." and "Next up was another talk by Bo Chen." give none: the words
 *       only say that a talk was given.</li>
 * </ul>
 */
public final class WasTitleRule implements TitleRule {

    private static final Set<String> ON_ABOUT = Lexicon.words(WordClass.ON_ABOUT);
    private static final Set<String> LIGHTNING = Lexicon.words(WordClass.RECAP_LIGHTNING);
    private static final Set<String> GIVEN = Lexicon.words(WordClass.GIVEN_VERB);
    private static final Set<String> TALK_NOUNS = Lexicon.words(WordClass.GIVEN_TALK_NOUN);

    @Override
    public String name() {
        return "was-title-by";
    }

    @Override
    public Set<String> triggers() {
        return Set.of("was", "is", "up");
    }

    @Override
    public Optional<RecapTitle> read(RecapSentence s) {
        int by = s.byToken();
        if (by <= 0) {
            return Optional.empty();
        }
        int from = -1;
        for (int i = 0; i < by; ) {
            int end = wasEnd(s, i);
            if (end < 0) {
                i++;
            } else if (end <= by) {
                from = end;
                i = end;
            } else {
                break;
            }
        }
        if (from < 0 || from >= by) {
            return Optional.empty();
        }
        int start = withoutTalkAbout(s, from, by);
        if (onlySaysATalkWasGiven(s, start, by)) {
            return Optional.empty();
        }
        return Optional.of(new RecapTitle(TitleReader.clean(s.text(start, by)), false, name()));
    }

    /** The token after "was", "is", "next up" or "up next" at {@code i}, white space and an "on"/"about", or -1. */
    private static int wasEnd(RecapSentence s, int i) {
        int end;
        if (s.isWord(i, "was") || s.isWord(i, "is")) {
            end = i + 1;
        } else if ((s.isWord(i, "next") && s.isWord(i + 1, "up") || s.isWord(i, "up") && s.isWord(i + 1, "next"))
                && s.gapAfter(i)) {
            end = i + 2;
        } else {
            return -1;
        }
        if (!s.gapAfter(end - 1)) {
            return -1;
        }
        return s.isWord(end, ON_ABOUT) && s.gapAfter(end) ? end + 1 : end;
    }

    /** The first token of {@code [from, to)} after an opening "a lightning talk about", "talk on", …, or from. */
    private static int withoutTalkAbout(RecapSentence s, int from, int to) {
        int i = from;
        if (s.isWord(i, "a") && s.gapAfter(i)) {
            i++;
        }
        if (s.isWord(i, LIGHTNING)) {
            i++;
        }
        if (i + 2 < to && s.isWord(i, "talk") && s.gapAfter(i) && s.isWord(i + 1, ON_ABOUT) && s.gapAfter(i + 1)) {
            return i + 2;
        }
        return from;
    }

    /**
     * Whether tokens {@code [from, to)} only say that a talk was given: "presented", "a talk", "another session",
     * "one more talk", "Python workshop" (one word and a talk noun).
     */
    private static boolean onlySaysATalkWasGiven(RecapSentence s, int from, int to) {
        if (to - from == 1 && s.isWord(from, GIVEN)) {
            return true;
        }
        if (!s.isWord(to - 1, TALK_NOUNS)) {
            return false;
        }
        int before = to - 1 - from;
        return before == 0 || before == 1 && asciiWord(s.get(from))
                || before == 2 && s.isWord(from, "one") && s.isWord(from + 1, "more");
    }

    /** Whether a token is ASCII letters, digits and underscores only, as a word of the old title test was. */
    private static boolean asciiWord(Token t) {
        String x = t.text();
        for (int k = 0; k < x.length(); k++) {
            char c = x.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return t.kind() != Token.Kind.PUNCT && t.kind() != Token.Kind.QUOTE;
    }
}
