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
 * An announcement that a named person will speak on a topic:
 * <ul>
 *   <li>"Ines Moreau will talk about caching HTTP responses." (title paraphrased: "Caching HTTP responses")</li>
 *   <li>"This month [Ines Moreau](https://example.org/ines) will discuss "Caching at the Edge"." (stated title)</li>
 *   <li>"Ines Moreau will be talking about caching."</li>
 *   <li>"Ines Moreau will give a short presentation on caching." (a talk noun after give/deliver/lead)</li>
 *   <li>"Ines Moreau will lead a workshop on caching." (kind: workshop)</li>
 *   <li>"We will hear from Ines Moreau, who will share her notes on caching." (a relative clause: the name need
 *       not open its clause)</li>
 *   <li>"Ines Moreau is going to demo her cache." and "Ines Moreau is presenting "Edge Caching"." (the same
 *       announcement in other tenses)</li>
 * </ul>
 * The subject must open its clause (sentence start, after a comma, or after an opener such as "This month"), so
 * "fellow members will discuss …" and "the docs will cover …" are not read.
 */
public final class WillSpeakRule implements SentenceRule {

    private static final int MAX_WORDS_BEFORE_NOUN = 3;

    @Override
    public String name() {
        return "will-speak";
    }

    @Override
    public Set<String> triggers() {
        return Set.of("will", "is");
    }

    @Override
    public List<TalkCandidate> apply(TokenizedSentence s, RuleContext ctx) {
        List<TalkCandidate> out = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            if (s.isWord(i, "will")) {
                read(s, i, i + 1, false, ctx).ifPresent(out::add);
            } else if (s.isWord(i, "is") && s.isWord(i + 1, "going") && s.isWord(i + 2, "to")) {
                read(s, i, i + 3, false, ctx).ifPresent(out::add);
            } else if (s.isWord(i, "is")) {
                read(s, i, i + 1, true, ctx).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Reads the announcement whose subject ends before token {@code anchor} ("will", "is") and whose verb starts at
     * {@code verb}; {@code progressive} when the verb is an "-ing" form after "is".
     */
    private Optional<TalkCandidate> read(TokenizedSentence s, int anchor, int verb, boolean progressive,
                                         RuleContext ctx) {
        int j = verb;
        while (s.isWord(j, WordClass.VERB_ADVERB)) {
            j++;
        }
        TalkKind kind = TalkKind.TALK;
        if (progressive && !s.isWord(j, WordClass.SPEAKING_AFTER_IS) && !(s.isWord(j, WordClass.GIVING_VERB)
                && s.get(j).lower().endsWith("ing"))) {
            return Optional.empty();
        }
        if (progressive ? s.isWord(j, WordClass.SPEAKING_AFTER_IS) : s.isWord(j, WordClass.SPEAKING_VERB)) {
            j++;
        } else if (s.isWord(j, "be") && s.isWord(j + 1, WordClass.SPEAKING_VERB_ING)) {
            j += 2;
        } else if (s.isWord(j, WordClass.GIVING_VERB) || s.isWord(j, "be")
                && s.isWord(j + 1, WordClass.GIVING_VERB)) {
            j += s.isWord(j, "be") ? 2 : 1;
            int noun = -1;
            for (int k = j; k < s.size() && k - j <= MAX_WORDS_BEFORE_NOUN; k++) {
                if (s.isWord(k, WordClass.TALK_NOUN)) {
                    noun = k;
                    break;
                }
            }
            if (noun < 0) {
                return Optional.empty();
            }
            kind = kindOf(s, j, noun + 1);
            j = noun + 1;
            if (s.isWord(j, "talk") || s.isWord(j, "talks")) {
                j++; // "a lightning talk"
            }
        } else {
            return Optional.empty();
        }
        // "we will hear from Ines Moreau, who will share …": the relative clause says the name is the speaker's
        // wherever it stands.
        boolean relative = anchor >= 2 && s.isWord(anchor - 1, "who") && s.get(anchor - 2).is(',');
        Optional<NameAt> subject = NameReader.backward(s, relative ? anchor - 2 : anchor, ctx);
        if (subject.isEmpty() || !relative && !opensClause(s, subject.get().from())) {
            return Optional.empty();
        }
        while (s.isWord(j, WordClass.TOPIC_LEAD)) {
            j++;
        }
        if (s.isWord(j, "the") && s.isWord(j + 1, "topic") && s.isWord(j + 2, "of")) {
            j += 3;
        }
        Optional<TitleAt> title = TitleReader.at(s, j);
        return Optional.of(new TalkCandidate(title.map(TitleAt::text), title.map(TitleAt::paraphrase).orElse(true),
                kind, List.of(subject.get().person()), s.lineOf(subject.get().from()), name()));
    }

    /** Whether a subject starting at token {@code i} opens its clause. */
    static boolean opensClause(TokenizedSentence s, int i) {
        if (i == 0 || s.get(i).lineStart()) {
            return true;
        }
        var prev = s.get(i - 1);
        return prev.is(',') || prev.is(';') || prev.is(':') || prev.is('(')
                || s.isWord(i - 1, WordClass.CLAUSE_OPENER);
    }

    private static TalkKind kindOf(TokenizedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isWord(k, WordClass.WORKSHOP_WORD)) {
                return TalkKind.WORKSHOP;
            }
            if (s.isWord(k, WordClass.ANNOUNCED_LIGHTNING)) {
                return TalkKind.LIGHTNING;
            }
        }
        return TalkKind.TALK;
    }
}
