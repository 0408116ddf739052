package io.meetkit.markdown.internal.extract.prose.token;

import java.util.List;
import java.util.Set;

/**
 * Word cues of a recap's paragraphs, each found in one pass over the words:
 * <ul>
 *   <li>a resource paragraph after a talk: "The slides are available [here](…)." (but not "Give feedback in the
 *       [form](…)", "Follow us", "Thanks to our sponsor");</li>
 *   <li>a sentence of thanks or about the next meetup, which names no talk: "Thank you all", "See you at the next
 *       meetup";</li>
 *   <li>a sentence that goes on about the talk before it: "He showed …", "The talk was …", "This was a lightning
 *       talk".</li>
 * </ul>
 */
public final class RecapCues {

    private static final Set<String> RESOURCE = Set.of("slide", "slides", "video", "recording", "code", "repo",
            "notebook", "material", "deck", "available", "here");
    private static final Set<String> NOT_RESOURCE = Set.of("feedback", "form", "next", "upcoming", "follow", "join",
            "thank", "participants", "lunch", "break", "sponsor", "playlist");
    private static final List<String> PRONOUN_SUBJECTS = List.of("he", "she", "they", "the speaker", "the talk",
            "this talk", "his talk", "her talk");
    private static final List<String> PRONOUNS_OR_THIS = List.of("he", "she", "they", "it", "this", "that",
            "the talk", "the session");

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

    /** Whether a lower-case sentence thanks someone or speaks of the next meetup. */
    public static boolean thanksOrNext(String lower) {
        // The words of TalkContext.words, walked in place: no list and no copy per word.
        int n = lower.length();
        int start = TalkContext.letterFrom(lower, 0);
        while (start < n) {
            int end = TalkContext.wordEnd(lower, start);
            int next = TalkContext.letterFrom(lower, end);
            if (TalkContext.startsWithWord(lower, start, end, "thank")
                    || TalkContext.isWord(lower, start, end, "next") && next < n && next == end + 1
                    && lower.charAt(end) == ' ' && TalkContext.isWord(lower, next, TalkContext.wordEnd(lower, next),
                    "meetup")) {
                return true;
            }
            start = next;
        }
        return false;
    }

    /** Whether a sentence opens with "He", "She", "They", "The speaker", "The talk", "This talk", "His/Her talk". */
    public static boolean opensWithPronounSubject(String text) {
        return opensWith(text, PRONOUN_SUBJECTS);
    }

    /** Whether a sentence opens with "He", "She", "They", "It", "This", "That", "The talk" or "The session". */
    public static boolean opensWithPronounOrThis(String text) {
        return opensWith(text, PRONOUNS_OR_THIS);
    }

    private static boolean opensWith(String text, List<String> phrases) {
        for (String p : phrases) {
            if (text.regionMatches(true, 0, p, 0, p.length()) && (text.length() == p.length()
                    || !isWordChar(text.charAt(p.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Whether a list's lead-in announces talks: "talks", "sessions", "lightning", "speakers were", "line-up". */
    public static boolean talkListLeadIn(String leadIn) {
        return TalkContext.talkWordIndex(TalkContext.words(leadIn)) >= 0;
    }
}
