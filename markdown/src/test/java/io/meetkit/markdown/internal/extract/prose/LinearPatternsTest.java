package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.TalkDraft.Person;
import io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The patterns and hand-written scans that replaced backtracking patterns: each reads a 100,000-character crafted
 * input without a stack overflow (these inputs are longer than any window, so the pattern itself must be safe),
 * and each replacement gives what the pattern it replaced gave, over many random texts of the characters that
 * matter to it.
 */
class LinearPatternsTest {

    private static final int LONG = 100_000;

    @Test
    void anAffiliationOfManyCapitalisedWordsIsReadWithoutAStackOverflow() {
        String text = "Ann Lee of " + "Acme ".repeat(LONG / 5) + "Labs";
        int[] end = new int[1];
        List<Person> people = People.at(text, List.of(), 0, Set.of(), end);
        assertThat(people).extracting(Person::name).containsExactly("Ann Lee");
        assertThat(end[0]).isEqualTo(text.length());
    }

    @Test
    void aMastodonHandleWithManyDotsIsReadWithoutAStackOverflow() {
        String host = "b." .repeat(LONG / 2) + "c";
        String text = "Ann Lee (@ann@" + host + ")";
        List<Person> people = People.at(text, List.of(), 0, Set.of(), new int[1]);
        assertThat(people).singleElement().extracting(Person::profileUrl)
                .isEqualTo(Optional.of("https://" + host + "/@ann"));
    }

    @Test
    void aTitleOfManyOrdinalsIsReadWithoutAStackOverflow() {
        assertThat(TalkFinder.cleanTitle("first ".repeat(LONG / 6) + "talk")).isNull();
        assertThat(TalkFinder.cleanTitle("the next lightning talk")).isNull();
        assertThat(TalkFinder.cleanTitle("one more talk")).isNull();
        assertThat(TalkFinder.cleanTitle("first steps in Rust")).isEqualTo("first steps in Rust");
    }

    @Test
    void titleAndParenthesisReadsWhatTheLazyPatternRead() {
        Pattern old = Pattern.compile("^(?<title>.+?)\\s*\\((?<who>[^()]+)\\)$");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, "a( )\n\t-", 12);
            Matcher m = old.matcher(text);
            String[] now = AgendaItems.titleAndParenthesis(text);
            if (m.matches()) {
                assertThat(now).as(text).containsExactly(m.group("title"), m.group("who"));
            } else {
                assertThat(now).as(text).isNull();
            }
        }
        assertThat(AgendaItems.titleAndParenthesis("Scaling" + " ".repeat(LONG) + "(Ann Lee)"))
                .containsExactly("Scaling", "Ann Lee");
    }

    @Test
    void trimmingAnEndReadsWhatTheTrailingPatternsRead() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, "a.1 -,'*/", 10);
            assertThat(Trim.end(text, ".-", true, true)).as(text).isEqualTo(text.replaceAll("[.\\d\\s-]+$", ""));
            assertThat(Trim.end(text, "*_", false, false)).as(text).isEqualTo(text.replaceAll("[*_]+$", ""));
            assertThat(Trim.end(text, ",:;.", true, false)).as(text).isEqualTo(text.replaceAll("[\\s,:;.]+$", ""));
            assertThat(Trim.end(text, "/", false, false)).as(text).isEqualTo(text.replaceAll("/+$", ""));
            assertThat(Trim.start(text, "'*")).as(text).isEqualTo(text.replaceAll("^['*]+", ""));
        }
        assertThat(Trim.end("a" + " ".repeat(LONG) + "b", ",", true, false)).hasSize(LONG + 2);
    }

    @Test
    void cleaningANameReadsWhatTheChainOfPatternsRead() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            String name = random(random, "A b()@ ,.-", 12);
            String old = name.replaceAll("\\(@[^)]*\\)", "").replaceAll("\\s*\\((?:[^()]*)\\)\\s*$", "")
                    .replaceAll("^(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+", "").replaceAll("[\\s,.;:!?'’-]+$", "").strip();
            assertThat(Names.clean(name)).as(name).isEqualTo(old.isEmpty() ? name.strip() : old);
        }
        assertThat(Names.clean("Ann" + " ".repeat(LONG) + "x (Acme)")).isEqualTo("Ann" + " ".repeat(LONG) + "x");
    }

    @Test
    void aSentenceLongerThanAWindowIsReadInWindowSizedPieces() {
        String text = ("word ".repeat(1_000) + "\n").repeat(20);
        ProseBlock block = new ProseBlock(ProseBlock.Kind.PARAGRAPH, 0, text, 1, List.of(), -1, "", "",
                Optional.empty());
        List<Sentence> sentences = Sentence.split(block);
        assertThat(sentences).allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(Window.SENTENCE_CHARS));
        assertThat(sentences.stream().mapToInt(s -> s.text().replace(" ", "").length()).sum())
                .isEqualTo(text.replace(" ", "").replace("\n", "").length());
        assertThat(sentences.get(sentences.size() - 1).line()).isEqualTo(20);
    }

    private static String random(Random random, String alphabet, int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
