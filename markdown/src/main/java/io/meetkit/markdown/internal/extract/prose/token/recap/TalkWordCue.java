package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.List;

/**
 * talk-word: whether a sentence (or a block) is about a talk or speaking, by a word of
 * {@link WordClass#RECAP_TALK_WORD}, alone or as a part of a joined word:
 * <ul>
 *   <li>"The first talk was about caching." — "talk";</li>
 *   <li>"Ana Silva spoke about her parser." — "spoke";</li>
 *   <li>"Two lightning-talks closed the night." — the part "lightning".</li>
 * </ul>
 * Not: "We talked about the venue.", "Pizza was served." A recap sentence needs one of these words before its
 * "by NAME" or its subject is read as a speaker. One pass over the tokens; an ASCII word of no list is passed over
 * without being lower-cased.
 */
public final class TalkWordCue {

    private TalkWordCue() {
    }

    /** The cue's name, as the README lists it. */
    public static String name() {
        return "talk-word";
    }

    /** Whether the tokens hold a word that names a talk or speaking. */
    public static boolean in(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (RecapWords.holds(tokens.get(i), WordClass.RECAP_TALK_WORD)) {
                return true;
            }
        }
        return false;
    }
}
