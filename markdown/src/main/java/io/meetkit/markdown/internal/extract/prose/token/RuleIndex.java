package io.meetkit.markdown.internal.extract.prose.token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps each trigger word to the rules that need it, the way commonmark-java maps a trigger character to its inline
 * parsers: one pass over a sentence's tokens finds the rules worth calling. Immutable once built.
 */
public final class RuleIndex {

    private final List<SentenceRule> rules;
    private final Map<String, List<SentenceRule>> byTrigger = new HashMap<>();
    /** For each trigger word, the positions in {@link #rules} of the rules it triggers. */
    private final Map<String, int[]> positionsByTrigger = new HashMap<>();

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
        byTrigger.forEach((t, rs) -> positionsByTrigger.put(t, java.util.stream.IntStream.range(0, this.rules.size())
                .filter(p -> rs.contains(this.rules.get(p))).toArray()));
    }

    /** The rules in registration order. */
    public List<SentenceRule> rules() {
        return rules;
    }

    /** The rules whose triggers occur in the sentence, in registration order. */
    public List<SentenceRule> rulesFor(TokenizedSentence sentence) {
        // A flag per rule position, made at the first trigger: most sentences trigger no rule at all.
        boolean[] hit = null;
        int hits = 0;
        for (Token t : sentence.tokens()) {
            if (t.kind() == Token.Kind.WORD) {
                int[] positions = positionsByTrigger.get(t.lower());
                if (positions != null) {
                    if (hit == null) {
                        hit = new boolean[rules.size()];
                    }
                    for (int p : positions) {
                        hits += hit[p] ? 0 : 1;
                        hit[p] = true;
                    }
                }
            }
        }
        if (hit == null) {
            return List.of();
        }
        List<SentenceRule> ordered = new ArrayList<>(hits);
        for (int p = 0; p < hit.length; p++) {
            if (hit[p]) {
                ordered.add(rules.get(p));
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
