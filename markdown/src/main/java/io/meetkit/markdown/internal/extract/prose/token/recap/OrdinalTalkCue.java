package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.List;

/**
 * ordinal-talk: whether a sentence counts its talk, so that it starts a new one: an ordinal
 * ({@link WordClass#ORDINAL}: "second", "next", "another"; "one more"; or a number with its suffix, "3rd"), then
 * at most two words, then a talk noun ({@link WordClass#RECAP_TALK_NOUN}) or a word that stands for the talk
 * ({@link WordClass#RECAP_AFTER_ORDINAL}: "talks", "one", "was", "up"), the words apart by white space:
 * <ul>
 *   <li>"The second lightning talk was short." — "second", "lightning", "talk";</li>
 *   <li>"Our 3rd speaker-led session covered testing." — "3rd", "speaker-led", "session";</li>
 *   <li>"The next one was about Rust." and "Next up, Bo Chen." — "next" with "one" or "up".</li>
 * </ul>
 * Not: "The first of many great talks" (three words between), "The second, shorter talk" (a comma between).
 * Each ordinal looks at no more than three tokens after it.
 */
public final class OrdinalTalkCue {

    /** The most words between the ordinal and the noun: "the second lightning talk". */
    private static final int WORDS_BETWEEN = 2;

    private OrdinalTalkCue() {
    }

    /** The cue's name, as the README lists it. */
    public static String name() {
        return "ordinal-talk";
    }

    /** Whether the tokens count a talk. */
    public static boolean in(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            int after = ordinalEnd(tokens, i);
            if (after > 0 && nounWithin(tokens, after)) {
                return true;
            }
        }
        return false;
    }

    /** Where the ordinal at token {@code i} ends ("one more" is two tokens), or -1 when none starts there. */
    private static int ordinalEnd(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.ORDINAL || RecapWords.endsWith(t, WordClass.ORDINAL)) {
            return i + 1;
        }
        if (RecapWords.ends(t, "one") && RecapWords.isWord(tokens, i + 1, "more")
                && RecapWords.spaceBetween(t, tokens.get(i + 1))) {
            return i + 2;
        }
        return -1;
    }

    /** Whether a noun stands at token {@code at} or after at most {@link #WORDS_BETWEEN} words, all apart by space. */
    private static boolean nounWithin(List<Token> tokens, int at) {
        for (int k = at; k < tokens.size() && k - at <= WORDS_BETWEEN; k++) {
            Token t = tokens.get(k);
            if (!RecapWords.spaceBetween(tokens.get(k - 1), t)) {
                return false;
            }
            if (RecapWords.opensWith(t, WordClass.RECAP_TALK_NOUN)
                    || RecapWords.opensWith(t, WordClass.RECAP_AFTER_ORDINAL)) {
                return true;
            }
            if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.NUMBER && t.kind() != Token.Kind.ORDINAL) {
                return false;
            }
        }
        return false;
    }
}
