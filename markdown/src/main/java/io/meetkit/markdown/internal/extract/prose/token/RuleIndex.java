package io.meetkit.markdown.internal.extract.prose.token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps each trigger word to the rules that need it, the way commonmark-java maps a trigger character to its inline
 * parsers: one pass over a sentence's tokens finds the rules worth calling. Immutable once built.
 */
public final class RuleIndex {

    private final List<SentenceRule> rules;
    private final Map<String, List<SentenceRule>> byTrigger = new HashMap<>();

    /** An index over the rules; a rule that triggers several times in a sentence is still called once. */
    public RuleIndex(List<SentenceRule> rules) {
        this.rules = List.copyOf(rules);
        for (SentenceRule r : this.rules) {
            if (r.triggers().isEmpty()) {
                throw new IllegalArgumentException("rule " + r.name() + " has no trigger word");
            }
            for (String t : r.triggers()) {
                if (t.isEmpty() || !t.equals(t.toLowerCase(Locale.ROOT)) || t.chars().anyMatch(
                        c -> !Character.isLetter(c))) {
                    // Sentences are looked up by lower-case word tokens: any other trigger would never fire.
                    throw new IllegalArgumentException("rule " + r.name() + " has a trigger that is not one"
                            + " lower-case word: '" + t + "'");
                }
                byTrigger.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** The rules in registration order. */
    public List<SentenceRule> rules() {
        return rules;
    }

    /** The rules whose triggers occur in the sentence, in registration order. */
    public List<SentenceRule> rulesFor(TokenizedSentence sentence) {
        Set<SentenceRule> hit = new LinkedHashSet<>();
        for (Token t : sentence.tokens()) {
            if (t.kind() == Token.Kind.WORD) {
                List<SentenceRule> rs = byTrigger.get(t.lower());
                if (rs != null) {
                    hit.addAll(rs);
                }
            }
        }
        List<SentenceRule> ordered = new ArrayList<>();
        for (SentenceRule r : rules) {
            if (hit.contains(r)) {
                ordered.add(r);
            }
        }
        return ordered;
    }

    /** The talks every triggered rule reads in the sentence, in rule order. */
    public List<TalkCandidate> apply(TokenizedSentence sentence, RuleContext context) {
        List<TalkCandidate> out = new ArrayList<>();
        for (SentenceRule r : rulesFor(sentence)) {
            out.addAll(r.apply(sentence, context));
        }
        return out;
    }
}
