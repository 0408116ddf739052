package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.List;

/**
 * thanks-or-next: whether a recap sentence thanks someone or speaks of the next meetup, and so names no talk even
 * when it names people and a talk word:
 * <ul>
 *   <li>"Thanks to Ana Silva for her talk!", "We are thankful to Acme.", "Many thanks-giving wishes" — a word
 *       (or part of a joined word) that starts with "thank";</li>
 *   <li>"See you at the next meetup, where Bo will talk about Rust." — "next" then "meetup".</li>
 * </ul>
 * Not: "The next talk was short.", "Next, a meetup-wide quiz" (no "next meetup" with only space between). One pass
 * over the tokens; an ASCII word of no list is compared in place, without a lower-case copy.
 */
public final class ThanksOrNextCue {

    private static final String THANK = "thank";

    private ThanksOrNextCue() {
    }

    /** The cue's name, as the README lists it. */
    public static String name() {
        return "thanks-or-next";
    }

    /** Whether the tokens thank someone or speak of the next meetup. */
    public static boolean in(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            if (t.isRareAsciiWord()) {
                if (t.lowerStartsWith(THANK)) {
                    return true; // "thankful", which no list holds
                }
                continue;
            }
            if (thanks(t.lower())) {
                return true;
            }
            if (RecapWords.ends(t, "next") && i + 1 < tokens.size() && RecapWords.spaceBetween(t, tokens.get(i + 1))
                    && RecapWords.opens(tokens.get(i + 1), "meetup")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a part of the lower-case word starts with "thank". */
    private static boolean thanks(String w) {
        for (int from = 0; from < w.length(); ) {
            if (w.startsWith(THANK, from)) {
                return true;
            }
            int next = from;
            while (next < w.length() && !Tokenizer.isJoiner(w.charAt(next))) {
                next++;
            }
            from = next + 1;
        }
        return false;
    }
}
