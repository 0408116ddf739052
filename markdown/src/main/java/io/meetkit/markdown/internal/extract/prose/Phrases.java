package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of one {@link Lexicon} list read as phrases over tokens: "stay in touch" is three consecutive word
 * tokens, "member|members of" either word then "of", "attend*" any word that starts with "attend" and "*ly" any
 * longer word that ends with "ly". A one-word
 * entry also matches a part of a word joined by a hyphen, dot or apostrophe ("co-hosted" holds "hosted"), as a
 * word boundary would. Built once per list; immutable and thread-safe.
 *
 * <p>Example: with the list {@code "doors open", "from"}, the sentence "Doors open at 6pm" matches at token 0.
 */
final class Phrases {

    private static final Map<Lexicon.WordClass, Phrases> CACHE = new EnumMap<>(Lexicon.WordClass.class);

    /** Each entry as its places, each place as its alternatives; an array, so a look-up makes no iterator. */
    private final String[][][] entries;

    private Phrases(Lexicon.WordClass wordClass) {
        List<String[][]> out = new ArrayList<>();
        for (String entry : Lexicon.words(wordClass)) {
            List<String> places = CharSplit.of(entry, ' ');
            String[][] alternatives = new String[places.size()][];
            for (int i = 0; i < places.size(); i++) {
                alternatives[i] = CharSplit.of(places.get(i), '|').toArray(new String[0]);
            }
            out.add(alternatives);
        }
        // Longer phrases first, so the longest match at a token wins; the order is otherwise the set's.
        out.sort((a, b) -> Integer.compare(b.length, a.length));
        this.entries = out.toArray(new String[0][][]);
    }

    /** The phrases of the list. */
    static synchronized Phrases of(Lexicon.WordClass wordClass) {
        return CACHE.computeIfAbsent(wordClass, Phrases::new);
    }

    /** Every entry's first place, for {@link Triggers}. */
    List<String[]> firstWords() {
        List<String[]> out = new ArrayList<>();
        for (String[][] e : entries) {
            out.add(e[0]);
        }
        return out;
    }

    /** The end (exclusive) of the longest phrase of the list that starts at token {@code i}, or -1. */
    int matchAt(List<Token> tokens, int i) {
        List<String> first = null; // the joined parts of token i, made once for all one-word entries
        for (String[][] e : entries) {
            if (i + e.length > tokens.size()) {
                continue;
            }
            boolean all;
            if (e.length == 1) {
                first = first == null ? partsOf(tokens.get(i)) : first;
                all = matches(tokens.get(i), e[0], first);
            } else {
                all = true;
                for (int k = 0; k < e.length && all; k++) {
                    all = matches(tokens.get(i + k), e[k], null);
                }
            }
            if (all) {
                return i + e.length;
            }
        }
        return -1;
    }

    /** The first token at or after {@code from} where a phrase of the list starts, or -1. */
    int find(List<Token> tokens, int from) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Token.Kind.WORD && matchAt(tokens, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a phrase of the list occurs in {@code tokens}. */
    boolean in(List<Token> tokens) {
        return find(tokens, 0) >= 0;
    }

    /** Whether the phrase that ends at token {@code end} (exclusive), or one of the list that does, ends there. */
    boolean endsAt(List<Token> tokens, int end) {
        List<String> last = null; // the joined parts of token end - 1, made once for all one-word entries
        for (String[][] e : entries) {
            int i = end - e.length;
            if (i < 0) {
                continue;
            }
            boolean all;
            if (e.length == 1) {
                last = last == null ? partsOf(tokens.get(i)) : last;
                all = matches(tokens.get(i), e[0], last);
            } else {
                all = true;
                for (int k = 0; k < e.length && all; k++) {
                    all = matches(tokens.get(i + k), e[k], null);
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The parts ({@link #parts}) of a word token that has a joiner; else none (also for a token that is no word). */
    private static List<String> partsOf(Token t) {
        return t.kind() == Token.Kind.WORD && hasJoiner(t.lower()) ? parts(t.lower()) : List.of();
    }

    /**
     * Whether the word token is one of the alternatives, or has one among {@code parts}, its parts joined by a
     * hyphen, dot or apostrophe ({@link #partsOf}; given for a one-word entry only, else null): the parts of the
     * token a phrase starts at are made once for all the entries tried there.
     */
    private static boolean matches(Token t, String[] alternatives, List<String> parts) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        String w = t.lower();
        for (String a : alternatives) {
            if (word(w, a)) {
                return true;
            }
        }
        if (parts != null) {
            for (int p = 0; p < parts.size(); p++) {
                for (String a : alternatives) {
                    if (word(parts.get(p), a)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The non-empty parts of a word between hyphens, dots and apostrophes: "co-hosted" gives "co", "hosted". */
    static List<String> parts(String w) {
        List<String> out = new ArrayList<>(3);
        int start = 0;
        for (int i = 0; i <= w.length(); i++) {
            if (i == w.length() || Tokenizer.isJoiner(w.charAt(i))) {
                if (i > start) {
                    out.add(w.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Whether the token is the word {@code lower}, or has it as a part joined by a hyphen, dot or apostrophe. */
    static boolean isWord(Token t, String lower) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        if (lower.indexOf('*') < 0) {
            if (t.isWord(lower)) {
                return true; // the whole word, as matches() tries first; Token.isWord compares without a copy
            }
            if (t.isAsciiLetters()) {
                return false; // no joiner, so no parts to try
            }
        }
        return matches(t, new String[] {lower}, partsOf(t));
    }

    static boolean word(String w, String alternative) {
        int n = alternative.length();
        if (n > 0 && alternative.charAt(0) == '*') {
            // ends with what follows the star, and is longer than that: compared in place, no substring
            return w.length() > n - 1 && w.regionMatches(w.length() - (n - 1), alternative, 1, n - 1);
        }
        return n > 0 && alternative.charAt(n - 1) == '*' ? w.regionMatches(0, alternative, 0, n - 1)
                : w.equals(alternative);
    }

    static boolean hasJoiner(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Tokenizer.isJoiner(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
