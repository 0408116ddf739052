package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void aPhraseIsConsecutiveWordsWithAlternativesAndPrefixes() {
        Phrases not = Phrases.of(WordClass.NOT_ATTENDANCE);
        assertThat(not.in(Sentences.one("we had 40 members of our channel").tokens())).isTrue();
        assertThat(not.in(Sentences.one("we had 40 members, of our channel").tokens())).isFalse();
        assertThat(not.in(Sentences.one("40 RSVPs came in").tokens())).isTrue();
        assertThat(not.in(Sentences.one("40 people came in").tokens())).isFalse();
    }

    @Test
    void aOneWordEntryMatchesAPartOfAJoinedWord() {
        Phrases eventish = Phrases.of(WordClass.EVENTISH);
        assertThat(eventish.in(Sentences.one("the co-hosted evening").tokens())).isTrue();
        assertThat(eventish.in(Sentences.one("the unhosted evening").tokens())).isFalse();
    }

    @Test
    void aWordTokenIsTheWordOrHasItAsAJoinedPart() {
        var t = Sentences.one("VENUE venues venue's co-Venue, 7").tokens();
        assertThat(t).extracting(x -> Phrases.isWord(x, "venue"))
                .containsExactly(true, false, true, true, false, false);
    }

    /** Star entries compared in place match as the prefix and suffix tests on cut strings did. */
    @Test
    void starEntriesMatchAsPrefixesAndSuffixes() {
        String[] words = {"", "a", "ly", "only", "attend", "attendees", "friendly", "l", "y", "attendly"};
        String[] entries = {"*", "*ly", "attend*", "ly", "*y", "a*", "*attendly", "attendees*", "only"};
        for (String w : words) {
            for (String e : entries) {
                boolean expected = e.startsWith("*") ? w.length() > e.length() - 1 && w.endsWith(e.substring(1))
                        : e.endsWith("*") ? w.startsWith(e.substring(0, e.length() - 1)) : w.equals(e);
                assertThat(Phrases.word(w, e)).as(w + " / " + e).isEqualTo(expected);
            }
        }
        assertThat(Phrases.word("friendly", "*ly")).isTrue();
        assertThat(Phrases.word("ly", "*ly")).isFalse();
    }

    @Test
    void theTriggerBitsSayWhatASentenceHolds() {
        Sentence s = Sentences.one("Doors open at 6pm");
        assertThat(s.has(Triggers.bit(WordClass.START_CUE))).isTrue();
        assertThat(s.has(Triggers.bit(Token.Kind.CLOCK))).isTrue();
        assertThat(s.has(Triggers.bit(WordClass.END_CUE))).isFalse();
        assertThat(s.has(Triggers.DIGITS)).isTrue();
        assertThat(Sentences.one("No numbers here").has(Triggers.DIGITS)).isFalse();
        assertThat(Sentences.one("Lunch at noon").has(Triggers.NOON)).isTrue();
    }

    @Test
    void aSentenceSharesTheTokensOfItsBlock() {
        ProseBlock b = Sentences.block("First one here. Second one there.");
        assertThat(Sentence.split(b)).isSameAs(Sentence.split(b));
        assertThat(b.tokens()).isSameAs(b.tokens());
        Sentence second = Sentence.split(b).get(1);
        assertThat(second.tokens()).extracting(Token::text).containsExactly("Second", "one", "there", ".");
        assertThat(second.tokens().get(0)).isSameAs(b.tokens().get(4));
    }
}
