package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PronounOpeningCueTest {

    private static boolean subject(String markdown) {
        return PronounOpeningCue.SUBJECT.opens(Cues.tokens(markdown));
    }

    private static boolean orThis(String markdown) {
        return PronounOpeningCue.SUBJECT_OR_THIS.opens(Cues.tokens(markdown));
    }

    @Test
    void aPronounOrTheTalkOpensASubject() {
        assertThat(subject("She talked about *Fast Loops*.")).isTrue();
        assertThat(subject("The talk was called *Fast Loops*.")).isTrue();
        assertThat(subject("The speaker showed a demo.")).isTrue();
        assertThat(subject("His talk's title was long.")).isTrue();
        assertThat(subject("He's a great speaker.")).isTrue();
    }

    @Test
    void otherOpeningsAreNoSubject() {
        assertThat(subject("Hello there.")).isFalse();
        assertThat(subject("It was a lightning talk.")).isFalse();
        assertThat(subject("Then she spoke.")).isFalse();
        assertThat(subject("The talks were short.")).isFalse();
        assertThat(subject("")).isFalse();
    }

    @Test
    void itThisAndTheSessionAlsoOpenASentenceAboutTheTalkBefore() {
        assertThat(orThis("It was a lightning talk.")).isTrue();
        assertThat(orThis("This was a workshop.")).isTrue();
        assertThat(orThis("The session ran long.")).isTrue();
        assertThat(orThis("They showed a demo.")).isTrue();
        assertThat(orThis("Thistles grow.")).isFalse();
        assertThat(orThis("Its slides are online.")).isFalse();
    }

    @Test
    void theWordsOfAPhraseMayStandApartByAnyWhiteSpace() {
        // The character scan wanted one space; two spaces or a line break between the words are read the same.
        assertThat(subject("The  talk was short.")).isTrue();
        assertThat(subject("The\ntalk was short.")).isTrue();
    }

    /** On plain words apart by single spaces the cues read what the patterns they replaced (in RecapCues) read. */
    @Test
    void onPlainWordsTheCuesReadWhatTheReplacedPatternsRead() {
        Pattern subject = Pattern.compile("(?is)(?:he|she|they|the speaker|the talk|this talk|his talk|her talk)\\b");
        Pattern orThis = Pattern.compile("(?is)(?:he|she|they|it|this|that|the talk|the session)\\b");
        String[] words = {"He", "she's", "They", "The", "the", "talk", "talks", "speaker", "This", "it", "Its",
                "session", "That", "x", "Hello"};
        Random random = new Random(23);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            String t = Cues.plainWords(random, words, 3);
            boolean expected = subject.matcher(t).lookingAt();
            found += expected ? 1 : 0;
            assertThat(subject(t)).as(t).isEqualTo(expected);
            assertThat(orThis(t)).as(t).isEqualTo(orThis.matcher(t).lookingAt());
        }
        assertThat(found).isBetween(500, 4_500);
    }
}
