package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.List;

/**
 * talk-kind: the kind of talk a recap sentence names, read from its words and the parts of joined words:
 * <ul>
 *   <li>a lightning talk: "lightning" ("Three lightning-talks followed."), or "flash" or "lighting" before "talk"
 *       ("Bo gave a flash talk.", "a lighting talk");</li>
 *   <li>a workshop: a word holding "workshop" and no "talk" or "talks" ("Ana ran a workshop on testing.");</li>
 *   <li>a keynote: a word holding "keynote" ("The keynote was given by Ana.");</li>
 *   <li>else a talk: "Ana gave a talk.", and "The workshop ended with a talk." (a talk word decides), "a flash of
 *       insight".</li>
 * </ul>
 * The kind a phrase outside a sentence names (a heading, a list's lead-in) is
 * {@link io.meetkit.markdown.internal.extract.prose.token.TalkContext#kindOf}, which reads the same words from text.
 * One pass over the tokens.
 */
public final class TalkKindCue {

    private static final String LIGHTNING = "lightning";
    private static final String WORKSHOP = "workshop";
    private static final String KEYNOTE = "keynote";

    private TalkKindCue() {
    }

    /** The cue's name, as the README lists it. */
    public static String name() {
        return "talk-kind";
    }

    /** The kind of talk the tokens name, {@link TalkKind#TALK} when they name none. */
    public static TalkKind of(List<Token> tokens) {
        boolean workshop = false;
        boolean talk = false;
        boolean keynote = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // An ASCII word of no list is no kind word, unless it is long enough to hold "keynote" or "workshop".
            if (t.kind() != Token.Kind.WORD || t.isRareAsciiWord() && t.end() - t.start() < KEYNOTE.length()) {
                continue;
            }
            String w = t.lower();
            // Neither word holds a joiner: a part holds one exactly when the whole word does.
            workshop |= w.contains(WORKSHOP);
            keynote |= w.contains(KEYNOTE);
            int from = 0;
            for (int k = 0; k <= w.length(); k++) {
                if (k < w.length() && !Tokenizer.isJoiner(w.charAt(k))) {
                    continue;
                }
                if (w.startsWith(LIGHTNING, from) && k - from == LIGHTNING.length()) {
                    return TalkKind.LIGHTNING;
                }
                talk |= isTalk(w, from, k);
                if (k == w.length() && talkFollows(tokens, i, w, from)) {
                    return TalkKind.LIGHTNING;
                }
                from = k + 1;
            }
        }
        if (workshop && !talk) {
            return TalkKind.WORKSHOP;
        }
        return keynote ? TalkKind.KEYNOTE : TalkKind.TALK;
    }

    /** Whether the part {@code w[from, to)} is "talk" or "talks". */
    private static boolean isTalk(String w, int from, int to) {
        return w.startsWith("talk", from) && (to - from == 4 || to - from == 5 && w.charAt(from + 4) == 's');
    }

    /**
     * Whether the last part {@code w[from, …)} of token {@code i} is "flash" followed by a word opening with "talk",
     * or "lighting" followed by "talk" or "talks".
     */
    private static boolean talkFollows(List<Token> tokens, int i, String w, int from) {
        boolean flash = w.length() - from == 5 && w.startsWith("flash", from);
        boolean lighting = w.length() - from == 8 && w.startsWith("lighting", from);
        if (!flash && !lighting || i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.kind() != Token.Kind.WORD || !RecapWords.spaceBetween(tokens.get(i), next)) {
            return false;
        }
        String n = RecapWords.part(next.lower(), true);
        return flash ? n.startsWith("talk") : n.equals("talk") || n.equals("talks");
    }
}
