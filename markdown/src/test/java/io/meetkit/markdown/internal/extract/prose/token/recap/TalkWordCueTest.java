package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TalkWordCueTest {

    private static boolean in(String markdown) {
        return TalkWordCue.in(Cues.tokens(markdown));
    }

    @Test
    void aTalkNounOrASpeakingVerbNamesATalk() {
        assertThat(in("The first talk was about caching.")).isTrue();
        assertThat(in("Ana Silva spoke about her parser.")).isTrue();
        assertThat(in("Bo PRESENTED his side project.")).isTrue();
        assertThat(in("A keynote opened the day.")).isTrue();
        assertThat(in("[Our tutorial](https://example.org/t) ran long.")).isTrue();
    }

    @Test
    void otherFormsOfTheWordsNameNoTalk() {
        assertThat(in("We talked about the venue.")).isFalse();
        assertThat(in("Sessions of the board are closed.")).isFalse();
        assertThat(in("Pizza was served.")).isFalse();
        assertThat(in("")).isFalse();
    }

    @Test
    void aPartOfAJoinedWordCounts() {
        assertThat(in("Two lightning-talks closed the night.")).isTrue();
        assertThat(in("The talk's slides are online.")).isTrue();
        assertThat(in("A talkative crowd.")).isFalse();
    }

    @Test
    void aWordAfterDigitsIsAWordOfItsOwn() {
        // The character scan saw one word "2talk"; the tokens are a number and the word "talk".
        assertThat(in("Slot 2talk")).isTrue();
    }

    /** On plain words apart by single spaces the cue reads what the pattern it replaced (in TalkFinder) read. */
    @Test
    void onPlainWordsTheCueReadsWhatTheReplacedPatternRead() {
        Pattern old = Pattern.compile("(?i)\\b(talks?|session|presentation|keynote|workshop"
                + "|tutorial|lightn?ing|lighting|flash talk|spoke|speak|speaks|presented)\\b");
        String[] words = {"talk", "Talks", "talked", "flash", "sessions", "Session", "spoke", "é", "lightnig", "x",
                "lightning-talk", "talk's", "Keynote", "ana"};
        Random random = new Random(19);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            String t = Cues.plainWords(random, words, 4);
            boolean expected = old.matcher(t).find();
            found += expected ? 1 : 0;
            assertThat(in(t)).as(t).isEqualTo(expected);
        }
        assertThat(found).isBetween(500, 4_500);
    }
}
