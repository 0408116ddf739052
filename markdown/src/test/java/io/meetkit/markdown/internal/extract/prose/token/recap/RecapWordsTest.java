package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.WordTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecapWordsTest {

    private static Token word(String text) {
        List<Token> tokens = Cues.tokens(text);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    @Test
    void aJoinedWordOpensWithItsFirstPartAndEndsWithItsLast() {
        assertThat(RecapWords.opens(word("Talk's"), "talk")).isTrue();
        assertThat(RecapWords.opens(word("talkative"), "talk")).isFalse();
        assertThat(RecapWords.ends(word("co-presented"), "presented")).isTrue();
        assertThat(RecapWords.ends(word("represented"), "presented")).isFalse();
        assertThat(RecapWords.opensWith(word("session-based"), WordClass.RECAP_TALK_NOUN)).isTrue();
        assertThat(RecapWords.endsWith(word("session-based"), WordClass.RECAP_TALK_NOUN)).isFalse();
    }

    @Test
    void aJoinedWordHoldsEachOfItsParts() {
        assertThat(RecapWords.holds(word("pre-workshop-talk"), WordClass.RECAP_TALK_NOUN)).isTrue();
        assertThat(RecapWords.holds(word("pre-workshops"), WordClass.RECAP_TALK_NOUN)).isFalse();
        assertThat(RecapWords.holds(word("also-ran"), "also")).isTrue();
        assertThat(RecapWords.holds(word("alsoran"), "also")).isFalse();
    }

    /** The cues pass over an ASCII word the table lacks without lower-casing it: every word they compare is in it. */
    @Test
    void everyWordTheCuesCompareIsInTheWordTable() {
        for (String w : List.of("also", "one", "more", "came", "up", "with", "by", "next", "meetup", "talk", "talks",
                "flash", "lighting", "lightning", "workshop", "keynote")) {
            assertThat(WordTable.holds(w)).as(w).isTrue();
        }
    }
}
