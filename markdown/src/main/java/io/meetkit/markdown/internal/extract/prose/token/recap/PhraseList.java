package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.WordTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of words and phrases ("presented", "took the stage") matched over consecutive word tokens, each entry's
 * words split once. Immutable and thread-safe.
 */
final class PhraseList {

    /** Each entry as its words, in the list's order. */
    private final String[][] entries;
    /** The entries' first words, lower case. */
    private final Set<String> firstWords = new HashSet<>();

    PhraseList(List<String> phrases) {
        entries = new String[phrases.size()][];
        for (int k = 0; k < phrases.size(); k++) {
            entries[k] = phrases.get(k).split(" ");
            firstWords.add(entries[k][0]);
        }
        WordTable.requireHeld(firstWords, "PhraseList");
    }

    /**
     * The end (exclusive) of the first entry, in the list's order, whose words are the tokens from {@code i}, or -1.
     * With {@code anyCase} a word matches in any case ("Presented"), else only as written in the list.
     */
    int endAt(TokenizedSentence s, int i, boolean anyCase) {
        if (i < 0 || i >= s.size() || s.get(i).kind() != Token.Kind.WORD || s.get(i).isRareAsciiWord()) {
            return -1; // a rare word opens no entry: every first word is in WordTable
        }
        for (String[] e : entries) {
            boolean all = i + e.length <= s.size();
            for (int k = 0; k < e.length && all; k++) {
                Token t = s.get(i + k);
                all = t.kind() == Token.Kind.WORD && (anyCase ? t.lower() : t.text()).equals(e[k]);
            }
            if (all) {
                return i + e.length;
            }
        }
        return -1;
    }

    /** Whether some token of the sentence is the first word of an entry, in any case: the list's trigger words. */
    boolean anyFirstWord(TokenizedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).kind() == Token.Kind.WORD && !s.get(i).isRareAsciiWord()
                    && firstWords.contains(s.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
