package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.CharSplit;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * pronoun-opening: whether a sentence opens with a word or phrase that points back at the talk before it, so that
 * what it says belongs to that talk. Two cues, each a {@link Lexicon} list of openings:
 * <ul>
 *   <li>{@link #SUBJECT} ({@link WordClass#RECAP_PRONOUN_SUBJECT}): "She talked about *Fast Loops*.", "The talk
 *       was called *Fast Loops*.", "His talk's title was …" — such a sentence may give the talk its title;</li>
 *   <li>{@link #SUBJECT_OR_THIS} ({@link WordClass#RECAP_PRONOUN_OR_THIS}): "It was a lightning talk.", "This was
 *       a workshop.", "The session ran long." — such a sentence may give the talk its kind.</li>
 * </ul>
 * Not: "Hello there", "Thistles grow", "Then Ana spoke". The last word of an opening may be the first part of a
 * joined word ("He's", "talk's"). Only the sentence's first tokens are looked at.
 */
public final class PronounOpeningCue {

    /** Openings that can be the subject of a sentence about a talk: "He", "She", "The talk", "Her talk". */
    public static final PronounOpeningCue SUBJECT = new PronounOpeningCue("pronoun-subject",
            WordClass.RECAP_PRONOUN_SUBJECT);
    /** Those and "It", "This", "That", "The session". */
    public static final PronounOpeningCue SUBJECT_OR_THIS = new PronounOpeningCue("pronoun-or-this",
            WordClass.RECAP_PRONOUN_OR_THIS);

    private final String name;
    /** Each opening as its words, in lower case. */
    private final List<List<String>> openings = new ArrayList<>();

    private PronounOpeningCue(String name, WordClass list) {
        this.name = name;
        for (String entry : Lexicon.words(list)) {
            openings.add(List.copyOf(CharSplit.of(entry, ' ')));
        }
    }

    /** The cue's name, as the README lists it. */
    public String name() {
        return name;
    }

    /** Whether the tokens (a sentence's) open with one of the cue's openings. */
    public boolean opens(List<Token> tokens) {
        for (List<String> words : openings) {
            if (opensWith(tokens, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWith(List<Token> tokens, List<String> words) {
        int last = words.size() - 1;
        if (tokens.size() <= last) {
            return false;
        }
        for (int k = 0; k < last; k++) {
            if (!tokens.get(k).isWord(words.get(k)) || !RecapWords.spaceBetween(tokens.get(k), tokens.get(k + 1))) {
                return false;
            }
        }
        return RecapWords.opens(tokens.get(last), words.get(last));
    }
}
