package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NewTalkCueTest {

    private static boolean in(String markdown) {
        return NewTalkCue.in(Cues.tokens(markdown));
    }

    @Test
    void anOrdinalOrAlsoThenATalkNounStartsATalk() {
        assertThat(in("Next, Ana gave us her view in a talk.")).isTrue();
        assertThat(in("There was also a workshop on testing.")).isTrue();
        assertThat(in("One more time, a session on Rust.")).isTrue();
    }

    @Test
    void aGivingVerbBeforeATalkNounStartsATalk() {
        assertThat(in("Bo delivered another short talk.")).isTrue();
        assertThat(in("Ana presented her workshop.")).isTrue();
        assertThat(in("Bo gave a very long talk.")).isTrue();
        assertThat(in("Ana co-presented a session.")).isTrue();
    }

    @Test
    void talkByAndCameUpWithStartATalk() {
        assertThat(in("Then a talk by Bo Chen.")).isTrue();
        assertThat(in("Out of nowhere, Ana came up with a demo.")).isTrue();
    }

    @Test
    void otherSentencesStartNoTalk() {
        assertThat(in("Bo gave a very long and detailed talk.")).isFalse();
        assertThat(in("Ana gave us pizza.")).isFalse();
        assertThat(in("Bo talked about parsers.")).isFalse();
        assertThat(in("The first hour. Then a talk")).isFalse();
        assertThat(in("Ana gave talks before.")).isFalse();
        assertThat(in("The talks by Bo were fun.")).isFalse();
    }

    @Test
    void aDotInsideAWordIsNoFullStop() {
        // The character scan stopped at the dot of "Node.js"; the token "Node.js" is one word.
        assertThat(in("The next Node.js talk was short.")).isTrue();
    }

    /** On plain words apart by single spaces the cue reads what the pattern it replaced (in TalkFinder) read. */
    @Test
    void onPlainWordsTheCueReadsWhatTheReplacedPatternRead() {
        Pattern old = Pattern.compile("(?i)\\b(another|also|next|one more|first|second|third"
                + "|fourth|fifth|sixth|seventh|last|final)\\b[^.]*\\b(talk|session|presentation|workshop)\\b"
                + "|\\b(gave|give|gives|delivered|presented)\\s+(?:a|an|the|his|her|their)?\\s*(?:\\w+\\s+){0,2}?"
                + "(?:talk|session|presentation|workshop)\\b|\\btalk\\s+by\\b|\\bcame up with\\b");
        String[] words = {"first", "Next", "one", "more", "another", "also", "talk", "talks", "session", "gave",
                "presented", "a", "the", "their", "by", "came", "up", "with", "Ana", "x", "21", "co-presented", "."};
        Random random = new Random(61);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            String t = Cues.plainWords(random, words, 6);
            boolean expected = old.matcher(t).find();
            found += expected ? 1 : 0;
            assertThat(in(t)).as(t).isEqualTo(expected);
        }
        assertThat(found).isBetween(500, 4_500);
    }
}
