package io.meetkit.markdown.internal.extract.prose.token.rules;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.NameReader;
import io.meetkit.markdown.internal.extract.prose.token.NameReader.NameAt;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.SentenceRule;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader.TitleAt;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Quoted, emphasised or linked titles each followed by "by" and their speakers, in a sentence about talks:
 * <ul>
 *   <li>"We will have talks about "Packaging" by Ana Silva and "Type Hints" by Tom Reed." (two talks)</li>
 *   <li>"The evening's presentation is *Fuzzing for Fun* by Kofi Mensah and Lea Roth." (two speakers)</li>
 * </ul>
 * Without a talk noun ("talk", "presentation", "session", …) in the sentence nothing is read, so "we read "Dune" by
 * Frank Herbert" is no talk; nor is a title that only names materials ("the [slides](…) by Ann").
 */
public final class QuotedTitleByRule implements SentenceRule {

    @Override
    public String name() {
        return "quoted-title-by";
    }

    @Override
    public Set<String> triggers() {
        return Set.of("by");
    }

    @Override
    public List<TalkCandidate> apply(TokenizedSentence s, RuleContext ctx) {
        List<TalkCandidate> out = new ArrayList<>();
        if (!s.has(WordClass.TALK_NOUN)) {
            return out;
        }
        for (int i = 1; i < s.size(); i++) {
            if (!s.isWord(i, "by")) {
                continue;
            }
            Optional<TitleAt> title = TitleReader.statedBefore(s, i);
            if (title.isEmpty() || onlyMaterials(title.get())) {
                continue;
            }
            List<NameAt> people = NameReader.people(s, i + 1, ctx);
            if (people.isEmpty()) {
                continue;
            }
            TalkKind kind = s.isWord(title.get().from() - 1, "workshop") ? TalkKind.WORKSHOP : TalkKind.TALK;
            out.add(new TalkCandidate(Optional.of(title.get().text()), false, kind,
                    people.stream().map(NameAt::person).toList(), s.lineOf(title.get().from()), name()));
        }
        return out;
    }

    /** Whether every word of the title is a stop word or names materials ("the slides", "video"). */
    private static boolean onlyMaterials(TitleAt title) {
        return !Lexicon.anyWordOutside(title.text(), WordClass.RESOURCE, WordClass.STOP);
    }
}
