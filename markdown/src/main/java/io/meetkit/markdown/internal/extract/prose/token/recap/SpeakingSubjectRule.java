package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.Sentence;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * speaking subject: where a sentence's subject may start, and whether a speaking verb follows the names read there.
 * <ul>
 *   <li>"Ana Silva gave a talk about packaging." — the subject opens the sentence, "gave" follows it;</li>
 *   <li>"Out of the blue, Ana Silva came up with a demo of …" — or opens the short clause after a comma within the
 *       first 40 characters;</li>
 *   <li>"We kicked off with Ana Silva, who talked about …", "Next up was Ana Silva …" — or follows "kicked off
 *       with", "started with", "followed by", "next up (was)", "up next (is)";</li>
 *   <li>"Ana Silva (@ana) presented …", "Ana Silva, a developer at Acme, presented …", "Ana Silva, who works at
 *       Acme presented …", "Ana Silva then, presented …" — a handle or address in parentheses, an apposition
 *       opening with "a", "an", "the", "our", "who" or "one" (up to its comma or a lower-case speaking verb, within
 *       120 characters) and "also", "then", "later", "finally" or "next" may stand between.</li>
 * </ul>
 * Not a speaking subject: "Ana Silva is a developer", "Ana Silva's range of tools" (no verb of
 * {@link WordClass#SUBJECT_VERB}); the finder also asks for a talk noun, a talk list, or a linked or bold name
 * ({@link LinkedSpeakerRule}).
 */
public final class SpeakingSubjectRule {

    /** The rule's name. */
    public static final String NAME = "speaking-subject";

    static final PhraseList SUBJECT_VERBS = new PhraseList(Lexicon.phrases(WordClass.SUBJECT_VERB));
    private static final PhraseList OPENED_WITH = new PhraseList(Lexicon.phrases(WordClass.OPENED_WITH));
    private static final Set<String> ADVERBS = Lexicon.words(WordClass.SEQUENCE_ADVERB);
    private static final Set<String> OPENERS = Lexicon.words(WordClass.APPOSITION_OPENER);
    /** The most characters an opening clause runs before its comma. */
    private static final int INTRO_CHARS = 40;
    /** The most characters an apposition runs after its opening word. */
    private static final int APPOSITION_CHARS = 120;

    private SpeakingSubjectRule() {
    }

    /**
     * The token indices where a subject may start: the sentence's first token, the token after an opening clause's
     * comma, and the token after the first "kicked off with", "next up was", ….
     */
    public static List<Integer> starts(TokenizedSentence s) {
        List<Integer> out = new ArrayList<>(3);
        if (s.size() == 0) {
            return out;
        }
        out.add(0);
        int intro = introClauseEnd(s);
        if (intro >= 0) {
            out.add(intro);
        }
        int with = openedWithEnd(s);
        if (with >= 0) {
            out.add(with);
        }
        return out;
    }

    /** The token after the sentence's first comma when that comma is within 40 characters and a space follows it. */
    static int introClauseEnd(TokenizedSentence s) {
        int base = s.get(0).start();
        for (int i = 0; i < s.size() && s.get(i).start() - base <= INTRO_CHARS; i++) {
            if (s.get(i).is(',')) {
                // A comma that opens the sentence opens no clause, and then neither does a later one.
                return i > 0 && i + 1 < s.size() && s.get(i + 1).start() > s.get(i).end() ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** The token after the first "kicked off with", "next up was", … that white space follows, or -1. */
    static int openedWithEnd(TokenizedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            int end = OPENED_WITH.endAt(s, i, true);
            if (end >= 0 && end < s.size() && s.get(end).start() > s.get(end - 1).end()) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The index of the first token at or after the block offset {@code offset} (where the names read ended), or -1
     * when that offset lies inside a token: then what follows is the rest of a word, which opens no verb.
     */
    public static int tokenAt(TokenizedSentence s, int offset) {
        int lo = Sentence.firstTokenFrom(s.tokens(), offset);
        return lo > 0 && s.get(lo - 1).end() > offset ? -1 : lo;
    }

    /** Whether token {@code i} opens a parenthesis or an apposition after a name: "(" or ",". */
    public static boolean opensApposition(TokenizedSentence s, int i) {
        return i >= 0 && i < s.size() && (s.get(i).is('(') || s.get(i).is(','));
    }

    /**
     * Where a verb may start after a name whose next token is {@code i}: after "(@ana)" or "(https://…)", then after
     * an apposition (", a developer at Acme,") or a lone comma; -1 for -1.
     */
    public static int afterApposition(TokenizedSentence s, int i) {
        if (i < 0) {
            return -1;
        }
        int j = i;
        if (j + 1 < s.size() && s.get(j).is('(') && s.get(j + 1).start() == s.get(j).end()
                && (s.get(j + 1).is('@') || s.get(j + 1).text().startsWith("http"))) {
            for (int k = j + 1; k < s.size(); k++) {
                if (s.get(k).is(')')) {
                    j = k + 1;
                    break;
                }
            }
        }
        if (j >= s.size() || !s.get(j).is(',')) {
            return j;
        }
        int opener = j + 1;
        if (opener < s.size() && s.get(opener).kind() == Token.Kind.WORD && OPENERS.contains(s.get(opener).text())) {
            int from = s.get(opener).end();
            for (int k = opener + 1; k < s.size(); k++) {
                Token t = s.get(k);
                if (t.start() - from > APPOSITION_CHARS + (t.is(',') ? 0 : 1)) {
                    break;
                }
                if (t.is(',')) {
                    return k + 1;
                }
                // A speaking verb as written in lower case ends it too: ", who works at Acme presented …".
                if (t.start() > s.get(k - 1).end() && SUBJECT_VERBS.endAt(s, k, false) >= 0) {
                    return k;
                }
            }
        }
        return j + 1;
    }

    /** Whether a subject verb ("presented", "took the stage", "then presented") opens at token {@code i}. */
    public static boolean opensWithVerb(TokenizedSentence s, int i) {
        return opensWith(s, i, SUBJECT_VERBS);
    }

    /** Whether a verb of {@code verbs} opens at token {@code i}, perhaps after "also", "then", … and a comma. */
    static boolean opensWith(TokenizedSentence s, int i, PhraseList verbs) {
        if (i < 0 || i >= s.size()) {
            return false;
        }
        if (verbs.endAt(s, i, true) >= 0) {
            return true;
        }
        if (s.get(i).kind() != Token.Kind.WORD || !ADVERBS.contains(s.get(i).lower())) {
            return false;
        }
        int k = i + 1;
        if (k < s.size() && s.get(k).is(',') && s.get(k).start() == s.get(i).end()) {
            k++;
        }
        return k < s.size() && s.get(k).start() > s.get(k - 1).end() && verbs.endAt(s, k, true) >= 0;
    }
}
