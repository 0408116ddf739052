package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OrdinalTalkCueTest {

    private static boolean in(String markdown) {
        return OrdinalTalkCue.in(Cues.tokens(markdown));
    }

    @Test
    void anOrdinalBeforeATalkNounCountsTheTalk() {
        assertThat(in("The second lightning talk was short.")).isTrue();
        assertThat(in("Our 3rd speaker-led session covered testing.")).isTrue();
        assertThat(in("One more presentation closed the evening.")).isTrue();
        assertThat(in("Another workshop followed.")).isTrue();
    }

    @Test
    void anOrdinalBeforeOneWasOrUpCountsTheTalk() {
        assertThat(in("The next one was about Rust.")).isTrue();
        assertThat(in("Next up, Bo Chen.")).isTrue();
        assertThat(in("The last was the best.")).isTrue();
    }

    @Test
    void anOrdinalFarFromTheNounOrApartByPunctuationCountsNoTalk() {
        assertThat(in("The first of many great talks.")).isFalse();
        assertThat(in("The second, shorter talk.")).isFalse();
        assertThat(in("A1st talk")).isFalse();
        assertThat(in("We met for the first time.")).isFalse();
        assertThat(in("Ana gave a talk.")).isFalse();
    }

    @Test
    void aJoinedWordBetweenIsOneWord() {
        assertThat(in("The first Rust-based talk was short.")).isTrue();
        // A word the character scan did not count as one (letters outside ASCII) is a word between like any other.
        assertThat(in("The second Ünal talk")).isTrue();
        assertThat(in("The first-ever talk")).isFalse();
    }

    /** On plain words apart by single spaces the cue reads what the pattern it replaced (in TalkFinder) read. */
    @Test
    void onPlainWordsTheCueReadsWhatTheReplacedPatternRead() {
        Pattern old = Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|sixth|seventh"
                + "|eighth|ninth|tenth|next|last|final|another|one more|\\d+(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+){0,2}?"
                + "(?:talks?|session|presentation|workshop|one|was|up)\\b");
        String[] words = {"first", "Next", "one", "more", "another", "21st", "3RD", "talk", "talks", "was", "up",
                "session", "a", "x-y", "Ana", "7", ",", "tenth"};
        Random random = new Random(67);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            String t = Cues.plainWords(random, words, 5);
            boolean expected = old.matcher(t).find();
            found += expected ? 1 : 0;
            assertThat(in(t)).as(t).isEqualTo(expected);
        }
        assertThat(found).isBetween(500, 4_500);
    }
}
