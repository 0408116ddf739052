package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTitleRuleTest {

    private static final TitleRule RULE = new QuotedTitleRule();

    @Test
    void aCurlyQuotedPhraseIsTheTitle() {
        assertThat(Recap.read(RULE, Recap.subject("Ana Silva gave a talk called “Caching at the Edge”.", "Ana Silva")))
                .isEqualTo("Caching at the Edge");
    }

    @Test
    void singleQuotesCloseAfterAPluralAndKeepAnApostropheInsideAWord() {
        assertThat(Recap.read(RULE, Recap.by("Then 'Web Sockets' by Bo Chen.", "Bo Chen"))).isEqualTo("Web Sockets");
        // The character scan closed the quotation at "Ann'" and found none; the token reading keeps the word whole.
        assertThat(Recap.read(RULE, Recap.by("Then 'Ann's Parser Tips' by Bo Chen.", "Bo Chen")))
                .isEqualTo("Ann's Parser Tips");
    }

    @Test
    void aQuotedSpeakerNameIsSkipped() {
        assertThat(Recap.read(RULE, Recap.subject("\"Ana Silva\" spoke on \"Fast Loops\" today.", "Ana Silva")))
                .isEqualTo("Fast Loops");
    }

    @Test
    void aQuotationThatIsNoTitleEndsTheSearchWithoutATitle() {
        assertThat(Recap.read(RULE, Recap.of("The talk took '20 min' and was great."))).isEqualTo("(none)");
    }

    @Test
    void shortQuotationsAndApostrophesAreNoQuotedTitle() {
        assertThat(Recap.read(RULE, Recap.of("The \"Go\" demo ran long."))).isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.of("It's Ana's turn to talk."))).isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.of("An \"open quotation that never closes."))).isEqualTo("(no cue)");
    }

    @Test
    void aQuotationLongerThanHundredFiftyCharactersIsNoTitle() {
        assertThat(Recap.read(RULE, Recap.of("She said \"" + "word ".repeat(40) + "\" today."))).isEqualTo("(no cue)");
    }
}
