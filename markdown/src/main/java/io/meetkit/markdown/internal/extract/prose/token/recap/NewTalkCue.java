package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.List;

/**
 * new-talk: whether a sentence starts a talk of its own rather than going on about the one before, by one of:
 * <ul>
 *   <li>an ordinal ({@link WordClass#ORDINAL}), "also" or "one more", then a talk noun
 *       ({@link WordClass#RECAP_TALK_NOUN}) before the next full stop: "Next, Ana gave us her view in a talk.",
 *       "There was also a workshop.";</li>
 *   <li>a giving verb ({@link WordClass#RECAP_GAVE}), perhaps a determiner ({@link WordClass#RECAP_DETERMINER}),
 *       at most two words, then a talk noun: "Bo delivered another short talk.", "Ana presented her workshop.";</li>
 *   <li>"talk by": "Then a talk by Bo Chen.";</li>
 *   <li>"came up with": "Out of nowhere, Ana came up with a demo."</li>
 * </ul>
 * Not: "Bo gave a very long and detailed talk." (four words between), "Ana gave us pizza.", "Bo talked about
 * parsers." A dot inside a word ("the next Node.js talk") is no full stop. One pass over the tokens; a giving verb
 * looks at no more than four tokens after it.
 */
public final class NewTalkCue {

    /** The most words between a giving verb (and its determiner) and the noun: "gave a lightning talk". */
    private static final int WORDS_BETWEEN = 2;

    private NewTalkCue() {
    }

    /** The cue's name, as the README lists it. */
    public static String name() {
        return "new-talk";
    }

    /** Whether the tokens announce a talk of their own. */
    public static boolean in(List<Token> tokens) {
        boolean lead = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is('.')) {
                lead = false;
                continue;
            }
            if (RecapWords.unlisted(t)) {
                continue;
            }
            if (lead && RecapWords.holds(t, WordClass.RECAP_TALK_NOUN)) {
                return true;
            }
            lead |= RecapWords.holds(t, WordClass.ORDINAL) || RecapWords.holds(t, "also") || oneMore(tokens, i);
            if (talkBy(tokens, i) || cameUpWith(tokens, i) || gaveATalk(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneMore(List<Token> tokens, int i) {
        return RecapWords.ends(tokens.get(i), "one") && i + 1 < tokens.size()
                && RecapWords.opens(tokens.get(i + 1), "more") && RecapWords.spaceBetween(tokens.get(i),
                tokens.get(i + 1));
    }

    private static boolean talkBy(List<Token> tokens, int i) {
        return RecapWords.ends(tokens.get(i), "talk") && i + 1 < tokens.size()
                && RecapWords.spaceBetween(tokens.get(i), tokens.get(i + 1))
                && RecapWords.opens(tokens.get(i + 1), "by");
    }

    private static boolean cameUpWith(List<Token> tokens, int i) {
        return RecapWords.ends(tokens.get(i), "came") && RecapWords.isWord(tokens, i + 1, "up")
                && i + 2 < tokens.size() && RecapWords.opens(tokens.get(i + 2), "with")
                && RecapWords.spaceBetween(tokens.get(i), tokens.get(i + 1))
                && RecapWords.spaceBetween(tokens.get(i + 1), tokens.get(i + 2));
    }

    /** "gave a lightning talk": a giving verb at {@code i}, a determiner, up to two words, a talk noun. */
    private static boolean gaveATalk(List<Token> tokens, int i) {
        if (!RecapWords.endsWith(tokens.get(i), WordClass.RECAP_GAVE)) {
            return false;
        }
        int at = i + 1;
        if (at >= tokens.size() || !RecapWords.spaceBetween(tokens.get(i), tokens.get(at))) {
            return false;
        }
        if (RecapWords.is(tokens.get(at), WordClass.RECAP_DETERMINER)) {
            at++;
        }
        for (int k = at; k < tokens.size() && k - at <= WORDS_BETWEEN; k++) {
            Token w = tokens.get(k);
            if (!RecapWords.spaceBetween(tokens.get(k - 1), w)) {
                return false;
            }
            if (RecapWords.opensWith(w, WordClass.RECAP_TALK_NOUN)) {
                return true;
            }
            if (w.kind() != Token.Kind.WORD && w.kind() != Token.Kind.NUMBER && w.kind() != Token.Kind.ORDINAL) {
                return false;
            }
        }
        return false;
    }
}
