package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.PeopleReader;
import io.meetkit.markdown.internal.extract.prose.token.PeopleReader.PeopleAt;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The speaker of a talk section: the person the first blocks under a talk's title heading name, either by a label
 * that opens a sentence or as the subject of a speaking verb:
 * <pre>
 * ## Profiling without Tears
 * Speaker: Nora Quist
 *
 * ## Caching at the Edge
 * The presenter for this one is [Omar Haddad](https://example.org/omar).
 *
 * ## Maps in the Browser
 * Last month Rosa Diaz showed how tiles are drawn.
 * </pre>
 * A label ("Speaker", "Speakers", "Presenter", "Presented by", "By", after an optional "The") counts when it is
 * followed, within 25 characters and before any ".", ",", ";", by ":", "was", "were", "is" or "will be"; a subject
 * is one to three capitalised words right before a verb such as "spoke", "presented", "showed", "walked",
 * "kicked off" (with an optional "also"). Only the first four blocks are read; code and images are skipped.
 */
public final class SectionSpeaker {

    /** How many blocks under the heading are read for the speaker. */
    private static final int MAX_BLOCKS = 4;
    private static final int MAX_LABEL_GAP = 25;
    /** The speaker label words: a token is one word, so "presented by" is not read here. */
    private static final Set<String> LABELS = Lexicon.words(WordClass.SPEAKER_LABEL_WORD);
    /** The recap subject verbs: a token is one word, so only their one-word entries match it here. */
    private static final Set<String> VERBS = Lexicon.words(WordClass.SUBJECT_VERB);

    private SectionSpeaker() {
    }

    /** The people named in blocks {@code [from, to)} (at most the first four), or an empty list. */
    public static List<SpeakerMention> of(List<ProseBlock> blocks, int from, int to, RuleContext ctx) {
        for (int k = from; k < to && k < from + MAX_BLOCKS; k++) {
            ProseBlock b = blocks.get(k);
            if (b.kind() == ProseBlock.Kind.CODE || b.kind() == ProseBlock.Kind.IMAGE) {
                continue;
            }
            for (TokenizedSentence s : Tokenizer.sentences(b)) {
                int people = afterLabel(s);
                if (people >= 0) {
                    PeopleAt p = PeopleReader.at(s, people, s.size(), ctx);
                    if (!p.isEmpty()) {
                        return p.people();
                    }
                }
                Optional<SpeakerMention> subject = subject(s, ctx);
                if (subject.isPresent()) {
                    return List.of(subject.get());
                }
            }
        }
        return List.of();
    }

    /** The token after "Speaker:", "The speaker was", "Presented by:" … opening the sentence, or -1. */
    static int afterLabel(TokenizedSentence s) {
        int k = s.isWord(0, "the") ? 1 : 0;
        if (s.isWord(k, "presented") && s.isWord(k + 1, "by")) {
            k += 2;
        } else if (k < s.size() && s.get(k).kind() == Token.Kind.WORD && LABELS.contains(s.get(k).lower())) {
            k++;
        } else {
            return -1;
        }
        int labelEnd = s.get(k - 1).end();
        for (int j = k; j < s.size() && s.get(j).start() - labelEnd <= MAX_LABEL_GAP; j++) {
            Token t = s.get(j);
            if (t.is(':')) {
                return j + 1;
            }
            if (t.is('.') || t.is(',') || t.is(';')) {
                return -1;
            }
            if (s.isWord(j, WordClass.SPEAKER_LABEL_LINK)) { // its one-word links; "will be" just below
                return j + 1;
            }
            if (s.isWord(j, "will") && s.isWord(j + 1, "be")) {
                return j + 2;
            }
        }
        return -1;
    }

    /** "Nora Quist showed …", "Then Omar also walked us through …": the first such subject that is a person. */
    static Optional<SpeakerMention> subject(TokenizedSentence s, RuleContext ctx) {
        int p = 0;
        while (p < s.size()) {
            if (!nameWord(s.get(p)) || p > 0 && s.get(p - 1).end() == s.get(p).start()
                    && s.get(p - 1).kind() == Token.Kind.WORD) {
                p++;
                continue;
            }
            int e = p + 1;
            while (e < s.size() && e - p < 3 && nameWord(s.get(e))) {
                e++;
            }
            int verbEnd = verbEnd(s, s.isWord(e, "also") && lowerCase(s.get(e)) ? e + 1 : e);
            if (verbEnd < 0) {
                p++;
                continue;
            }
            String name = s.text(p, e);
            if (Names.isPersonName(name, ctx.stopWords())) {
                return Optional.of(new SpeakerMention(Names.clean(name), Optional.empty()));
            }
            p = verbEnd;
        }
        return Optional.empty();
    }

    /** The token after a speaking verb written in lower case at {@code k}, or -1. */
    private static int verbEnd(TokenizedSentence s, int k) {
        if (k >= s.size() || s.get(k).kind() != Token.Kind.WORD || !lowerCase(s.get(k))) {
            return -1;
        }
        String w = s.get(k).text();
        if (VERBS.contains(w)) {
            return k + 1;
        }
        if (w.equals("kicked")) {
            if (exact(s, k + 1, "off")) {
                return k + 2;
            }
            return (exact(s, k + 1, "things") || exact(s, k + 1, "it")) && exact(s, k + 2, "off") ? k + 3 : -1;
        }
        if (w.equals("came")) {
            return exact(s, k + 1, "up") && exact(s, k + 2, "with") ? k + 3 : -1;
        }
        if (w.equals("hosted")) {
            return exact(s, k + 1, "a") ? k + 2 : -1;
        }
        if (w.equals("followed")) {
            return exact(s, k + 1, "up") ? k + 2 : -1;
        }
        return -1;
    }

    private static boolean exact(TokenizedSentence s, int k, String word) {
        return k < s.size() && s.get(k).kind() == Token.Kind.WORD && s.get(k).text().equals(word);
    }

    private static boolean lowerCase(Token t) {
        return t.text().equals(t.lower());
    }

    /** A capitalised word of letters, apostrophes and hyphens only. */
    private static boolean nameWord(Token t) {
        if (t.kind() != Token.Kind.WORD || !Character.isUpperCase(t.text().codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < t.text().length(); i++) {
            char c = t.text().charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
