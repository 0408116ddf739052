package io.meetkit.markdown.internal.extract.structured;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans and possessive patterns that replaced front-matter patterns quadratic on long runs of spaces: each gives
 * what the pattern it replaced gave, over many random texts of the characters that matter to it, and reads a
 * 100,000-character run of spaces.
 */
class LinearFrontMatterPatternsTest {

    private static final int LONG = 100_000;
    private static final int TRIES = 50_000;
    /** Every kind of white space and line break the patterns tell apart, and the words they look for. */
    private static final String SPACES = " \t\n\r\u000B\f\u0085\u2028";

    @Test
    void rangeReadsWhatTheLazyPatternRead() {
        Pattern old = Pattern.compile("^(.+?)\\s*(?:-|–|—|to|until|till)\\s*(.+)$");
        Random random = new Random(3);
        for (int i = 0; i < TRIES; i++) {
            String text = random(random, 10, SPACES + "-–—1a", "to", "till", "until", "ti");
            Matcher m = old.matcher(text);
            String[] now = FrontMatterEventReader.range(text);
            if (m.matches()) {
                assertThat(now).as(show(text)).containsExactly(m.group(1), m.group(2));
            } else {
                assertThat(now).as(show(text)).isNull();
            }
        }
        assertThat(FrontMatterEventReader.range("1" + " ".repeat(LONG) + "x")).isNull();
        assertThat(FrontMatterEventReader.range("6" + " ".repeat(LONG) + "- 9pm")).containsExactly("6", "9pm");
    }

    @Test
    void endsInDigitReadsWhatThePatternRead() {
        Pattern old = Pattern.compile("(?i).*\\d\\s*$");
        Random random = new Random(5);
        for (int i = 0; i < TRIES; i++) {
            String text = random(random, 8, SPACES + "1a", "9", "x", "0", "0");
            assertThat(FrontMatterEventReader.endsInDigit(text)).as(show(text)).isEqualTo(old.matcher(text).matches());
        }
        assertThat(FrontMatterEventReader.endsInDigit("1" + " 1".repeat(LONG) + " ".repeat(LONG) + "x")).isFalse();
        assertThat(FrontMatterEventReader.endsInDigit("x" + " ".repeat(LONG) + "1" + " ".repeat(LONG))).isTrue();
    }

    @Test
    void commaPartsAreWhatSplittingAtCommasGave() {
        Random random = new Random(7);
        for (int i = 0; i < TRIES; i++) {
            String text = random(random, 10, SPACES + ",,a", "b", ", ", " ,", "c");
            assertThat(FrontMatterEventReader.commaParts(text)).as(show(text))
                    .containsExactly(text.split("\\s*,\\s*"));
        }
        assertThat(FrontMatterEventReader.commaParts("a" + " ".repeat(LONG) + "b , c"))
                .containsExactly("a" + " ".repeat(LONG) + "b", "c");
    }

    @Test
    void nameSeparatorsAreWhatThePatternFoundAndSplitAt() {
        Pattern old = Pattern.compile("\\s*+(?:,|&|\\band\\b)\\s*+");
        Random random = new Random(13);
        // Letters, digits, "_", a combining mark (a word character after a letter, not after a space), a letter
        // outside the BMP and both halves of a pair alone, white space that \s knows and some it does not.
        String characters = SPACES + "\u00a0,&a_1\u0301é\ud835\udc9c\ud835-";
        for (int i = 0; i < TRIES * 2; i++) {
            String text = random(random, 10, characters, "and", "and", "An", "nd", "Ann", "band");
            Matcher m = old.matcher(text);
            if (m.find()) {
                assertThat(FrontMatterEventReader.nameSeparator(text, 0)).as(show(text))
                        .containsExactly(m.start(), m.end());
            } else {
                assertThat(FrontMatterEventReader.nameSeparator(text, 0)).as(show(text)).isNull();
            }
            assertThat(FrontMatterEventReader.nameListParts(text)).as(show(text)).containsExactly(old.split(text));
        }
        assertThat(FrontMatterEventReader.nameListParts("Ana Silva and Tom Reed, Bo & Cy"))
                .containsExactly("Ana Silva", "Tom Reed", "Bo", "Cy");
        assertThat(FrontMatterEventReader.nameListParts("Alexandra Band")).containsExactly("Alexandra Band");
        assertThat(FrontMatterEventReader.nameSeparator("a" + " ".repeat(LONG) + "b", 0)).isNull();
        assertThat(FrontMatterEventReader.nameListParts("a" + " ".repeat(LONG) + "and b"))
                .containsExactly("a", "b");
    }

