package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.WordTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The title a recap sentence states, read by the title rules in order: a quotation ({@link QuotedTitleRule}), an
 * emphasised or code phrase ({@link MarkedTitleRule}), what follows "titled" or "the talk" ({@link TitledTitleRule}),
 * what stands between "was" and "by" ({@link WasTitleRule}), a link after "about" ({@link LinkedTopicRule}), and a
 * paraphrase after "about" ({@link AboutTopicRule}). The first rule that reads something decides. One pass over the
 * sentence's tokens finds which rules it triggers; a rule it does not trigger is not asked.
 *
 * <p>Example: "The first talk was *Packaging Python* by Ana Silva." is read by {@link MarkedTitleRule} as
 * "Packaging Python"; "Ana Silva gave a talk about caching." by {@link AboutTopicRule} as the weak title "caching".
 */
public final class RecapTitles {

    private static final List<TitleRule> RULES = List.of(new QuotedTitleRule(), new MarkedTitleRule(),
            new TitledTitleRule(), new WasTitleRule(), new LinkedTopicRule(), new AboutTopicRule());
    /** For each trigger word, the bits of the rules it triggers. */
    private static final Map<String, Integer> WORD_BITS = new HashMap<>();
    /** The rules that a token other than a word may trigger, with their bits. */
    private static final List<TitleRule> MARKUP_RULES = new ArrayList<>();
    private static final List<Integer> MARKUP_BITS = new ArrayList<>();

    static {
        for (int r = 0; r < RULES.size(); r++) {
            int bit = 1 << r;
            for (String w : RULES.get(r).triggers()) {
                WORD_BITS.merge(w, bit, (a, b) -> a | b);
            }
            if (RULES.get(r).triggers().isEmpty()) {
                MARKUP_RULES.add(RULES.get(r));
                MARKUP_BITS.add(bit);
            }
        }
        WordTable.requireHeld(WORD_BITS.keySet(), "RecapTitles");
    }

    private RecapTitles() {
    }

    /** The title rules, in the order they are tried. */
    public static List<TitleRule> rules() {
        return RULES;
    }

    /** The title the sentence states, from the first rule that reads one; empty when none does. */
    public static Optional<RecapTitle> read(RecapSentence s) {
        int triggered = triggered(s);
        for (int r = 0; r < RULES.size(); r++) {
            if ((triggered & 1 << r) != 0) {
                Optional<RecapTitle> t = RULES.get(r).read(s);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** The bits of the rules the sentence's tokens trigger, in one pass. */
    private static int triggered(RecapSentence s) {
        int bits = 0;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            if (t.kind() == Token.Kind.WORD && !t.isRareAsciiWord()) { // every trigger is in WordTable
                Integer b = WORD_BITS.get(t.lower());
                bits |= b == null ? 0 : b;
            }
            for (int m = 0; m < MARKUP_RULES.size(); m++) {
                if (MARKUP_RULES.get(m).triggeredBy(t)) {
                    bits |= MARKUP_BITS.get(m);
                }
            }
        }
        return bits;
    }
}
