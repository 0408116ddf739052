package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void aTextIsCutAtRunsOfWhiteSpaceWithALeadingEmptyPieceAndNoneAtTheEnd() {
        assertThat(Spaces.cut(" Ann\t Lee \n")).containsExactly("", "Ann", "Lee");
        assertThat(Spaces.cut("")).containsExactly("");
        assertThat(Spaces.cut(" \t")).isEmpty();
        assertThat(Spaces.cut("Ann\u00A0Lee")).containsExactly("Ann\u00A0Lee");
    }

    @Test
    void piecesAreThoseOfTheWhiteSpaceSplitOverRandomTexts() {
        Pattern old = Pattern.compile("\\s+");
        // Every character \s knows, and white space it does not know (no-break, em and information separators).
        String alphabet = " \t\n\u000B\f\ra\u00A0\u2003\u001Cb";
        Random r = new Random(61);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(9); n > 0; n--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = b.toString();
            assertThat(Spaces.cut(t)).as(t).isEqualTo(Arrays.asList(old.split(t)));
        }
    }
}
