package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import java.util.List;
import java.util.Set;

/**
 * Word cues of a recap's paragraphs, each found in one pass over the words:
 * <ul>
 *   <li>a resource paragraph after a talk: "The slides are available [here](…)." (but not "Give feedback in the
 *       [form](…)", "Follow us", "Thanks to our sponsor");</li>
 *   <li>a list lead-in that announces talks: "Lightning talks:", "The speakers were:".</li>
 * </ul>
 * The cues of one recap sentence (thanks, the next meetup, a pronoun that points back at the talk before) are read
 * over its tokens, in {@code token/recap}.
 */
public final class RecapCues {

    private static final Set<String> RESOURCE = Lexicon.words(WordClass.RECAP_RESOURCE);
    private static final Set<String> NOT_RESOURCE = Lexicon.words(WordClass.NOT_RESOURCE);

    private RecapCues() {
    }

    /** Whether a paragraph gives a talk's materials: "slides", "video", "code", "can be found", "here" (or is blank). */
    public static boolean resourceParagraph(String text) {
        if (text.isBlank()) {
            return true;
        }
        List<String> w = TalkContext.words(text);
        boolean resource = false;
        for (int i = 0; i < w.size(); i += 2) {
            String x = w.get(i);
            if (NOT_RESOURCE.contains(x)) {
                return false;
            }
            resource |= RESOURCE.contains(x) || x.equals("can") && i + 4 < w.size() && w.get(i + 1).equals(" ")
                    && w.get(i + 2).equals("be") && w.get(i + 3).equals(" ") && w.get(i + 4).equals("found");
        }
        return resource;
    }

    /** Whether a list's lead-in announces talks: "talks", "sessions", "lightning", "speakers were", "line-up". */
    public static boolean talkListLeadIn(String leadIn) {
        return TalkContext.talkWordIndex(TalkContext.words(leadIn)) >= 0;
    }
}
