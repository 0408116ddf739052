package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ThanksOrNextCueTest {

    private static boolean in(String markdown) {
        return ThanksOrNextCue.in(Cues.tokens(markdown));
    }

    @Test
    void aWordStartingWithThankIsThanks() {
        assertThat(in("Thanks to Ana Silva for her talk!")).isTrue();
        assertThat(in("We are THANKFUL to Acme.")).isTrue();
        assertThat(in("A big thank you to our speakers.")).isTrue();
        assertThat(in("Season's thanks-giving wishes.")).isTrue();
    }

    @Test
    void theNextMeetupIsACue() {
        assertThat(in("See you at the next meetup, where Bo will talk about Rust.")).isTrue();
        assertThat(in("See you at the Next\nMeetup.")).isTrue();
    }

    @Test
    void otherSentencesAreNoCue() {
        assertThat(in("The next talk was short.")).isFalse();
        assertThat(in("Next, a meetup-wide quiz.")).isFalse();
        assertThat(in("The next meetups are in May.")).isFalse();
        assertThat(in("Ana spoke about parsers.")).isFalse();
    }

    /** On plain words apart by single spaces the cue reads what the pattern it replaced (in RecapCues) read. */
    @Test
    void onPlainWordsTheCueReadsWhatTheReplacedPatternRead() {
        Pattern old = Pattern.compile("\\bthank|\\bnext meetup\\b");
        String[] words = {"thanks", "Thank", "thankful", "next", "Next", "meetup", "meetups", "nextmeetup", "the",
                "caf\u00E9", "2024", "non-thankful", "meetup's", "x"};
        Random random = new Random(17);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            String t = Cues.plainWords(random, words, 4);
            boolean expected = old.matcher(t.toLowerCase(java.util.Locale.ROOT)).find();
            found += expected ? 1 : 0;
            assertThat(in(t)).as(t).isEqualTo(expected);
        }
        assertThat(found).isBetween(500, 4_500);
    }
}
