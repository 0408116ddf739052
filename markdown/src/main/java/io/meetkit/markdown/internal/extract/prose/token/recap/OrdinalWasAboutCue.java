package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import java.util.Set;

/**
 * Whether a sentence says what a counted talk was about, its speaker still to come: an ordinal, a talk noun, "was"
 * or "is", then "about", "around" or "on", as consecutive words.
 * <ul>
 *   <li>"The second talk was about caching." and "One more session is on Rust." say so ({@link #ordinal});</li>
 *   <li>"One was about testing." says so without an ordinal ({@link #one});</li>
 *   <li>"The first talk was great." and "Someone was about to leave." do not.</li>
 * </ul>
 */
public final class OrdinalWasAboutCue {

    private static final Set<String> ORDINALS = Lexicon.words(WordClass.WAS_ABOUT_ORDINAL);
    private static final Set<String> NOUNS = Lexicon.words(WordClass.WAS_ABOUT_NOUN);
    private static final Set<String> WAS = Lexicon.words(WordClass.WAS_ABOUT_VERB);
    private static final Set<String> ABOUT = Lexicon.words(WordClass.WAS_ABOUT_WORD);

    private OrdinalWasAboutCue() {
    }

    /** "The first talk was about …", "One more session is on …", "Another one is around …". */
    public static boolean ordinal(RecapSentence s) {
        for (int i = 0; i + 3 < s.size(); i++) {
            int noun = s.isWord(i, ORDINALS) ? i + 1
                    : s.isWord(i, "one") && s.isWord(i + 1, "more") && s.gapAfter(i) ? i + 2 : -1;
            if (noun > 0 && s.gapAfter(noun - 1) && s.isWord(noun, NOUNS) && wasAbout(s, noun)) {
                return true;
            }
        }
        return false;
    }

    /** "One was about …", "One is on …". */
    public static boolean one(RecapSentence s) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (s.isWord(i, "one") && wasAbout(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "was"/"is" and "about"/"around"/"on" follow token {@code i}, the three apart by white space. */
    private static boolean wasAbout(RecapSentence s, int i) {
        return s.gapAfter(i) && s.isWord(i + 1, WAS) && s.gapAfter(i + 1) && s.isWord(i + 2, ABOUT);
    }
}
