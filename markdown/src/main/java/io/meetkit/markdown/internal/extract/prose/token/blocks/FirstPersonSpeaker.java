package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A recap written by the person who spoke, in the first person: "My slides from the workshop are online", "I gave
 * a short talk on packaging", "I presented our new library". The speaker is the post's author (its front-matter
 * {@code author}); the caller asks only when nothing else in the post names a talk and the post is about an event.
 * "I" alone is not enough ("I helped set up the room", "my thanks to our host"): the sentence must say the writer
 * spoke, or name the writer's own slides, talk or workshop.
 */
public final class FirstPersonSpeaker {

    /** Past forms that say the writer spoke, taught or showed something. */
    private static final Set<String> SPOKE = Lexicon.words(WordClass.FIRST_PERSON_SPOKE);
    private static final int MAX_WORDS_TO_NOUN = 3;

    private FirstPersonSpeaker() {
    }

    /** The author's one talk, when some sentence says the author gave it. */
    public static Optional<TalkCandidate> read(List<ProseBlock> blocks, SpeakerMention author) {
        for (ProseBlock b : blocks) {
            if (b.kind() != ProseBlock.Kind.PARAGRAPH && b.kind() != ProseBlock.Kind.ITEM) {
                continue;
            }
            for (TokenizedSentence s : Tokenizer.sentences(b)) {
                for (int i = 0; i < s.size(); i++) {
                    if (own(s, i) || spoke(s, i)) {
                        return Optional.of(new TalkCandidate(Optional.empty(), true, TalkKind.TALK, List.of(author),
                                s.lineOf(i), "first-person"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "my slides", "my talk", "my workshop". */
    private static boolean own(TokenizedSentence s, int i) {
        return s.isWord(i, "my") && (s.isWord(i + 1, "slides") || s.isWord(i + 1, "deck")
                || s.isWord(i + 1, WordClass.TALK_NOUN));
    }

    /** "I presented …", "I spoke about …", "I gave a talk …" (a talk noun within three words after "gave"). */
    private static boolean spoke(TokenizedSentence s, int i) {
        if (!s.isWord(i, "i") || !s.get(i).text().equals("I")) {
            return false;
        }
        int v = s.isWord(i + 1, "also") ? i + 2 : i + 1;
        if (v >= s.size() || !SPOKE.contains(s.get(v).lower())) {
            return false;
        }
        if (s.isWord(v, WordClass.FIRST_PERSON_SPOKE_ALONE)) {
            return true;
        }
        for (int k = v + 1; k < s.size() && k - v <= MAX_WORDS_TO_NOUN; k++) {
            if (s.isWord(k, WordClass.TALK_NOUN)) {
                return true;
            }
        }
        return false;
    }
}
