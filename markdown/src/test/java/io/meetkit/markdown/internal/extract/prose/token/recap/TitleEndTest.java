package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleEndTest {

    private static String title(String markdown) {
        RecapSentence s = Recap.of(markdown);
        return TitleEnd.title(s, 0, -1).orElse("(none)");
    }

    @Test
    void aTitleEndsAtPunctuationOrAClauseWord() {
        assertThat(title("Caching at scale, and more")).isEqualTo("Caching at scale");
        assertThat(title("Caching by Ann")).isEqualTo("Caching");
        assertThat(title("Caching - the basics")).isEqualTo("Caching");
        assertThat(title("Caching and how it fails")).isEqualTo("Caching");
        assertThat(title("Caching (part 2)")).isEqualTo("Caching");
    }

    @Test
    void forEndsATitleOnlyBeforeOneDigit() {
        assertThat(title("Caching for 5 minutes")).isEqualTo("Caching");
        assertThat(title("Caching for everyone")).isEqualTo("Caching for everyone");
    }

    @Test
    void aClauseWordFirstOrWithoutSpaceAfterItEndsNothing() {
        assertThat(title("By the sea with friends")).isEqualTo("By the sea");
        assertThat(title("Nearby-caching 2.0 rocks")).isEqualTo("Nearby-caching 2");
        assertThat(title("Caching with-care")).isEqualTo("Caching with-care");
    }

    @Test
    void theHardEndComesFirst() {
        RecapSentence s = Recap.of("Caching at scale by Ann");
        assertThat(TitleEnd.title(s, 0, 2)).contains("Caching at");
    }
}