    @Test
    void possessiveTimePatternsMatchWhatTheGreedyOnesMatched() {
        Pattern clock = Pattern.compile(
                "(?i)^\\s*(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*$");
        Pattern duration = Pattern.compile("(?i)^\\s*(?:(\\d+(?:\\.\\d+)?)\\s*(?:h|hr|hrs|hours?))?\\s*"
                + "(?:(\\d+)\\s*(?:m|min|mins|minutes?))?\\s*$");
        Pattern clockInText = Pattern.compile(
                "(?i)(?<![\\d:.])(\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?|\\d{1,2}:\\d{2})(?![\\d:])");
        Pattern timeShape = Pattern.compile("(?:^|[ T])(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*$",
                Pattern.CASE_INSENSITIVE);
        Pattern withOffset = Pattern.compile(
                "^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*([+-]\\d{2}:?\\d{2}|Z)$");
        Random random = new Random(11);
        for (int i = 0; i < TRIES; i++) {
            String text = random(random, 10, SPACES + "1.:", "12", "pm", "a.m.", "h", "min");
            sameMatches(text, clock, FrontMatterEventReader.CLOCK, true);
            sameMatches(text, duration, FrontMatterEventReader.HUMAN_DURATION, true);
            sameMatches(text, clockInText, FrontMatterEventReader.CLOCK_IN_TEXT, false);
            sameMatches(text, timeShape, FrontMatterEventReader.TIME_SHAPE, false);
            String stamp = "2024-05-04" + random(random, 4, " T:+-Z", "18:30", "0200", "\t", "02:00");
            sameMatches(stamp, withOffset, FrontMatterEventReader.DATE_TIME_WITH_OFFSET, true);
        }
        String spaces = " ".repeat(LONG);
        assertThat(FrontMatterEventReader.CLOCK.matcher("1" + spaces + "x").matches()).isFalse();
        assertThat(FrontMatterEventReader.HUMAN_DURATION.matcher(spaces + "x").matches()).isFalse();
        assertThat(FrontMatterEventReader.TIME_SHAPE.matcher("1:00" + spaces + "x").find()).isFalse();
        assertThat(FrontMatterEventReader.clock("6" + spaces + "pm")).hasValueSatisfying(t ->
                assertThat(t.getHour()).isEqualTo(18));
    }

    private static void sameMatches(String text, Pattern oldPattern, Pattern nowPattern, boolean whole) {
        Matcher old = oldPattern.matcher(text);
        Matcher now = nowPattern.matcher(text);
        boolean found = whole ? old.matches() : old.find();
        assertThat(whole ? now.matches() : now.find()).as(show(text)).isEqualTo(found);
        if (found) {
            for (int g = 0; g <= old.groupCount(); g++) {
                assertThat(now.group(g)).as(show(text)).isEqualTo(old.group(g));
            }
        }
    }

    /** Up to {@code maxParts} pieces, each a character of {@code characters} or one of {@code words}. */
    private static String random(Random random, int maxParts, String characters, String... words) {
        int n = random.nextInt(maxParts + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(characters.length() + words.length);
            sb.append(pick < characters.length() ? String.valueOf(characters.charAt(pick))
                    : words[pick - characters.length()]);
        }
        return sb.toString();
    }

    private static String show(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
        return sb.toString();
    }
}
