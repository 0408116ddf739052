package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.TalkDraft.Person;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans that replaced People's patterns: examples of what each reads and does not read, and a comparison with
 * the pattern it replaced (kept here as the oracle) over many random texts, read from random positions, made of
 * the characters and words that matter to it.
 */
class PeopleScansTest {

    private static final int RUNS = 40_000;

    /**
     * Letters of several cases and scripts (a title-case letter, a capital outside the BMP, lone surrogates, a
     * circled letter that is upper case but no letter), the punctuation the patterns name, and white space that
     * {@code \s} reads (ASCII) and does not read (no-break, em, ogham, next-line and line separators).
     */
    private static final String[] PIECES = {"Ann", "ann", "ÉLa", "é", "ǅ", "Σσ", "Дж", "中", "ʰ", "\uD835\uDC00",
        "\uD835\uDC1A", "\uD835", "\uDC00", "Ⓐ", "'", "’", "(", ")", "@", "-", ".", "_", "1", "٣", "&", ",", "x.org",
        "Acme", "A", "and", "And", "from", "of", "the", "The", " ", " ", " ", "  ", "\t", "\n", "\u000B", "\f", "\r",
        "\u00A0", "\u2003", "\u0085", "\u2028", "\u1680"};

    private static String random(Random random, int most) {
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(most); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** The text with everything outside printable ASCII written as a Java escape, for failure messages. */
    static String shown(String text, int from) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c >= ' ' && c < 127 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.append("\" from ").append(from).toString();
    }

    /**
     * Compares {@code scan} with {@code old} over random texts and positions, half of the texts opening with one of
     * {@code leads} so that the pattern gets far often, and returns how often the oracle matched.
     */
    private static int compare(long seed, int most, Pattern old, String[] leads,
            ToIntBiFunction<String, Integer> scan) {
        Random random = new Random(seed);
        int matched = 0;
        for (int i = 0; i < RUNS; i++) {
            String text = (random.nextBoolean() ? leads[random.nextInt(leads.length)] : "") + random(random, most);
            int from = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : 0;
            Matcher m = old.matcher(text).region(from, text.length());
            boolean found = m.lookingAt();
            matched += found ? 1 : 0;
            assertThat(scan.applyAsInt(text, from)).as(shown(text, from)).isEqualTo(found ? m.end() : -1);
        }
        return matched;
    }

    @Test
    void aNameWordIsACapitalThenLettersApostrophesHyphensAndPerhapsANickname() {
        assertThat(People.wordEnd("Ann Lee", 0)).isEqualTo(3);
        assertThat(People.wordEnd("Ann Lee", 4)).isEqualTo(7);
        assertThat(People.wordEnd("O'Neil-Smith’s talk", 0)).isEqualTo(14);
        assertThat(People.wordEnd("Abdeali(Ali) Kothari", 0)).isEqualTo(12);
        assertThat(People.wordEnd("Abdeali(Ali", 0)).isEqualTo(7);
        assertThat(People.wordEnd("Abdeali() x", 0)).isEqualTo(7);
        assertThat(People.wordEnd("Élodie", 0)).isEqualTo(6);
        assertThat(People.wordEnd("\uD835\uDC00b", 0)).isEqualTo(3);
        assertThat(People.wordEnd("ann", 0)).isEqualTo(-1);
        assertThat(People.wordEnd("ǅemal", 0)).as("a title-case letter is no capital").isEqualTo(-1);
        assertThat(People.wordEnd("Ⓐnn", 0)).as("a circled letter is no letter").isEqualTo(-1);
        assertThat(People.wordEnd("Ann", 3)).isEqualTo(-1);
    }

    @Test
    void nameWordsAreReadAsTheirPatternReadThem() {
        Pattern old = Pattern.compile("[\\p{Lu}][\\p{L}'’-]*(?:\\([\\p{L}]+\\))?");
        int matched = compare(1, 6, old, new String[] {"A", "Ab(", "Ø’"}, People::wordEnd);
        assertThat(matched).isBetween(RUNS / 20, RUNS - RUNS / 20);
    }

