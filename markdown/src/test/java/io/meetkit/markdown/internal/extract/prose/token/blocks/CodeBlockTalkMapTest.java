package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CodeBlockTalkMapTest {

    private static List<TalkCandidate> read(String markdown) {
        return CodeBlockTalkMap.read(Prose.blocks(markdown), Prose.CONTEXT);
    }

    @Test
    void aTalksDictionaryGivesOneTalkPerNameAndTitle() {
        List<TalkCandidate> c = read("""
                A few lightning talks tonight:

                ```python
                talks = {
                    "Ines Moreau": "Streaming joins: a field guide",
                    "Tomas Berg": "Why my tests take 'forever'",
                }
                ```
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ines Moreau"), List.of("Tomas Berg"));
        assertThat(c).extracting(t -> t.title().orElseThrow())
                .containsExactly("Streaming joins: a field guide", "Why my tests take 'forever'");
        assertThat(c).extracting(TalkCandidate::kind).containsOnly(TalkKind.LIGHTNING);
    }

    @Test
    void aLineupWithTitlesFirstIsReadTheOtherWayRound() {
        List<TalkCandidate> c = read("""
                ```js
                const lineup = {
                  "Streaming joins": "Ines Moreau",
                };
                ```
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ines Moreau"));
        assertThat(c.get(0).title()).contains("Streaming joins");
        assertThat(c.get(0).kind()).isEqualTo(TalkKind.TALK);
    }

    @Test
    void codeThatNamesNoTalksOrPairsWithoutAPersonGiveNothing() {
        assertThat(read("""
                ```python
                config = {
                    "Ines Moreau": "admin",
                }
                ```
                """)).isEmpty();
        assertThat(read("""
                ```python
                talks = {
                    "streaming": "joins",
                }
                ```
                """)).isEmpty();
    }

    private static final int RUNS = 30_000;

    private static String random(Random r, String[] pieces, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(max + 1); n > 0; n--) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    @Test
    void aQuotedPairIsReadAsItsPatternReadIt() {
        Pattern old = Pattern.compile(
                "\\s*+([\"'])([^\"'\\n]{1,80})\\1\\s*+(?::|=>|=)\\s*+([\"'])([^\\n]{1,200}?)\\3\\s*+,?\\s*+");
        // Quotes of both kinds, the three signs and their pieces, white space that \s knows and one it does not, a
        // line break, a letter beyond the BMP (one code point, two chars) and runs near the length limits.
        String[] side = {"Ann Lee", "x", "'", "\"", " ", "\t", "\n", "\r", "\u00A0", "\uD835\uDC00", "\uD835", ",",
            "k".repeat(39), "k".repeat(40), "m".repeat(41), "\uD835\uDC00".repeat(20), "v".repeat(99), ":"};
        String[] signs = {":", "=>", "=", " = ", ">", "", " :\t", "=="};
        String[] tails = {"", ",", " ,", ", ", ",,", " ", "\"", "x", "\n", "\r\n"};
        Random r = new Random(51);
        for (int i = 0; i < RUNS; i++) {
            String t;
            if (r.nextInt(4) == 0) {
                t = random(r, side, 8);
            } else {
                String q1 = r.nextBoolean() ? "\"" : "'";
                String q2 = r.nextInt(3) == 0 ? q1.equals("'") ? "\"" : "'" : q1;
                t = random(r, new String[] {" ", "\t", ""}, 2) + q1 + random(r, side, 4) + q1
                        + signs[r.nextInt(signs.length)] + q2 + random(r, side, 6) + q2
                        + tails[r.nextInt(tails.length)];
            }
            Matcher m = old.matcher(t);
            Optional<CodeBlockTalkMap.Quoted> expected = m.matches()
                    ? Optional.of(new CodeBlockTalkMap.Quoted(m.group(2), m.group(4))) : Optional.empty();
            assertThat(CodeBlockTalkMap.quotedPair(t)).as(t).isEqualTo(expected);
        }
    }

    @Test
    void lettersAreCutFromOtherCharactersAsByTheirSplit() {
        Pattern old = Pattern.compile("[^\\p{L}]+");
        // Letters in and beyond the BMP, a mark and a digit (not letters), an emoji (a non-letter beyond the BMP) and
        // lone surrogates.
        String[] pieces = {"talks", "é", "\u0301", "1", " ", "=", "{", "\uD835\uDC00", "\uD83D\uDE00", "\uD835",
            "\uDC00", "x"};
        Random r = new Random(52);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, pieces, 7);
            assertThat(CodeBlockTalkMap.letterRuns(t)).as(t).isEqualTo(Arrays.asList(old.split(t)));
        }
    }
}
