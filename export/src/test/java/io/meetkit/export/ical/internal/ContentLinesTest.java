package io.meetkit.export.ical.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.export.ical.IcsLint;
import io.meetkit.export.ical.RandomText;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContentLinesTest {

    /** Reverses {@link IcsText#text}: the reading every RFC 5545 reader does. */
    private static String unescape(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                sb.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void unfoldingAFoldedLineGivesItBackAndTheLintHolds(int seed) {
        Random random = new Random(seed);
        String text = RandomText.of(random, 1 + random.nextInt(400));
        String logical = "DESCRIPTION:" + IcsText.text(text);
        String folded = ContentLines.fold(logical);
        IcsLint.assertClean(folded.getBytes(StandardCharsets.UTF_8));
        assertThat(IcsLint.unfold(folded)).isEqualTo(logical + "\r\n");
        String expected = text.replace("\r\n", "\n").replace('\r', '\n');
        assertThat(unescape(logical.substring("DESCRIPTION:".length()))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {68, 69, 70, 71, 72, 73, 74, 75, 76, 77})
    void aBackslashAtAnyColumnStaysWithTheCharacterItEscapes(int column) {
        String logical = "X".repeat(column - 1) + "\\;\\\\\\,\\n" + "é".repeat(40);
        String folded = ContentLines.fold(logical);
        IcsLint.assertClean(folded.getBytes(StandardCharsets.UTF_8));
        assertThat(IcsLint.unfold(folded)).isEqualTo(logical + "\r\n");
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String line = "SUMMARY:" + "a".repeat(67);
        assertThat(ContentLines.fold(line)).isEqualTo(line + "\r\n");
    }

    @Test
    void aLineOf76OctetsIsFoldedAfter75() {
        String line = "SUMMARY:" + "a".repeat(68);
        assertThat(ContentLines.fold(line)).isEqualTo("SUMMARY:" + "a".repeat(67) + "\r\n a\r\n");
    }

    @Test
    void aMultiByteCharacterThatWouldCrossTheLimitMovesWhole() {
        String line = "SUMMARY:" + "a".repeat(66) + "ಕ"; // 74 octets, then 3 more
        assertThat(ContentLines.fold(line)).isEqualTo("SUMMARY:" + "a".repeat(66) + "\r\n ಕ\r\n");
    }

    @Test
    void anEmojiIsNeverSplitBetweenItsSurrogates() {
        String line = "SUMMARY:" + "a".repeat(65) + "🐍🐍";
        String folded = ContentLines.fold(line);
        assertThat(folded).isEqualTo("SUMMARY:" + "a".repeat(65) + "\r\n 🐍🐍\r\n");
    }

    @Test
    void aLoneSurrogateIsWrittenAsAReplacementCharacter() {
        assertThat(ContentLines.fold("SUMMARY:a\uD800b")).isEqualTo("SUMMARY:a\uFFFDb\r\n");
    }

    @Test
    void textEscapesBackslashSemicolonCommaAndEveryNewlineButNotColon() {
        assertThat(IcsText.text("a\\b;c,d:e\r\nf\rg\nh")).isEqualTo("a\\\\b\\;c\\,d:e\\nf\\ng\\nh");
    }

    @Test
    void textDropsControlCharactersButKeepsTabs() {
        assertThat(IcsText.text("a\u0000b\u0007c\td\u007f")).isEqualTo("abc\td");
    }

    @Test
    void aQuotedParameterEncodesQuotesCaretsAndNewlinesAsRfc6868Says() {
        assertThat(IcsText.quotedParameter("say \"hi\"^\nbye")).isEqualTo("\"say ^'hi^'^^^nbye\"");
    }

    @Test
    void aParameterIsQuotedOnlyWhenItMustBe() {
        assertThat(IcsText.parameter("Europe/Berlin")).isEqualTo("Europe/Berlin");
        assertThat(IcsText.parameter("a:b")).isEqualTo("\"a:b\"");
    }

    @Test
    void offsetsWithSecondsKeepThem() {
        assertThat(IcsText.offset(java.time.ZoneOffset.ofHoursMinutesSeconds(0, -25, -21))).isEqualTo("-002521");
        assertThat(IcsText.offset(java.time.ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("+0530");
    }
}
