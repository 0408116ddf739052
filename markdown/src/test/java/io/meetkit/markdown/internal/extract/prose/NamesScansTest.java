package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans that replaced Names' patterns and splits: examples of what each reads and does not read, and a
 * comparison with the pattern it replaced (kept here as the oracle) over many random texts made of the characters
 * and words that matter to it.
 */
class NamesScansTest {

    private static final int RUNS = 40_000;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d]+");
    private static final Pattern HANDLE_IN_PARENS = Pattern.compile("\\(@[^)]*+\\)");
    private static final Pattern PARENS_AT_END = Pattern.compile("(?:(?<!\\s)\\s++)?\\((?:[^()]*+)\\)\\s*+$");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\d.'’()@-]*");

    /**
     * Name words of several cases and scripts (a title-case letter, letters outside the BMP, lone surrogates, a
     * circled capital that is no letter, a non-ASCII digit), the punctuation the patterns name, honorifics, and white
     * space that {@code \s} reads (ASCII) and does not read (no-break, em, ogham, next-line and line separators,
     * some of them stripped by {@code strip()} and some not).
     */
    private static final String[] PIECES = {"Ann", "lee", "de", "Van", "The", "talk", "Nvidia's", "O’Neil", "Mr",
        "Mrs", "Dr", "Prof", "Ms", ".", "(", ")", "(Ali)", "(@ann)", "@", "'", "’", "-", ",", "&", "_", "1", "٣",
        "É", "é", "ǅ", "Σ", "Дж", "中", "ʰ", "\uD835\uDC00", "\uD835\uDC1A", "\uD801\uDC00", "\uD835", "\uDC00", "Ⓐ",
        "and", "from", "of", "the", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\r", "\u00A0", "\u2003",
        "\u1680", "\u0085", "\u2028", "\u2029"};

    private static String random(Random random, int most) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(most + 1); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static String shown(String text) {
        return PeopleScansTest.shown(text, 0);
    }

    /** What {@code isPersonName} was: the split and the token pattern, then the checks of each word alone. */
    private static boolean oldIsPersonName(String text, Set<String> stop) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 60) {
            return false;
        }
        String[] words = SPACES.split(t);
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            // A word the token pattern matched holds no white space, so isPersonName of it alone is the word checks.
            if (!TOKEN.matcher(w).matches() || !Names.isPersonName(w, stop)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aNameIsOneToFourCapitalisedWordsOfLettersAndAFewMarks() {
        Set<String> none = Set.of();
        assertThat(Names.isPersonName("Ann Lee", none)).isTrue();
        assertThat(Names.isPersonName("  Abdeali(Ali)\tKothari ", none)).isTrue();
        assertThat(Names.isPersonName("Guido van Rossum", none)).isTrue();
        assertThat(Names.isPersonName("Ann B. O’Neil-Smith", none)).isTrue();
        assertThat(Names.isPersonName("Ann Lee Bob Ray Cy", none)).isFalse();
        assertThat(Names.isPersonName("Ann\u00A0Lee", none)).as("a no-break space joins one word").isFalse();
        assertThat(Names.isPersonName("Ann Nvidia's", none)).isFalse();
        assertThat(Names.isPersonName("Ann 1Lee", none)).isFalse();
        assertThat(Names.isPersonName("Ann Lee!", none)).isFalse();
        assertThat(Names.isPersonName("Ann Team", none)).isFalse();
        assertThat(Names.isPersonName("Ann Lee", Set.of("lee"))).isFalse();
        assertThat(Names.isPersonName(" ", none)).isFalse();
        assertThat(Names.isPersonName("Calgary", none)).as("a place alone").isFalse();
        assertThat(Names.isPersonName("Ann Calgary", none)).isTrue();
        assertThat(Names.isPersonName("Ann Lee Bob Ray Cy Dee Eve Fay Gus Hal", none)).isFalse();
    }

    @Test
    void aTokenIsALetterThenLettersDigitsAndAFewMarks() {
        assertThat(Names.isToken("Ann")).isTrue();
        assertThat(Names.isToken("a1.b'c’d(e)@f-g")).isTrue();
        assertThat(Names.isToken("\uD835\uDC00\uD835\uDC1A")).isTrue();
        assertThat(Names.isToken("1Ann")).isFalse();
        assertThat(Names.isToken("(Ann)")).isFalse();
        assertThat(Names.isToken("Ann٣")).as("\\d is ASCII").isFalse();
        assertThat(Names.isToken("Ann_Lee")).isFalse();
        assertThat(Names.isToken("\uD835")).isFalse();
        assertThat(Names.isToken("")).isFalse();
    }

    @Test
    void tokensAndWordsAreReadAsThePatternAndSplitReadThem() {
        Random random = new Random(21);
        int tokens = 0;
        for (int i = 0; i < RUNS; i++) {
            String text = random(random, 4);
            boolean token = TOKEN.matcher(text).matches();
            tokens += token ? 1 : 0;
            assertThat(Names.isToken(text)).as(shown(text)).isEqualTo(token);
            if (!text.isEmpty()) {
                assertThat(NameScan.words(text)).as(shown(text)).isEqualTo(Arrays.asList(SPACES.split(text)));
            }
        }
        assertThat(tokens).isBetween(RUNS / 50, RUNS - RUNS / 20);
    }

    @Test
    void namesAreRecognisedAsTheSplitAndTokenPatternRecognisedThem() {
        String[] words = {"Ann", "Lee", "van", "de", "The", "talk", "Nvidia's", "O’Neil", "Abdeali(Ali)", "A.",
            "\uD835\uDC00b", "Élodie", "Ⓐnn", "ǅemal", "ann", "1", "Ann_", "Ann٣", "Ann-2", "x@y"};
        String[] gaps = {" ", " ", "  ", "\t", "\n", "\u00A0", "\u2003", "\u0085", "\u2028", ""};
        Set<String> stop = Set.of("lee");
        Random random = new Random(22);
        int names = 0;
        for (int i = 0; i < RUNS; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(6); w >= 0; w--) {
                b.append(gaps[random.nextInt(gaps.length)]).append(words[random.nextInt(words.length)]);
            }
            if (random.nextBoolean()) {
                b.append(gaps[random.nextInt(gaps.length)]);
            }
            String text = b.toString();
            boolean name = oldIsPersonName(text, stop);
            names += name ? 1 : 0;
            assertThat(Names.isPersonName(text, stop)).as(shown(text)).isEqualTo(name);
        }
        assertThat(names).isBetween(RUNS / 50, RUNS - RUNS / 20);
    }

    @Test
    void theTokensOfANameAreItsRunsOfLettersAndDigitsInLowerCase() {
        assertThat(Names.tokens("Abdeali(Ali) Kothari")).containsExactly("abdeali", "ali", "kothari");
        assertThat(Names.tokens("  Anand C. ")).containsExactly("anand", "c");
        assertThat(Names.tokens("R2-D2_x")).containsExactly("r2", "d2", "x");
        assertThat(Names.tokens("\uD835\uDC00\uD835\uDC1A")).containsExactly("\uD835\uDC00\uD835\uDC1A");
        assertThat(Names.tokens("-- ٣ --")).isEmpty();
        assertThat(Names.samePerson("Ali", "Abdeali(Ali) Kothari")).isTrue();
        assertThat(Names.samePerson("Anand C", "Anand Chitipothu")).isTrue();
        assertThat(Names.samePerson("Anand C", "Ann Chitipothu")).isFalse();
    }

    @Test
    void tokensAreCutAsTheSplitCutThem() {
        Random random = new Random(23);
        for (int i = 0; i < RUNS; i++) {
            String text = random(random, 6);
            List<String> expected = new ArrayList<>();
            for (String t : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
                if (!t.isEmpty()) {
                    expected.add(t);
                }
            }
            assertThat(Names.tokens(text)).as(shown(text)).isEqualTo(expected);
        }
    }

    @Test
    void handlesInParenthesesAreCut() {
        assertThat(Names.withoutHandles("Ann (@ann) Lee (@lee)")).isEqualTo("Ann  Lee ");
        assertThat(Names.withoutHandles("Ann (@ann@x.org (Acme)")).isEqualTo("Ann ");
        assertThat(Names.withoutHandles("Ann (@)")).isEqualTo("Ann ");
        assertThat(Names.withoutHandles("Ann (@ann")).isEqualTo("Ann (@ann");
        assertThat(Names.withoutHandles("Ann ( @ann)")).isEqualTo("Ann ( @ann)");
    }

    @Test
    void aLastParenthesisIsCutWithTheWhiteSpaceAroundIt() {
        assertThat(Names.withoutParenthesisAtEnd("Ann Lee (Acme) ")).isEqualTo("Ann Lee");
        assertThat(Names.withoutParenthesisAtEnd("Ann Lee(Acme)\r\n")).isEqualTo("Ann Lee");
        assertThat(Names.withoutParenthesisAtEnd("Ann (Acme)\u2028")).isEqualTo("Ann\u2028");
        assertThat(Names.withoutParenthesisAtEnd("Ann (Acme)\u2028\u2028")).isEqualTo("Ann (Acme)\u2028\u2028");
        assertThat(Names.withoutParenthesisAtEnd("Ann\u00A0(Acme)")).isEqualTo("Ann\u00A0");
        assertThat(Names.withoutParenthesisAtEnd("Ann (A (B))")).isEqualTo("Ann (A (B))");
        assertThat(Names.withoutParenthesisAtEnd("Ann (A) Lee")).isEqualTo("Ann (A) Lee");
        assertThat(Names.withoutParenthesisAtEnd("(Acme)")).isEmpty();
    }

    @Test
    void anHonorificIsCutFromTheStart() {
        assertThat(Names.withoutHonorific("Dr. Ann Lee")).isEqualTo("Ann Lee");
        assertThat(Names.withoutHonorific("Mrs  Ann")).isEqualTo("Ann");
        assertThat(Names.withoutHonorific("Prof.\tAnn")).isEqualTo("Ann");
        assertThat(Names.withoutHonorific("Mrs.Ann")).isEqualTo("Mrs.Ann");
        assertThat(Names.withoutHonorific("Drew Lee")).isEqualTo("Drew Lee");
        assertThat(Names.withoutHonorific("dr. Ann")).isEqualTo("dr. Ann");
        assertThat(Names.withoutHonorific("Mr.\u00A0Ann")).isEqualTo("Mr.\u00A0Ann");
    }

    @Test
    void cleaningANameCutsHandlesAParenthesisAnHonorificAndTrailingMarks() {
        assertThat(Names.clean("Dr. Ann Lee (@ann) (Acme) ")).isEqualTo("Ann Lee");
        assertThat(Names.clean("Prof Ann O’Neil’")).isEqualTo("Ann O’Neil");
        assertThat(Names.clean("(Acme)")).isEqualTo("(Acme)");
        assertThat(Names.clean(" ... ")).isEqualTo("...");
    }

    @Test
    void cleaningReadsAsThePatternsRead() {
        Random random = new Random(24);
        int[] changed = new int[3];
        for (int i = 0; i < RUNS; i++) {
            String text = (random.nextInt(3) == 0 ? "Mr" : "") + random(random, 7);
            String handles = HANDLE_IN_PARENS.matcher(text).replaceAll("");
            String parenthesis = PARENS_AT_END.matcher(text).replaceAll("");
            String honorific = HONORIFIC.matcher(text).replaceFirst("");
            changed[0] += handles.equals(text) ? 0 : 1;
            changed[1] += parenthesis.equals(text) ? 0 : 1;
            changed[2] += honorific.equals(text) ? 0 : 1;
            assertThat(Names.withoutHandles(text)).as(shown(text)).isEqualTo(handles);
            assertThat(Names.withoutParenthesisAtEnd(text)).as(shown(text)).isEqualTo(parenthesis);
            assertThat(Names.withoutHonorific(text)).as(shown(text)).isEqualTo(honorific);
            String old = Trim.end(HONORIFIC.matcher(PARENS_AT_END.matcher(handles).replaceAll("")).replaceFirst(""),
                    ",.;:!?'’-", true, false).strip();
            assertThat(Names.clean(text)).as(shown(text)).isEqualTo(old.isEmpty() ? text.strip() : old);
        }
        for (int n : changed) {
            assertThat(n).isBetween(RUNS / 100, RUNS - RUNS / 20);
        }
    }

    @Test
    void aParenthesisAtTheEndIsCutAsItsPatternCutIt() {
        // Texts that end in a parenthesis more often than random ones, with every white space before and after.
        String[] pieces = {"(", ")", "Acme", " ", "  ", "\t", "\r\n", "\n", "\u00A0", "\u0085", "\u2028", "\u2029",
            "x", "\uD835\uDC00"};
        Random random = new Random(25);
        int cut = 0;
        for (int i = 0; i < RUNS; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            String expected = PARENS_AT_END.matcher(text).replaceAll("");
            cut += expected.equals(text) ? 0 : 1;
            assertThat(Names.withoutParenthesisAtEnd(text)).as(shown(text)).isEqualTo(expected);
        }
        assertThat(cut).isBetween(RUNS / 50, RUNS - RUNS / 20);
    }

    @Test
    void aProfileIsOnePathPartOnMostSitesAndInSlashNameOnLinkedIn() {
        assertThat(Names.isProfileUrl("https://twitter.com/ann")).isTrue();
        assertThat(Names.isProfileUrl("https://github.com/ann/")).isTrue();
        assertThat(Names.isProfileUrl("https://github.com/ann/repo")).isFalse();
        assertThat(Names.isProfileUrl("https://github.com//ann")).isFalse();
        assertThat(Names.isProfileUrl("https://twitter.com/search")).isFalse();
        assertThat(Names.isProfileUrl("https://www.linkedin.com/in/ann-lee")).isTrue();
        assertThat(Names.isProfileUrl("https://www.linkedin.com/company/acme")).isFalse();
        assertThat(Names.isProfileUrl("https://www.instagram.com/ann")).isTrue();
        assertThat(Names.isProfileUrl("https://example.com/ann")).isFalse();
    }

    @Test
    void pathPartsAreCutAsTheSplitCutThem() {
        Random random = new Random(26);
        String alphabet = "a/b ";
        for (int i = 0; i < RUNS; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String path = b.toString();
            assertThat(CharSplit.of(path, '/')).as(shown(path)).isEqualTo(Arrays.asList(path.split("/")));
        }
    }
}
