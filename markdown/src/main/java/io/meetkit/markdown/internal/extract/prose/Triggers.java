package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.WordTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index from a word to the prose-fact lists ({@link Lexicon}) whose phrases can start with it, and from a token
 * kind to itself: one pass over a sentence's tokens gives a bit set of what the sentence holds
 * ({@link Sentence#triggers()}), and a rule whose trigger bit is not set is not run at all. So a sentence without
 * a number costs the date, time and head-count rules one bit test each.
 *
 * <p>Example: "Doors open at 6pm" sets {@link WordClass#START_CUE} (from "doors") and {@link Token.Kind#CLOCK}.
 */
final class Triggers {

    /** The lists indexed, in the order of their bits after the token kinds'. */
    private static final WordClass[] INDEXED = {
        WordClass.DATE_LABEL, WordClass.DEADLINE_CUE, WordClass.OTHER_EVENT, WordClass.EVENTISH,
        WordClass.ONLINE_PHRASE, WordClass.START_CUE, WordClass.END_CUE, WordClass.MERIDIEM, WordClass.ATTENDED_BY,
        WordClass.ATTENDEE_NOUN, WordClass.ATTENDANCE_CUE, WordClass.NOT_ATTENDANCE, WordClass.FOLLOW_CUE,
        WordClass.LATER_EVENT, WordClass.JOIN_WORD, WordClass.MONTH, WordClass.VENUE_CUE, WordClass.VENUE_VERB,
        WordClass.GAVE_VENUE, WordClass.HOST_VERB, WordClass.THANKS, WordClass.VENUE_HOST, WordClass.FIND_US_AT,
        WordClass.SPACE_GIVEN_BY
    };
    private static final int WORD_BITS = Token.Kind.values().length;
    private static final Map<String, Long> WORDS = new HashMap<>();
    private static final List<String> PREFIXES = new ArrayList<>();
    private static final List<Long> PREFIX_BITS = new ArrayList<>();
    /** The bit of the word "noon", which a time needs when it has no digit. */
    static final long NOON = 1L << 62;

    static {
        for (int k = 0; k < INDEXED.length; k++) {
            long bit = 1L << (WORD_BITS + k);
            for (String[] first : Phrases.of(INDEXED[k]).firstWords()) {
                for (String w : first) {
                    if (w.endsWith("*")) {
                        PREFIXES.add(w.substring(0, w.length() - 1));
                        PREFIX_BITS.add(bit);
                    } else {
                        WORDS.merge(w, bit, (a, b) -> a | b);
                    }
                }
            }
        }
        WORDS.merge("noon", NOON, (a, b) -> a | b);
        for (String w : WORDS.keySet()) {
            if (WordTable.isAsciiLetters(w, 0, w.length()) && !WordTable.holds(w)) {
                // of() skips the map for an ASCII word the table lacks; that is only right while it has them all.
                throw new IllegalStateException("trigger word not in WordTable: " + w);
            }
        }
    }

    private Triggers() {
    }

    /** The bit of a token kind. */
    static long bit(Token.Kind kind) {
        return 1L << kind.ordinal();
    }

    /** The bit of an indexed list. */
    static long bit(WordClass wordClass) {
        for (int k = 0; k < INDEXED.length; k++) {
            if (INDEXED[k] == wordClass) {
                return 1L << (WORD_BITS + k);
            }
        }
        throw new IllegalArgumentException("not indexed: " + wordClass);
    }

    /** Any number-like token: a number, a numeric date, a clock time or an ordinal. */
    static final long DIGITS = bit(Token.Kind.NUMBER) | bit(Token.Kind.DATE) | bit(Token.Kind.CLOCK)
            | bit(Token.Kind.ORDINAL);

    /** The bits of what {@code tokens} hold. */
    static long of(List<Token> tokens) {
        return of(tokens, true);
    }

    /**
     * The bits of what {@code tokens} hold; with {@code inPlace} false every word is lower-cased and looked up, the
     * plain reading that the in-place one must equal (tested).
     */
    static long of(List<Token> tokens, boolean inPlace) {
        long mask = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD) {
                mask |= bit(t.kind());
                continue;
            }
            if (inPlace && t.isRareAsciiWord()) {
                // In no list (WordTable holds every listed ASCII word): only the prefixes can match, and they are
                // compared in place rather than on a lower-case copy.
                for (int p = 0; p < PREFIXES.size(); p++) {
                    if (t.lowerStartsWith(PREFIXES.get(p))) {
                        mask |= PREFIX_BITS.get(p);
                    }
                }
                continue;
            }
            String w = t.lower();
            mask |= word(w);
            if (Phrases.hasJoiner(w)) {
                for (String part : Phrases.parts(w)) {
                    mask |= word(part);
                }
            }
        }
        return mask;
    }

    private static long word(String w) {
        long mask = WORDS.getOrDefault(w, 0L);
        for (int p = 0; p < PREFIXES.size(); p++) {
            if (w.startsWith(PREFIXES.get(p))) {
                mask |= PREFIX_BITS.get(p);
            }
        }
        return mask;
    }
}
