package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each scan gives what the anchored pattern it replaced gave, over many random texts made of the words and
 * characters that matter to it.
 */
class NameScanTest {

    private static final int RUNS = 20_000;

    private static String random(Random r, String[] pieces, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    private static final String[] OFFICE_PIECES = {"the ", "The ", "new ", "main ", "corporate ", "office", "offices",
        "Office ", "campus ", "hq ", "of ", "Acme", " ", "'s", "r", "Labs ", "premises ", "headquarters "};

    @Test
    void officesOfReadsWhatItsPatternRead() {
        Pattern old = Pattern.compile("(?i)^(?:the\\s+)?(?:new\\s+|main\\s+|corporate\\s+)?(?:offices?|premises|campus"
                + "|headquarters|hq)\\s+of\\s+(?:the\\s+)?");
        Random r = new Random(1);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, OFFICE_PIECES, 6);
            Matcher m = old.matcher(t);
            assertThat(NameScan.officesOf(t, 0)).as(t).isEqualTo(m.find() ? m.end() : -1);
        }
    }

    @Test
    void anOfficeAfterANameAndAtItsEndIsReadAsByItsPatterns() {
        Pattern after = Pattern.compile("(?i)^(?:'s)?\\s++(?:corporate\\s+|new\\s+|main\\s+)?(?:office|offices|campus"
                + "|premises)\\b");
        Pattern suffix = Pattern.compile("(?i)(?:'s)?\\s+(?:corporate\\s+|new\\s+|main\\s+)?(?:office|offices|campus"
                + "|premises|headquarters)$");
        Pattern next = Pattern.compile("(?is)^\\s+(?:office|offices|campus)\\b.*");
        Random r = new Random(2);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, OFFICE_PIECES, 5);
            Matcher m = after.matcher(t);
            assertThat(NameScan.officeAfter(t)).as(t).isEqualTo(m.find() ? m.end() : -1);
            assertThat(NameScan.withoutOffice(t)).as(t).isEqualTo(suffix.matcher(t).replaceAll(""));
            assertThat(NameScan.officeNext(t, 0)).as(t).isEqualTo(next.matcher(t).matches());
        }
    }

    @Test
    void adjectivesBeforeANameAreSkippedAsByTheirPattern() {
        Pattern old = Pattern.compile("^(?:[a-z]+\\s+){1,2}(?=[\\p{Lu}\\[])");
        Pattern joiner = Pattern.compile("(?i).*\\b(and|or|of|with|for|to|from|by)\\b.*");
        String[] pieces = {"vibrant ", "new ", "and ", "Acme", "[", " ", "x", "of ", "Hall"};
        Random r = new Random(3);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, pieces, 5);
            Matcher m = old.matcher(t);
            int expected = m.find() && !joiner.matcher(m.group().strip()).matches() ? m.end() : 0;
            assertThat(NameScan.skipAdjectives(t, 0)).as(t).isEqualTo(expected);
        }
    }

    @Test
    void aPlaceAfterAVenueIsReadAsByItsPattern() {
        Pattern old = Pattern.compile("^(?:,\\s*|\\s+in\\s+)(?<place>[\\p{Lu}][\\p{L}\\d .'-]*?)"
                + "(?=$|[,.;:!?(]|(?<!\\s)\\s++(?:on|at|and|with|for|from|to|where|which|by)\\b)");
        String[] pieces = {", ", " in ", "Pune", "New", " ", "on", " at", "and", "x", ".", "!", "&", "4", "(", "'",
            "tonight"};
        Random r = new Random(4);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, pieces, 6);
            Matcher m = old.matcher(t);
            int[] now = NameScan.placeAfter(t);
            if (m.find()) {
                assertThat(now).as(t).containsExactly(m.start("place"), m.end("place"));
            } else {
                assertThat(now).as(t).isNull();
            }
        }
    }

    @Test
    void theVerbBeforeInIsReadAsByItsPatterns() {
        Pattern verb = Pattern.compile("(?s).*\\b(?:was|is|were|held|happened|took place|takes place|hosted|meetup"
                + "|meet-up|event|attended)\\s*$");
        Pattern verbDate = Pattern.compile("(?s).*\\b(?:held|happened|took place|takes place|will be)\\s+(?:on|at)\\s+"
                + "[\\w\\s,:.]{1,30}$");
        String[] pieces = {"held ", "was", " on ", "at ", "march ", "5", ", ", "2022 ", "took place", "x", "event",
            "-", "will be", "  ", "é", ";", "this"};
        Random r = new Random(5);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, pieces, 8);
            assertThat(NameScan.endsWithVerb(t)).as(t).isEqualTo(verb.matcher(t).matches());
            assertThat(NameScan.endsWithVerbAndDate(t)).as(t).isEqualTo(verbDate.matcher(t).matches());
        }
    }

    @Test
    void aNameBeforeAnOfficeIsReadAsByItsPattern() {
        Pattern old = Pattern.compile("(?is)^(?:the\\s+)?[\\p{L}\\d&.'-]+(?:\\s+[\\p{Lu}][\\p{L}\\d&.'-]*){0,3}"
                + "(?:'s)?\\s+(?:office|offices|campus|premises)\\b.*");
        String[] pieces = {"the ", "Acme", "'s", " ", "labs", "Big", " office", " offices", "campus", "x", ",", "1"};
        Random r = new Random(6);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, pieces, 7);
            assertThat(NameScan.nameThenOffice(t, 0)).as(t).isEqualTo(old.matcher(t).matches());
        }
    }

    @Test
    void partsBetweenCommasAndWordsAreCutAsBySplit() {
        Pattern comma = Pattern.compile("(?:(?<!\\s)\\s++)?,\\s*+");
        Pattern spaces = Pattern.compile("\\s+");
        String[] pieces = {",", " ", "a", "b c", "\t", ", "};
        Random r = new Random(7);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, pieces, 7);
            assertThat(NameScan.commaParts(t)).as(t).isEqualTo(Arrays.asList(comma.split(t)));
            if (!t.isEmpty()) {
                assertThat(NameScan.words(t)).as(t).isEqualTo(Arrays.asList(spaces.split(t)));
            }
        }
    }

    @Test
    void anAddressInParenthesesAndAPersonOfAnOrganisationAreReadAsByTheirPatterns() {
        Pattern paren = Pattern.compile("^\\s*+\\((?<address>[^()]{3,120})\\)");
        Pattern personOf = Pattern.compile("^(?<person>.+?)\\s++of\\s++(?<org>\\S.*)$");
        String[] pieces = {"(", ")", " ", "12 Main St", ",", "of", "Ana", "Acme", "x"};
        Random r = new Random(8);
        for (int i = 0; i < RUNS; i++) {
            String t = random(r, pieces, 7);
            Matcher m = paren.matcher(t);
            int[] now = NameScan.parenthesis(t);
            if (m.find()) {
                assertThat(now).as(t).containsExactly(m.start("address"), m.end("address"));
            } else {
                assertThat(now).as(t).isNull();
            }
            Matcher p = personOf.matcher(t);
            String[] person = NameScan.personOf(t);
            if (p.matches()) {
                assertThat(person).as(t).containsExactly(p.group("person"), p.group("org"));
            } else {
                assertThat(person).as(t).isNull();
            }
        }
        assertThat(List.of(NameScan.addressLike("12 Main St"), NameScan.addressLike("Main St, Pune"),
                NameScan.addressLike("near the station"))).containsExactly(true, true, false);
    }
}
