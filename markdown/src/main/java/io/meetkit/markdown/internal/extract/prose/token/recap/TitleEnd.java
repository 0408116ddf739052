package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import java.util.Optional;
import java.util.Set;

/**
 * Where a title read up to its clause's end stops, over tokens: before ".", ";", "!", "?" or "(", a comma followed
 * by white space, a dash between spaces, "by", "with", "where", "which", "who", "from" or "and how" between spaces,
 * or "for" and a one-digit number ("for 5 minutes"). Examples, the title in brackets:
 * <ul>
 *   <li>"titled [Caching at Scale], with live demos"</li>
 *   <li>"about [caching] by Ana Silva"</li>
 *   <li>"about [Node.js streams]. Then …" (a dot inside a word is part of it)</li>
 *   <li>"about [profiling] for 5 minutes"</li>
 * </ul>
 */
final class TitleEnd {

    private static final Set<String> CLAUSE_WORDS = Lexicon.words(WordClass.TITLE_CLAUSE_WORD);

    private TitleEnd() {
    }

    /**
     * The token after the title that starts at token {@code from}: its clause's end, or {@code hardEnd} when that
     * comes first (the "by" of the speakers), or the sentence's end. A cue word counts only after the first word.
     */
    static int of(RecapSentence s, int from, int hardEnd) {
        int end = hardEnd >= 0 && hardEnd <= s.size() ? hardEnd : s.size();
        for (int k = from; k < end; k++) {
            Token t = s.get(k);
            if (t.kind() != Token.Kind.WORD && (s.isChar(k, ".;!?(") || s.isChar(k, ",") && s.gapAfter(k))) {
                return k;
            }
            if (k == from || !s.gapAfter(k - 1)) {
                continue;
            }
            if (s.isChar(k, "-") && s.gapAfter(k)
                    || s.isWord(k, CLAUSE_WORDS) && s.gapAfter(k)
                    || s.isWord(k, "and") && s.gapAfter(k) && s.isWord(k + 1, "how") && s.gapAfter(k + 1)
                    || s.isWord(k, "for") && s.gapAfter(k) && oneDigit(s, k + 1) && s.gapAfter(k + 1)) {
                return k;
            }
        }
        return end;
    }

    private static boolean oneDigit(RecapSentence s, int i) {
        return i < s.size() && s.get(i).kind() == Token.Kind.NUMBER && s.get(i).end() - s.get(i).start() == 1;
    }

    /** The cleaned title from token {@code from} to its clause's end ({@link #of}). */
    static Optional<String> title(RecapSentence s, int from, int hardEnd) {
        return TitleReader.clean(s.text(from, of(s, from, hardEnd)));
    }
}
