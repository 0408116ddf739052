package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.NameReader;
import io.meetkit.markdown.internal.extract.prose.token.NameReader.NameAt;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paragraphs of a talks section that each open with a speaker's marked name, as recaps write them:
 * <pre>
 * ## The talks
 * **Nora Quist** (Acme) showed how a profiler samples the stack …
 * [Omar Haddad](https://example.org/omar) walked us through …
 * </pre>
 * The section heading must hold a talk word ("talks", "presentations", "speakers") and no place word ("location",
 * "venue"); the name must be emphasised, or linked and of two words or more (a one-word link is more often a company
 * than a person), and be followed by a parenthesis or a lower-case word (its verb). Each such paragraph is one
 * untitled talk.
 */
public final class TalkSectionLeadNames {

    private TalkSectionLeadNames() {
    }

    /** One talk per paragraph that opens with a marked name under a talks heading. */
    public static List<TalkCandidate> read(List<ProseBlock> blocks, RuleContext ctx) {
        List<TalkCandidate> out = new ArrayList<>();
        for (ProseBlock b : blocks) {
            if (b.kind() != ProseBlock.Kind.PARAGRAPH || !talkSection(b.section())) {
                continue;
            }
            TokenizedSentence t = new TokenizedSentence(b, Tokenizer.tokens(b));
            if (t.size() == 0 || t.get(0).link().isEmpty() && t.get(0).emphasis().isEmpty()) {
                continue;
            }
            Optional<NameAt> n = NameReader.forward(t, 0, ctx);
            if (n.isEmpty()) {
                continue;
            }
            int k = n.get().to();
            boolean oneWordLink = t.get(0).emphasis().isEmpty() && n.get().to() - n.get().from() == 1;
            boolean verbOrParenthesis = k < t.size() && (t.get(k).is('(')
                    || t.get(k).kind() == Token.Kind.WORD && !t.get(k).capitalised());
            if (!oneWordLink && verbOrParenthesis) {
                out.add(new TalkCandidate(Optional.empty(), true, TalkKind.TALK, List.of(n.get().person()), b.line(),
                        "talk-section-lead-name"));
            }
        }
        return out;
    }

    private static boolean talkSection(String heading) {
        return Lexicon.anyWord(heading, WordClass.TALK_NOUN, WordClass.SPEAKER_HEADING)
                && !Lexicon.anyWord(heading, WordClass.VENUE_CUE);
    }
}