    @Test
    void anAffiliationIsAParenthesisOrFromOrOfAndCapitalisedWords() {
        assertThat(People.affiliationEnd("Ann (Acme) and Bob", 3)).isEqualTo(10);
        assertThat(People.affiliationEnd("Ann(Acme", 3)).isEqualTo(-1);
        assertThat(People.affiliationEnd("Ann of the Python Software Foundation, Bob", 3)).isEqualTo(37);
        assertThat(People.affiliationEnd("Ann from  S.A.  M3-Labs and Bob", 3)).isEqualTo(23);
        assertThat(People.affiliationEnd("Ann of the python community", 3)).isEqualTo(-1);
        assertThat(People.affiliationEnd("Ann of theAcme", 3)).isEqualTo(-1);
        assertThat(People.affiliationEnd("Ann of The Acme", 3)).as("a capital The is a word of the name")
                .isEqualTo(15);
        assertThat(People.affiliationEnd("Ann of\u00A0Acme", 3)).as("a no-break space is no \\s").isEqualTo(-1);
        assertThat(People.affiliationEnd("Ann ofAcme", 3)).isEqualTo(-1);
        assertThat(People.affiliationEnd("Annof Acme", 3)).isEqualTo(-1);
        assertThat(People.affiliationEnd("Ann and Bob", 3)).isEqualTo(-1);
    }

