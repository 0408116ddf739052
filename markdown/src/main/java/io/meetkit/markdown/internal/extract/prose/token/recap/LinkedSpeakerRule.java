package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import java.util.Optional;

/**
 * linked or bold speaker: a profile-linked or bold name as a sentence's subject, then a strong speaking verb, needs no
 * talk noun.
 * <ul>
 *   <li>"[Ana Silva](https://github.com/ana), a developer at Acme, presented her parser."</li>
 *   <li>"**Ana Silva** took the stage next."</li>
 *   <li>"*Tom Reed* then demoed a tiny compiler."</li>
 * </ul>
 * Not enough without a talk noun: "**Ana Silva** ran the raffle" ("ran" is a subject verb but no strong one), "Ana
 * Silva presented the award" (a plain name). A sentence without one of the strong verbs' first words ("spoke",
 * "presented", "took", "came", "kicked", …) is not read for a subject at all unless it names a talk.
 */
public final class LinkedSpeakerRule {

    /** The rule's name. */
    public static final String NAME = "linked-or-bold-speaker";

    private static final PhraseList STRONG_VERBS = new PhraseList(Lexicon.phrases(WordClass.STRONG_VERB));

    private LinkedSpeakerRule() {
    }

    /** Whether the sentence holds the first word of a strong verb: the rule's trigger words. */
    public static boolean triggered(TokenizedSentence s) {
        return STRONG_VERBS.anyFirstWord(s);
    }

    /**
     * Whether token {@code i} opens an emphasised or bold span that ends inside the sentence: "**Ana Silva** spoke",
     * but not "*SBOMs are here. Now what?*", an emphasised run of two sentences.
     */
    public static boolean opensWithMarkup(TokenizedSentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return false;
        }
        Optional<Span> emphasis = s.get(i).emphasis();
        return emphasis.isPresent() && emphasis.get().start() == s.get(i).start()
                && emphasis.get().end() <= s.get(s.size() - 1).end();
    }

    /** Whether a strong verb ("presented", "then took the stage") opens at token {@code i}. */
    public static boolean opensWithStrongVerb(TokenizedSentence s, int i) {
        return SpeakingSubjectRule.opensWith(s, i, STRONG_VERBS);
    }
}
