package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void everyListIsLowerCaseWithoutBlankEntries() {
        for (WordClass c : WordClass.values()) {
            assertThat(Lexicon.phrases(c)).as(c.name()).isNotEmpty();
            for (String entry : Lexicon.phrases(c)) {
                assertThat(entry).as(c.name()).isEqualTo(entry.strip().toLowerCase(Locale.ROOT)).isNotBlank();
            }
        }
    }

    @Test
    void theOrderedAndTheSetReadingHoldTheSameEntries() {
        for (WordClass c : WordClass.values()) {
            assertThat(Lexicon.words(c)).as(c.name()).containsExactlyInAnyOrderElementsOf(Lexicon.phrases(c));
        }
    }

    @Test
    void phrasesKeepTheOrderTheyAreWrittenIn() {
        List<String> opened = Lexicon.phrases(WordClass.OPENED_WITH);
        assertThat(opened.indexOf("next up was")).isLessThan(opened.indexOf("next up"));
        assertThat(Lexicon.phraseWords(WordClass.TITLE_CUE).get(0)).containsExactly("titled");
        assertThat(Lexicon.phraseWords(WordClass.TITLE_CUE)).contains(List.of("in", "this", "talk"));
    }

    /** In the lists whose first matching entry wins, a phrase that starts another would hide it if it came first. */
    @Test
    void inFirstMatchListsNoPhraseComesBeforeALongerOneItStarts() {
        for (WordClass c : List.of(WordClass.OPENED_WITH, WordClass.TITLE_CUE, WordClass.SUBJECT_VERB,
                WordClass.STRONG_VERB, WordClass.SPEAKER_LABEL_WORD, WordClass.SPEAKER_LABEL_LINK)) {
            List<String> entries = Lexicon.phrases(c);
            for (int i = 0; i < entries.size(); i++) {
                for (int j = i + 1; j < entries.size(); j++) {
                    assertThat(entries.get(j).startsWith(entries.get(i) + " "))
                            .as(c + ": \"" + entries.get(i) + "\" before \"" + entries.get(j) + "\"").isFalse();
                }
            }
        }
    }

    @Test
    void listsKeptApartOnPurposeStillDiffer() {
        // The recap rules read the misspelling "lighting", the announcement rules "lightening".
        assertThat(Lexicon.is(WordClass.RECAP_LIGHTNING, "lighting")).isTrue();
        assertThat(Lexicon.is(WordClass.LIGHTNING, "lighting")).isFalse();
        assertThat(Lexicon.is(WordClass.LIGHTNING, "lightening")).isTrue();
        // Agenda lines keep the shorter list of words before a "by" that names no speaker.
        assertThat(Lexicon.is(WordClass.NOT_BY, "designed")).isTrue();
        assertThat(Lexicon.is(WordClass.AGENDA_NOT_BY, "designed")).isFalse();
        assertThat(Lexicon.words(WordClass.NOT_BY)).containsAll(Lexicon.words(WordClass.AGENDA_NOT_BY));
    }

    @Test
    void theWordHelpersReadTheirLists() {
        assertThat(Lexicon.isDegree("ph.d.")).isTrue();
        assertThat(Lexicon.isDegree("phds")).isFalse();
        assertThat(Lexicon.isTalkMapName("lineup")).isTrue();
        assertThat(Lexicon.isPersonalPronoun("she’s")).isTrue();
        assertThat(Lexicon.isPersonalPronoun("it")).isFalse();
        assertThat(Lexicon.isBioVerb("works")).isTrue();
    }

    @Test
    void theWordTableHoldsEveryAsciiWordOfTheNewLists() {
        for (WordClass c : List.of(WordClass.TITLE_CUE, WordClass.NOT_TALKS_PHRASE, WordClass.GENERIC_HEADING,
                WordClass.NOT_BY, WordClass.DEGREE)) {
            for (String entry : Lexicon.phrases(c)) {
                for (String w : entry.split("[^a-z]+")) {
                    if (!w.isEmpty()) {
                        assertThat(WordTable.holds(w)).as(c + ": " + w).isTrue();
                    }
                }
            }
        }
    }
}
