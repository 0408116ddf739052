package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.WordTable;
import java.util.Set;

/**
 * speaker label: where the people after a label near a sentence's start begin.
 * <ul>
 *   <li>"The speaker for the evening was Ana Silva." — the people start at "Ana";</li>
 *   <li>"Speaker: Ana Silva", "Our speakers were Ana Silva and Tom Reed", "Speakers will be announced by…";</li>
 *   <li>"The talk presented by our speaker this month is Tom Reed." — "presented by" or "by", then up to 25
 *       characters without ". , : ;", then a colon or "was", "were", "is", "will be".</li>
 * </ul>
 * Not a label: "The speaker, Ana, was late" (a comma before the verb), "Speakers wanted" (no colon or verb), a
 * first label that starts 20 characters or more into the sentence ("Thanks again to everyone who came, and to our
 * speaker who was …"), and any sentence without the word "speaker" or "speakers" (also as a part of
 * "guest-speaker"): the rule's trigger words.
 */
public final class SpeakerLabelRule {

    /** The rule's name. */
    public static final String NAME = "speaker-label";
    /** The words a sentence needs for the rule to find anything. */
    public static final Set<String> TRIGGERS = WordTable.requireHeld(Set.of("speaker", "speakers"),
            "speaker-label");

    /** The label words that are nouns, read also as a part of a joined word. */
    private static final Set<String> LABEL_NOUNS = Set.copyOf(Lexicon.phrases(WordClass.SPEAKER_LABEL_WORD).stream()
            .filter(w -> !w.contains(" ") && !w.equals("by")).toList());
    private static final PhraseList LABELS = new PhraseList(Lexicon.phrases(WordClass.SPEAKER_LABEL_WORD));
    private static final PhraseList LINKS = new PhraseList(Lexicon.phrases(WordClass.SPEAKER_LABEL_LINK));
    /** The most characters between the label and its colon or verb. */
    private static final int GAP_CHARS = 25;
    /** The label must start before this many characters into the sentence. */
    private static final int LEAD_CHARS = 20;

    private SpeakerLabelRule() {
    }

    /** The token index where the people after the sentence's first label start (may be its size), or -1. */
    public static int peopleStart(TokenizedSentence s) {
        if (!triggered(s)) {
            return -1;
        }
        for (int i = 0; i < s.size(); i++) {
            int end = labelEnd(s, i);
            if (end < 0) {
                continue;
            }
            int people = afterLink(s, end);
            if (people >= 0) {
                return s.get(i).start() - s.get(0).start() < LEAD_CHARS ? people : -1;
            }
        }
        return -1;
    }

    private static boolean triggered(TokenizedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            // A rare word has no joiner and is no trigger (both are in WordTable): no lower-case copy of it.
            if (t.kind() == Token.Kind.WORD && !t.isRareAsciiWord() && (TRIGGERS.contains(RecapWords.part(t.lower(), true))
                    || TRIGGERS.contains(RecapWords.part(t.lower(), false)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after the label that starts at token {@code i}: "speakers", "presented by", or a word joined to a
     * label noun ("guest-speaker", "speaker's"); or -1.
     */
    private static int labelEnd(TokenizedSentence s, int i) {
        int end = LABELS.endAt(s, i, true);
        if (end >= 0) {
            return end;
        }
        Token t = s.get(i);
        return t.kind() == Token.Kind.WORD && (LABEL_NOUNS.contains(RecapWords.part(t.lower(), false))
                || LABEL_NOUNS.contains(RecapWords.part(t.lower(), true))) ? i + 1 : -1;
    }

    /** The token after the colon or linking verb that follows a label ending before token {@code from}, or -1. */
    private static int afterLink(TokenizedSentence s, int from) {
        int labelEnd = s.get(from - 1).end();
        for (int k = from; k < s.size() && s.get(k).start() - labelEnd <= GAP_CHARS; k++) {
            Token t = s.get(k);
            if (t.is(':')) {
                return k + 1;
            }
            if (t.is('.') || t.is(',') || t.is(';')) {
                return -1;
            }
            int link = LINKS.endAt(s, k, true);
            if (link >= 0) {
                return link;
            }
        }
        return -1;
    }
}