    @Test
    void affiliationsAreReadAsTheirPatternReadThem() {
        Pattern old = Pattern.compile("^(?:\\s*+\\([^)]*+\\)|\\s+(?:from|of)\\s+(?:the\\s+)?"
                + "[\\p{Lu}][\\p{L}\\d&.-]*+(?:\\s++[\\p{Lu}][\\p{L}\\d&.-]*+)*+)");
        int matched = compare(2, 8, old, new String[] {" (", " of ", " from the "}, People::affiliationEnd);
        assertThat(matched).isBetween(RUNS / 50, RUNS - RUNS / 20);
        // Texts built as affiliations, so that the "from"/"of" branch is taken often and fails in every place.
        String[] words = {"from", "of", "the", "Acme", "S.A.", "3M", "A&B", "labs", "É-x", "\uD835\uDC00", "1",
            "The"};
        String[] gaps = {" ", "  ", "\t", "\u00A0", "", "\r\n"};
        Random random = new Random(3);
        int taken = 0;
        for (int i = 0; i < RUNS; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(6); w >= 0; w--) {
                b.append(gaps[random.nextInt(gaps.length)]).append(words[random.nextInt(words.length)]);
            }
            String text = b.toString();
            Matcher m = old.matcher(text);
            boolean found = m.lookingAt();
            taken += found ? 1 : 0;
            assertThat(People.affiliationEnd(text, 0)).as(shown(text, 0)).isEqualTo(found ? m.end() : -1);
        }
        assertThat(taken).isBetween(RUNS / 50, RUNS - RUNS / 20);
    }

    @Test
    void aMastodonHandleInParenthesesGivesItsProfileAddress() {
        assertThat(People.mastodonProfile("Ann (@ann@fosstodon.org) and", 3))
                .contains("https://fosstodon.org/@ann");
        assertThat(People.mastodonProfile("( @a.b_1@x-y.z.io )", 0)).contains("https://x-y.z.io/@a.b_1");
        assertThat(People.mastodonProfile("(@ann@localhost)", 0)).isEmpty();
        assertThat(People.mastodonProfile("(@ann@host.)", 0)).isEmpty();
        assertThat(People.mastodonProfile("(@@host.org)", 0)).isEmpty();
        assertThat(People.mastodonProfile("(@ann@host.org", 0)).isEmpty();
        assertThat(People.mastodonProfile("(@ann)", 0)).isEmpty();
        assertThat(People.mastodonProfile("(@änn@host.org)", 0)).as("\\w is ASCII").isEmpty();
        assertThat(People.mastodonProfile("\u00A0(@ann@host.org)", 0)).isEmpty();
    }

    @Test
    void mastodonHandlesAreReadAsTheirPatternReadThem() {
        Pattern old = Pattern.compile("^\\s*+\\(\\s*+@([\\w.]++)@([\\w-]++(?:\\.[\\w-]++)++)\\s*+\\)");
        String[] pieces = {"(", ")", "@", ".", "-", "_", "a", "Z", "9", "é", "\uD835\uDC00", " ", "\t", "\u00A0",
            "org", "ann", "@x.y"};
        Random random = new Random(4);
        int matched = 0;
        for (int i = 0; i < RUNS; i++) {
            // Most texts are shaped as a handle, one random piece in each place, so that every place gets to fail.
            StringBuilder b = new StringBuilder();
            if (random.nextInt(4) > 0) {
                String[] shape = {" ", "(", " ", "@", "ann", "@", "host", ".", "org", ".", "io", " ", ")"};
                for (String part : shape) {
                    b.append(random.nextInt(12) == 0 ? pieces[random.nextInt(pieces.length)]
                            : random.nextInt(5) == 0 ? "" : part);
                }
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int from = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : 0;
            Matcher m = old.matcher(text).region(from, text.length());
            Optional<String> expected = m.find()
                    ? Optional.of("https://" + m.group(2) + "/@" + m.group(1)) : Optional.empty();
            matched += expected.isPresent() ? 1 : 0;
            assertThat(People.mastodonProfile(text, from)).as(shown(text, from)).isEqualTo(expected);
        }
        assertThat(matched).isBetween(RUNS / 200, RUNS - RUNS / 20);
    }

    @Test
    void peopleAreSeparatedByCommasAndOrAmpersands() {
        assertThat(People.separatorEnd("Ann, and Bob", 3)).isEqualTo(9);
        assertThat(People.separatorEnd("Ann ,Bob", 3)).isEqualTo(5);
        assertThat(People.separatorEnd("Ann,andy", 3)).as("and is no word here").isEqualTo(4);
        assertThat(People.separatorEnd("Ann  and\tBob", 3)).isEqualTo(9);
        assertThat(People.separatorEnd("Ann&Bob", 3)).isEqualTo(4);
        assertThat(People.separatorEnd("Ann and", 3)).isEqualTo(-1);
        assertThat(People.separatorEnd("Ann andy", 3)).isEqualTo(-1);
        assertThat(People.separatorEnd("Annand Bob", 3)).isEqualTo(-1);
        assertThat(People.separatorEnd("Ann And Bob", 3)).isEqualTo(-1);
        assertThat(People.separatorEnd("Ann\u00A0and Bob", 3)).isEqualTo(-1);
    }

    @Test
    void separatorsAreReadAsTheirPatternReadThem() {
        Pattern old = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)");
        int matched = compare(5, 6, old, new String[] {",", " and", " &"}, People::separatorEnd);
        assertThat(matched).isBetween(RUNS / 50, RUNS - RUNS / 20);
    }

    @Test
    void aListOfPeopleIsReadWithAffiliationsHandlesAndSeparators() {
        String text = "Ann Lee (Acme), Bob Ray of the Python Software Foundation and Cy (@cy@fosstodon.org) spoke";
        int[] end = new int[1];
        List<Person> people = People.at(text, List.of(), 0, Set.of(), end);
        assertThat(people).extracting(Person::name).containsExactly("Ann Lee", "Bob Ray", "Cy");
        assertThat(people.get(2).profileUrl()).contains("https://fosstodon.org/@cy");
        assertThat(people.get(0).profileUrl()).isEmpty();
        assertThat(text.substring(end[0])).as("the parenthesis is read as an affiliation").isEqualTo(" spoke");
    }

    @Test
    void aListStopsAtAWordThatIsNoName() {
        int[] end = new int[1];
        assertThat(People.at("Ann Lee and the team", List.of(), 0, Set.of(), end)).extracting(Person::name)
                .containsExactly("Ann Lee");
        assertThat(end[0]).isEqualTo(7);
        assertThat(People.at("the team and Ann", List.of(), 0, Set.of(), end)).isEmpty();
        assertThat(end[0]).isZero();
    }
}
