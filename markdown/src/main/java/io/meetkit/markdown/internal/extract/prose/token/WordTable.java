package io.meetkit.markdown.internal.extract.prose.token;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One shared lower-case {@code String} for each frequent word: every word of every {@link Lexicon} entry and the
 * commonest English words of meetup prose. The tokenizer asks it for a word's lower-case form straight from the
 * block's characters, so a frequent word does not cost a substring and a lower-cased copy per occurrence; since it
 * holds every ASCII word of every list, {@link Lexicon}'s scans and the prose triggers know that an ASCII word it
 * lacks is in no list and starts no phrase.
 * Immutable after class initialisation, so safe to share between the parser's threads.
 */
public final class WordTable {

    /** Frequent words of announcements and recaps that are in no lexicon list; lower case, ASCII. */
    private static final String[] COMMON = {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "but",
        "by", "can", "come", "do", "for", "from", "get", "great", "had", "has", "have", "he", "her", "here", "his",
        "how", "i", "if", "in", "into", "is", "it", "its", "join", "just", "let", "like", "make", "me", "more",
        "most", "my", "new", "next", "night", "no", "not", "now", "of", "on", "one", "or", "our", "out", "over",
        "people", "please", "see", "she", "so", "some", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "time", "to", "two", "up", "us", "use", "using", "very", "was", "we", "well",
        "were", "what", "when", "where", "which", "who", "will", "with", "work", "would", "you", "your",
    };

    private static final String[] TABLE;
    private static final int MASK;

    static {
        Set<String> words = new LinkedHashSet<>();
        for (String w : COMMON) {
            words.add(w);
        }
        for (Lexicon.WordClass c : Lexicon.WordClass.values()) {
            for (String entry : Lexicon.words(c)) {
                // Each word of an entry: phrases ("took place"), alternatives ("a|b") and prefixes ("attend*").
                int from = 0;
                for (int i = 0; i <= entry.length(); i++) {
                    if (i == entry.length() || !Character.isLetter(entry.charAt(i))) {
                        String w = entry.substring(from, i);
                        if (isPlainAsciiLower(w)) {
                            words.add(w);
                        }
                        from = i + 1;
                    }
                }
            }
        }
        words.add("noon"); // a trigger of its own for times (Triggers)
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        TABLE = new String[size];
        MASK = size - 1;
        for (String w : words) {
            int slot = hash(w, 0, w.length()) & MASK;
            while (TABLE[slot] != null) {
                slot = (slot + 1) & MASK;
            }
            TABLE[slot] = w;
        }
    }

    private WordTable() {
    }

    /**
     * The shared lower-case form of {@code text[start, end)} if those characters are ASCII letters (any case) that
     * spell a word of the table; else {@code null}, and the caller lower-cases the word itself.
     */
    public static String lower(String text, int start, int end) {
        int h = hash(text, start, end);
        if (h == 0) {
            return null;
        }
        int n = end - start;
        for (int slot = h & MASK; TABLE[slot] != null; slot = (slot + 1) & MASK) {
            String w = TABLE[slot];
            if (w.length() == n && sameIgnoringAsciiCase(w, text, start)) {
                return w;
            }
        }
        return null;
    }

    /** Whether the characters from {@code start} are {@code lower}'s, letter for letter, in any ASCII case. */
    private static boolean sameIgnoringAsciiCase(String lower, String text, int start) {
        for (int i = 0; i < lower.length(); i++) {
            if (asciiLower(text.charAt(start + i)) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash of the lower-cased characters, never 0 for a word of the table; 0 when a character is not an ASCII
     * letter (such a word is not in the table, and its lower case may need more than ASCII rules).
     */
    private static int hash(String s, int start, int end) {
        int h = 1;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return 0;
            }
            h = 31 * h + asciiLower(c);
        }
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }

    /** Whether the lower-case word is in the table. */
    public static boolean holds(String lower) {
        return lower(lower, 0, lower.length()) != null;
    }

    /**
     * Checks that the table holds every word of ASCII letters among {@code words}, so that a reader comparing tokens
     * with them may pass over a {@link Token#isRareAsciiWord() rare} token without lower-casing it.
     *
     * @param words the lower-case words the reader compares tokens with (phrases: their first words)
     * @param owner the reader, named in the exception
     * @return {@code words}
     * @throws IllegalStateException when the table lacks one of them (a list changed without the table)
     */
    public static <C extends Iterable<String>> C requireHeld(C words, String owner) {
        for (String w : words) {
            if (isAsciiLetters(w, 0, w.length()) && !holds(w)) {
                throw new IllegalStateException(owner + " compares a word the WordTable lacks: " + w);
            }
        }
        return words;
    }

    /** Whether {@code text[start, end)} holds ASCII letters only. */
    public static boolean isAsciiLetters(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isPlainAsciiLower(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < 'a' || w.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }
}
