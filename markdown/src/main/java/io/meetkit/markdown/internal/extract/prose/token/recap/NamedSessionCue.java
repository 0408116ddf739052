package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import java.util.Set;

/**
 * Whether an emphasised, code or quoted phrase is directly followed by "workshop", "talk", "session", "tutorial",
 * "keynote" or "presentation" (after a closing quotation mark, if any): the sentence names a session by its title,
 * whose speaker a later sentence may give.
 * <ul>
 *   <li>"Our **Intro to FastAPI** workshop opened the evening." names one;</li>
 *   <li>"The “Fast Loops” talk ran long." names one;</li>
 *   <li>"**Pizza** arrived before the talk." and "The *Go* talks were short." do not (a word between; a plural).</li>
 * </ul>
 */
public final class NamedSessionCue {

    private static final Set<String> SESSION_NOUNS = Lexicon.words(WordClass.SESSION_NOUN);
    private static final String CLOSING_MARKS = "\"”’";

    private NamedSessionCue() {
    }

    /** Whether the sentence names a session this way. */
    public static boolean in(RecapSentence s) {
        for (Span span : s.markedSpans()) {
            if (sessionNounAfter(s, s.firstTokenFrom(span.end()), span.end())) {
                return true;
            }
        }
        for (Quotations.Quoted q : Quotations.in(s)) {
            if (sessionNounAfter(s, q.close() + 1, s.at(s.get(q.close()).end()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i}, or the token after it when {@code i} is a closing mark right at {@code end}, is one. */
    private static boolean sessionNounAfter(RecapSentence s, int i, int end) {
        if (i > 0 && i <= s.size() && s.at(s.get(i - 1).end()) > end) {
            return false; // the phrase ends inside a word ("**Go**lang")
        }
        int k = i;
        if (k < s.size() && s.isChar(k, CLOSING_MARKS) && s.at(s.get(k).start()) == end) {
            k++;
        }
        return s.isWord(k, SESSION_NOUNS);
    }
}
