package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word table's guard for readers that pass over rare words without lower-casing them. */
class WordTableTest {

    @Test
    void wordsOfTheListsAreHeldAndAWordOfNoListIsNot() {
        assertThat(WordTable.holds("by")).isTrue();
        assertThat(WordTable.holds("speaker")).isTrue();
        assertThat(WordTable.holds("zzyzxqv")).isFalse();
    }

    @Test
    void aReaderMayOnlySkipRareWordsWhenTheTableHoldsItsWords() {
        List<String> held = List.of("by", "from", "talk");
        assertThat(WordTable.requireHeld(held, "test")).isSameAs(held);
        // Words that are not ASCII letters are never rare, so the guard lets them through.
        assertThat(WordTable.requireHeld(List.of("co-host", "café"), "test")).hasSize(2);
        assertThatThrownBy(() -> WordTable.requireHeld(List.of("by", "zzyzxqv"), "the reader"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the reader")
                .hasMessageContaining("zzyzxqv");
    }

    @Test
    void aRareTokenIsAnAsciiWordTheTableLacks() {
        List<Token> tokens = Prose.sentence("Zzyzxqv spoke by the café").tokens();
        assertThat(tokens).extracting(Token::isRareAsciiWord).containsExactly(true, false, false, false, false);
    }
}
