package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * by-clause: where the people of a talk sentence's "by" (or a talk noun's "from") start.
 * <ul>
 *   <li>"The first talk was *Packaging Python* by Ana Silva." — the people start at "Ana";</li>
 *   <li>"Then came a keynote from Tom Reed on tracing." — "from" after a talk noun, at "Tom";</li>
 *   <li>"A demo by by Ana Silva" — a doubled "by" is read as one.</li>
 * </ul>
 * No clause: "The venue was hosted by Acme." ("hosted", "sponsored", "built", … before "by", also as the last part
 * of "co-hosted"), "step by step", a "by" inside a link's text, "by" with no space after it ("by:"), "from" after
 * anything but a talk noun ("coming from Lisbon"), and "stand-by", which is one word. The finder reads the people
 * at each clause and keeps the last clause that gives any.
 */
public final class ByClauseRule {

    /** The rule's name. */
    public static final String NAME = "by-clause";
    /** The words a sentence needs for the rule to find anything. */
    public static final Set<String> TRIGGERS = WordTable.requireHeld(Set.of("by", "from"), NAME);

    private static final Set<String> FROM_AFTER = WordTable.requireHeld(Lexicon.words(WordClass.FROM_AFTER), NAME);

    private ByClauseRule() {
    }

    /**
     * One clause.
     *
     * @param keyword the token index of "by" (the first of "by by") or "from"
     * @param people  the token index where the people may start
     */
    public record Clause(int keyword, int people) {
    }

    /** The sentence's clauses, in order, without those that name no speaker; one pass over the tokens. */
    public static List<Clause> clauses(TokenizedSentence s) {
        List<Clause> out = new ArrayList<>(1);
        for (int i = 0; i < s.size(); i++) {
            if (!isKeyword(s, i)) {
                continue;
            }
            int people = i + 1;
            if (s.isWord(i, "by") && s.isWord(people, "by") && spaceAfter(s, people)) {
                people++; // "by by NAME"
            }
            if (!excluded(s, i) && s.get(i).link().isEmpty()) {
                out.add(new Clause(i, people));
            }
            i = people - 1; // the second "by" of "by by" is not a clause of its own
        }
        return out;
    }

    private static boolean isKeyword(TokenizedSentence s, int i) {
        Token t = s.get(i);
        // A rare word is neither trigger (both are in WordTable): it is passed over without a lower-case copy.
        if (t.kind() != Token.Kind.WORD || t.isRareAsciiWord() || !TRIGGERS.contains(t.lower())
                || !spaceAfter(s, i)) {
            return false;
        }
        if (t.isWord("by")) {
            return true;
        }
        return t.isWord("from") && i > 0 && s.get(i - 1).kind() == Token.Kind.WORD
                && !s.get(i - 1).isRareAsciiWord() && FROM_AFTER.contains(s.get(i - 1).lower());
    }

    /** Whether white space and another token follow token {@code i}. */
    private static boolean spaceAfter(TokenizedSentence s, int i) {
        return i + 1 < s.size() && s.get(i + 1).start() > s.get(i).end();
    }

    /** Whether the word before makes the clause no speaker's: "hosted by", "co-hosted by", "step by step". */
    private static boolean excluded(TokenizedSentence s, int i) {
        return i > 0 && RecapWords.endsWith(s.get(i - 1), WordClass.NOT_BY);
    }
}
