package io.meetkit.markdown.internal.extract.prose.token.rules;

import io.meetkit.core.TalkKind;
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
 * "speaker NAME … for/with (a|her|his|their) TALK-NOUN: TITLE", as in a recap's thanks or an announcement:
 * <ul>
 *   <li>"Thanks to our speaker **Rosa Diaz** for her talk: **Maps in the Browser**."</li>
 *   <li>"Our presenter [Sam Okafor](https://example.org/sam) returns with a workshop on "Testing Legacy Code"."</li>
 * </ul>
 * The talk noun must follow the name within a few words, so "our speaker Rosa Diaz lives in Lisbon" is no talk.
 */
public final class SpeakerForTalkRule implements SentenceRule {

    private static final int MAX_GAP = 5;

    @Override
    public String name() {
        return "speaker-for-talk";
    }

    @Override
    public Set<String> triggers() {
        return Set.of("speaker", "presenter", "instructor", "guest");
    }

    @Override
    public List<TalkCandidate> apply(TokenizedSentence s, RuleContext ctx) {
        List<TalkCandidate> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!(s.isWord(i, WordClass.SPEAKER_NOUN)
                    || s.isWord(i, "guest") && s.isWord(i + 1, "speaker"))) {
                continue;
            }
            int at = s.isWord(i, "guest") ? i + 2 : i + 1;
            if (at < s.size() && s.get(at).is(',')) {
                at++;
            }
            Optional<NameAt> person = NameReader.forward(s, at, ctx);
            if (person.isEmpty()) {
                continue;
            }
            int after = NameReader.skipParenthetical(s, person.get().to());
            int noun = -1;
            for (int k = after; k < s.size() && k - after <= MAX_GAP; k++) {
                if (s.isWord(k, WordClass.TALK_NOUN)) {
                    noun = k;
                    break;
                }
            }
            if (noun < 0) {
                continue;
            }
            int t = noun + 1;
            if (t < s.size() && s.get(t).is(':')) {
                t++;
            }
            while (s.isWord(t, WordClass.TOPIC_LEAD) || s.isWord(t, "titled") || s.isWord(t, "called")
                    || s.isWord(t, "entitled")) {
                t++;
            }
            Optional<TitleAt> title = TitleReader.at(s, t);
            TalkKind kind = s.isWord(noun, "workshop") || s.isWord(noun, "tutorial") ? TalkKind.WORKSHOP
                    : TalkKind.TALK;
            out.add(new TalkCandidate(title.map(TitleAt::text), title.map(TitleAt::paraphrase).orElse(true), kind,
                    List.of(person.get().person()), s.lineOf(person.get().from()), name()));
            i = Math.max(i, title.map(TitleAt::to).orElse(noun));
        }
        return out;
    }
}
