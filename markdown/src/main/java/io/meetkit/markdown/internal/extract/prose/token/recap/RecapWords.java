package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.List;

/**
 * How the recap cues compare a word token with a word. A token may join words by a hyphen, dot or apostrophe
 * ("lightning-talk", "talk's", "co-presented"); its parts are the words between them, so a cue reads "talk's slides"
 * as it reads "talk slides".
 */
final class RecapWords {

    private RecapWords() {
    }

    /** Whether the token is a word that no {@link Lexicon} list holds: an ASCII word {@code WordTable} lacks. */
    static boolean unlisted(Token t) {
        return t.kind() != Token.Kind.WORD || t.isRareAsciiWord();
    }

    /** Whether token {@code b} follows token {@code a} after white space (every other character is a token). */
    static boolean spaceBetween(Token a, Token b) {
        return b.start() > a.end();
    }

    /** Whether the token is the word {@code lower}, or opens with it and a joiner ("talk's" opens with "talk"). */
    static boolean opens(Token t, String lower) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        if (t.isRareAsciiWord()) {
            return t.isWord(lower); // no joiner: only the word itself, compared without a lower-case copy
        }
        String w = t.lower();
        return w.startsWith(lower) && (w.length() == lower.length() || Tokenizer.isJoiner(w.charAt(lower.length())));
    }

    /** Whether the token is the word {@code lower}, or ends with a joiner and it ("co-presented" ends with "presented"). */
    static boolean ends(Token t, String lower) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        if (t.isRareAsciiWord()) {
            return t.isWord(lower); // no joiner: only the word itself, compared without a lower-case copy
        }
        String w = t.lower();
        int at = w.length() - lower.length();
        return w.endsWith(lower) && (at == 0 || Tokenizer.isJoiner(w.charAt(at - 1)));
    }

    /** Whether the token is a word of the list. */
    static boolean is(Token t, WordClass list) {
        return !unlisted(t) && Lexicon.is(list, t.lower());
    }

    /** Whether the token's first part is a word of the list. */
    static boolean opensWith(Token t, WordClass list) {
        return !unlisted(t) && Lexicon.is(list, part(t.lower(), true));
    }

    /** Whether the token's last part is a word of the list. */
    static boolean endsWith(Token t, WordClass list) {
        return !unlisted(t) && Lexicon.is(list, part(t.lower(), false));
    }

    /** Whether the token is a word of the list, or has one as a part. */
    static boolean holds(Token t, WordClass list) {
        if (unlisted(t)) {
            return false;
        }
        String w = t.lower();
        if (Lexicon.is(list, w)) {
            return true;
        }
        int from = 0;
        for (int i = 0; i <= w.length(); i++) {
            if (i == w.length() && from == 0) {
                return false; // no joiner: the word itself was looked up
            }
            if (i == w.length() || Tokenizer.isJoiner(w.charAt(i))) {
                if (i > from && Lexicon.is(list, w.substring(from, i))) {
                    return true;
                }
                from = i + 1;
            }
        }
        return false;
    }

    /** Whether the token is the word {@code lower}, or has it as a part. */
    static boolean holds(Token t, String lower) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        if (t.isRareAsciiWord()) {
            return t.isWord(lower); // no joiner: only the word itself, compared without a lower-case copy
        }
        String w = t.lower();
        int at = w.indexOf(lower);
        while (at >= 0) {
            int end = at + lower.length();
            if ((at == 0 || Tokenizer.isJoiner(w.charAt(at - 1))) && (end == w.length() || Tokenizer.isJoiner(w.charAt(end)))) {
                return true;
            }
            at = w.indexOf(lower, at + 1);
        }
        return false;
    }

    /** The first or last part of a lower-case word (the word itself when it has no joiner). */
    static String part(String w, boolean first) {
        if (first) {
            for (int i = 0; i < w.length(); i++) {
                if (Tokenizer.isJoiner(w.charAt(i))) {
                    return w.substring(0, i);
                }
            }
            return w;
        }
        for (int i = w.length() - 1; i >= 0; i--) {
            if (Tokenizer.isJoiner(w.charAt(i))) {
                return w.substring(i + 1);
            }
        }
        return w;
    }

    /** Whether token {@code i} exists and is the word {@code lower}. */
    static boolean isWord(List<Token> tokens, int i, String lower) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord(lower);
    }
}
