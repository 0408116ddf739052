package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * profile link in a talk sentence: where a link to a person's profile starts, for a sentence that names a talk but
 * gave its people neither after "by" nor as its subject.
 * <ul>
 *   <li>"The keynote came from [Ana Silva](https://twitter.com/ana)." — the people start at the link;</li>
 *   <li>"Great talk, [Tom Reed](https://github.com/tom) and [Ana](https://github.com/ana)!" — each profile link,
 *       in order, the finder keeping the first that reads as people.</li>
 * </ul>
 * Not a profile link: "the [slides](https://example.org/slides.pdf)", a link that the sentence holds only in part.
 * The trigger is a link span in the sentence: the block's spans are in order, so a sentence without one costs a
 * binary search.
 */
public final class ProfileLinkRule {

    /** The rule's name. */
    public static final String NAME = "profile-link";

    private ProfileLinkRule() {
    }

    /**
     * The profile links wholly inside the sentence, in order (block offsets, as the tokens'). Read from the block's
     * spans between the sentence's first and last token rather than from the tokens' links: a link glued to a word,
     * as in "[Ana](https://github.com/ana)'s talk", shares its only token with the word after it.
     */
    public static List<Span> links(TokenizedSentence s) {
        List<Span> out = new ArrayList<>(0);
        if (s.size() == 0) {
            return out;
        }
        for (Span l : s.block().spansWithin(s.get(0).start(), s.get(s.size() - 1).end())) {
            if (l.kind() == Span.Kind.LINK && Names.isProfileUrl(l.url())) {
                out.add(l);
            }
        }
        return out;
    }
}
