package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharSplitTest {

    @Test
    void emptyPiecesAtTheEndAreDroppedOrKeptAsSplitDropsOrKeepsThem() {
        assertThat(CharSplit.of("a\nb\n\n", '\n')).containsExactly("a", "b");
        assertThat(CharSplit.all("a\nb\n\n", '\n')).containsExactly("a", "b", "", "");
        assertThat(CharSplit.of("", '\n')).containsExactly("");
        assertThat(CharSplit.of("//", '/')).isEmpty();
    }

    @Test
    void piecesAreThoseOfStringSplitOverRandomTexts() {
        Random r = new Random(41);
        String alphabet = "a/|\n ";
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(9); n > 0; n--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = b.toString();
            for (char c : new char[] {'/', '|', '\n', ' '}) {
                String literal = c == '|' ? "\\|" : String.valueOf(c);
                assertThat(CharSplit.of(t, c)).as(t).isEqualTo(Arrays.asList(t.split(literal)));
                assertThat(CharSplit.all(t, c)).as(t).isEqualTo(Arrays.asList(t.split(literal, -1)));
            }
        }
    }
}
