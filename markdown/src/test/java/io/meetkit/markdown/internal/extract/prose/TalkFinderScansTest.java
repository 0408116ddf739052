package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two character scans TalkFinder keeps after its sentence reading moved onto tokens ({@code token/recap}): how
 * two titles are compared when drafts of one talk are merged, and whether a heading holds white space (a one-word
 * heading is no person's name). Examples, and a comparison with the pattern each replaced over random texts.
 */
class TalkFinderScansTest {

    private static final String[] GAPS = {" ", "  ", "\t", "\n", "", ",", ", ", "(", ")", "\u00a0"};

    private static String random(Random random, String[] words, int most) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(most); w >= 0; w--) {
            text.append(GAPS[random.nextInt(GAPS.length)]).append(words[random.nextInt(words.length)]);
        }
        if (random.nextBoolean()) {
            text.append(GAPS[random.nextInt(GAPS.length)]);
        }
        return text.toString();
    }

    @Test
    void titlesAreComparedByTheirLettersAndDigits() {
        assertThat(TalkFinder.comparable("“caching” — at the edge, 2.0!")).isEqualTo("caching at the edge 2 0");
        assertThat(TalkFinder.comparable("...")).isEmpty();
    }

    @Test
    void aHeadingOfOneWordHoldsNoWhiteSpace() {
        assertThat(TalkFinder.hasPatternSpace("Ana Silva")).isTrue();
        assertThat(TalkFinder.hasPatternSpace("Ana\tSilva")).isTrue();
        assertThat(TalkFinder.hasPatternSpace("Ana")).isFalse();
        assertThat(TalkFinder.hasPatternSpace("Ana\u00a0Silva")).as("no-break space is not \\s").isFalse();
    }

    @Test
    void theScansReadWhatThePatternsRead() {
        Pattern notWord = Pattern.compile("[^\\p{L}\\d]+");
        Pattern spaces = Pattern.compile("\\s+");
        String[] words = {"Ann", "his", "HER", "their", "hers", "@ann", "http://x", "https", "a.b", "Ünal", "7",
                "x".repeat(12), "\uD835\uDC00", "\u0131s", "—"};
        Random random = new Random(41);
        for (int i = 0; i < 30_000; i++) {
            String t = random(random, words, 6);
            assertThat(TalkFinder.comparable(t)).as(t).isEqualTo(notWord.matcher(t).replaceAll(" ").strip());
            assertThat(TalkFinder.hasPatternSpace(t.strip())).as(t).isEqualTo(spaces.split(t.strip()).length >= 2);
        }
    }
}
