package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The small scans that replaced TalkFinder's anchored patterns: examples of what each reads and does not read, and
 * a comparison with the pattern it replaced over random texts of the characters that matter to it.
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
    void anOpeningPossessiveIsDroppedFromATitle() {
        assertThat(TalkFinder.withoutPossessive("her work on caching")).isEqualTo("work on caching");
        assertThat(TalkFinder.withoutPossessive("THEIR  tools")).isEqualTo("tools");
        assertThat(TalkFinder.withoutPossessive("heroes of caching")).isEqualTo("heroes of caching");
        assertThat(TalkFinder.withoutPossessive("his")).isEqualTo("his");
    }

    @Test
    void titlesAreComparedByTheirLettersAndDigits() {
        assertThat(TalkFinder.comparable("“caching” — at the edge, 2.0!")).isEqualTo("caching at the edge 2 0");
        assertThat(TalkFinder.comparable("...")).isEmpty();
    }

    @Test
    void wordsAreCountedAsSplittingOnWhiteSpaceCountsThem() {
        assertThat(TalkFinder.splitCount("one")).isEqualTo(1);
        assertThat(TalkFinder.splitCount(" one two ")).isEqualTo(3);
        assertThat(TalkFinder.splitCount("  ")).isZero();
    }

    @Test
    void theScansReadWhatThePatternsRead() {
        Pattern possessive = Pattern.compile("^(?i)(?:his|her|their)\\s+");
        Pattern notWord = Pattern.compile("[^\\p{L}\\d]+");
        Pattern spaces = Pattern.compile("\\s+");
        String[] words = {"Ann", "his", "HER", "their", "hers", "@ann", "http://x", "https", "a.b", "Ünal", "7",
                "x".repeat(12), "\uD835\uDC00", "\u0131s", "—"};
        Random random = new Random(41);
        for (int i = 0; i < 30_000; i++) {
            String t = random(random, words, 6);
            assertThat(TalkFinder.withoutPossessive(t)).as(t).isEqualTo(possessive.matcher(t).replaceFirst(""));
            assertThat(TalkFinder.comparable(t)).as(t).isEqualTo(notWord.matcher(t).replaceAll(" ").strip());
            assertThat(TalkFinder.splitCount(t)).as(t).isEqualTo(spaces.split(t).length);
            assertThat(TalkFinder.hasPatternSpace(t.strip())).as(t).isEqualTo(spaces.split(t.strip()).length >= 2);
        }
    }
    @Test
    void anOrdinalTalkThatWasAboutSomethingIsARunOfWords() {
        assertThat(TalkFinder.wordRun("The first talk was about caching.", TalkFinder.ORDINAL_ONE_WAS_ABOUT)).isTrue();
        assertThat(TalkFinder.wordRun("One more   session is on\nRust", TalkFinder.ORDINAL_ONE_WAS_ABOUT)).isTrue();
        assertThat(TalkFinder.wordRun("The first talk was great.", TalkFinder.ORDINAL_ONE_WAS_ABOUT)).isFalse();
        assertThat(TalkFinder.wordRun("The firsttalk was about x", TalkFinder.ORDINAL_ONE_WAS_ABOUT)).isFalse();
        assertThat(TalkFinder.wordRun("Our next one is online", TalkFinder.ORDINAL_ONE_WAS_ABOUT)).isFalse();
        assertThat(TalkFinder.wordRun("Someone was about to", TalkFinder.ONE_WAS_ABOUT)).isFalse();
        assertThat(TalkFinder.wordRun("That one was around graphs", TalkFinder.ONE_WAS_ABOUT)).isTrue();
    }

    @Test
    void aSessionNounRightAfterAPhraseNamesTheSession() {
        assertThat(TalkFinder.namedSessionAt("our **Intro to Go** workshop on", 19)).isTrue();
        assertThat(TalkFinder.namedSessionAt("\"Go\" talk", 4)).isTrue();
        assertThat(TalkFinder.namedSessionAt("**Go** talks", 6)).isFalse();
        assertThat(TalkFinder.namedSessionAt("**Go** then a talk", 6)).isFalse();
    }

    @Test
    void aTalkAboutOpeningIsDroppedFromAWasTitle() {
        assertThat(TalkFinder.withoutTalkAbout("a lightning talk about Rust macros")).isEqualTo("Rust macros");
        assertThat(TalkFinder.withoutTalkAbout("Talk on   caching")).isEqualTo("caching");
        assertThat(TalkFinder.withoutTalkAbout("talks about caching")).isEqualTo("talks about caching");
        assertThat(TalkFinder.withoutTalkAbout("a talk")).isEqualTo("a talk");
    }

    @Test
    void wordsThatOnlySayATalkWasGivenAreNoTitle() {
        assertThat(TalkFinder.notAWasTitle("presented")).isTrue();
        assertThat(TalkFinder.notAWasTitle("another session")).isTrue();
        assertThat(TalkFinder.notAWasTitle("one more talk")).isTrue();
        assertThat(TalkFinder.notAWasTitle("Caching at the edge")).isFalse();
        assertThat(TalkFinder.notAWasTitle("a short talk")).isFalse();
    }

    @Test
    void aLinkedTitleFollowsAboutOnOrTalk() {
        assertThat(TalkFinder.endsWithAboutWord("she spoke about ")).isTrue();
        assertThat(TalkFinder.endsWithAboutWord("gave a talk\n")).isTrue();
        assertThat(TalkFinder.endsWithAboutWord("see the button ")).isFalse();
        assertThat(TalkFinder.endsWithAboutWord("spoke about")).isFalse();
    }

    @Test
    void theWordRunsReadWhatThePatternsRead() {
        Pattern ordinalOne = Pattern.compile("(?is)\\b(?:one more|another|next|first|second|third|fourth|fifth|last"
                + "|final)\\s+(?:talk|session|one|presentation)\\s+(?:was|is)\\s+(?:about|around|on)\\b");
        Pattern one = Pattern.compile("(?is)\\bone\\s+(?:was|is)\\s+(?:about|around|on)\\b");
        Pattern named = Pattern.compile("(?i)^[\"”’]?\\s*(?:workshop|talk|session|tutorial|keynote|presentation)\\b");
        Pattern talkAbout = Pattern.compile("(?i)^(?:a\\s+)?(?:lightning|flash|lighting)?\\s*talk\\s+(?:about|on)\\s+");
        Pattern notTitle = Pattern.compile("(?i)^(?:presented|delivered|given|conducted"
                + "|(?:an?|the|another|one more|\\w+)?\\s*(?:talk|session|presentation|workshop|one))$");
        Pattern endsAbout = Pattern.compile("(?s).*\\b(about|on|discussing|into|talk|gave|presented)\\s+$");
        String[] words = {"one", "One more", "one more", "another", "FIRST", "talk", "talks", "session", "was", "is",
                "about", "on", "ON", "around", "a", "A", "lightning", "flash", "lighting", "presented", "given",
                "\"", "”", "’", "x", "é", "\uD835\uDC00", "_", "workshop", "keynote", "into", "gave", "ıs"};
        Random random = new Random(43);
        for (int i = 0; i < 40_000; i++) {
            String t = random(random, words, 5);
            int from = random.nextInt(t.length() + 1);
            assertThat(TalkFinder.wordRun(t, TalkFinder.ORDINAL_ONE_WAS_ABOUT)).as(t)
                    .isEqualTo(ordinalOne.matcher(t).find());
            assertThat(TalkFinder.wordRun(t, TalkFinder.ONE_WAS_ABOUT)).as(t).isEqualTo(one.matcher(t).find());
            assertThat(TalkFinder.namedSessionAt(t, from)).as(t)
                    .isEqualTo(named.matcher(t.substring(from)).find());
            assertThat(TalkFinder.withoutTalkAbout(t)).as(t).isEqualTo(talkAbout.matcher(t).replaceFirst(""));
            assertThat(TalkFinder.notAWasTitle(t)).as(t).isEqualTo(notTitle.matcher(t).matches());
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            assertThat(TalkFinder.endsWithAboutWord(lower)).as(t).isEqualTo(endsAbout.matcher(lower).matches());
        }
        // Few words, so that whole runs come up often: the comparison must see both answers.
        String[] runWords = {"first", "One more", "one", "talk", "was", "IS", "about", "on", "xon"};
        int found = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(6); w >= 0; w--) {
                text.append(runWords[random.nextInt(runWords.length)]).append(random.nextInt(6) == 0 ? "," : " ");
            }
            String t = text.toString();
            boolean expected = ordinalOne.matcher(t).find();
            found += expected ? 1 : 0;
            assertThat(TalkFinder.wordRun(t, TalkFinder.ORDINAL_ONE_WAS_ABOUT)).as(t).isEqualTo(expected);
            assertThat(TalkFinder.wordRun(t, TalkFinder.ONE_WAS_ABOUT)).as(t).isEqualTo(one.matcher(t).find());
        }
        assertThat(found).isBetween(50, 39_950);
    }

    @Test
    void aTitleFollowsTitledOrTheTalk() {
        String text = "a talk titled: Caching";
        assertThat(TalkFinder.titledEnd(text)).isEqualTo(text.indexOf("a talk") + 7);
        text = "It was entitled, Caching";
        assertThat(TalkFinder.titledEnd(text)).isEqualTo(text.indexOf("Caching"));
        assertThat(TalkFinder.titledEnd("retitled nothing")).isEqualTo(-1);
    }

    @Test
    void wasAndAboutAreFoundOneAfterAnother() {
        String text = "The talk was about caching and next up is on Rust";
        int[] was = TalkFinder.nextWas(text, 0);
        assertThat(text.substring(was[1])).startsWith("caching");
        assertThat(text.substring(TalkFinder.nextWas(text, was[1])[1])).isEqualTo("is on Rust");
        int[] about = TalkFinder.nextAbout("spoke on the topic of caching", 0);
        assertThat("spoke on the topic of caching".substring(about[1])).isEqualTo("of caching");
        assertThat(TalkFinder.nextAbout("About caching", 0)).isNull();
    }

    @Test
    void aTitleEndsAtPunctuationOrAClauseWord() {
        assertThat(TalkFinder.titleEnd("Caching at scale, and more")).isEqualTo(16);
        assertThat(TalkFinder.titleEnd("Caching by Ann")).isEqualTo(7);
        assertThat(TalkFinder.titleEnd("Caching for 5 minutes")).isEqualTo(7);
        assertThat(TalkFinder.titleEnd("Caching for everyone")).isEqualTo(-1);
        assertThat(TalkFinder.titleEnd("Nearby-caching 2.0")).isEqualTo(16);
    }

    @Test
    void thePhraseScansReadWhatThePatternsRead() {
        Pattern titled = Pattern.compile("(?i)\\b(?:titled|entitled|called|in this talk|the talk|a talk|the session"
                + "|talk on|talk about)\\s*[,:]?\\s+");
        Pattern was = Pattern.compile("(?i)\\b(?:was|is|next up|up next)\\s+(?:on\\s+|about\\s+)?");
        Pattern about = Pattern.compile("\\b(?:about|on|discussing|around|into|regarding|covering)\\s+"
                + "(?:the\\s+topic\\s+)?");
        Pattern titleEnd = Pattern.compile("(?i)[.;!?(]|,\\s|\\s(?:by|with|where|which|and how|who|from|for \\d)\\s"
                + "|\\s-\\s");
        String[] words = {"also", "Then", "next", "up", "was", "is", "on", "about", "About", "the", "topic",
                "presented", "took the stage", "kicked", "it", "off", "ran", "range", "with", "kicked off", "by",
                "titled", "a", "talk", "session", "called", ":", "-", "for", "5", "and how", "x", "é", "\uD835\uDC00"};
        Random random = new Random(47);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(6); w >= 0; w--) {
                b.append(words[random.nextInt(words.length)])
                        .append(random.nextInt(3) == 0 ? GAPS[random.nextInt(GAPS.length)] : " ");
            }
            String t = b.toString();
            Matcher m = titled.matcher(t);

            assertThat(TalkFinder.titledEnd(t)).as(t).isEqualTo(m.find() ? m.end() : -1);
            m = titleEnd.matcher(t);
            assertThat(TalkFinder.titleEnd(t)).as(t).isEqualTo(m.find() ? m.start() : -1);
            m = was.matcher(t);
            for (int[] w = TalkFinder.nextWas(t, 0); ; w = TalkFinder.nextWas(t, w[1])) {
                boolean found = m.find();
                assertThat(w != null).as(t).isEqualTo(found);
                if (!found) {
                    break;
                }
                assertThat(w).as(t).containsExactly(m.start(), m.end());
            }
            m = about.matcher(t);
            for (int[] a = TalkFinder.nextAbout(t, 0); ; a = TalkFinder.nextAbout(t, a[1])) {
                boolean found = m.find();
                assertThat(a != null).as(t).isEqualTo(found);
                if (!found) {
                    break;
                }
                assertThat(a).as(t).containsExactly(m.start(), m.end());
            }
        }
    }

    @Test
    void quotedPhrasesHoldThreeCharactersOrMore() {
        String text = "A talk called \u201cCaching at the Edge\u201d by Ann";
        int[] q = TalkFinder.nextQuoted(text, 0);
        assertThat(text.substring(q[0], q[1])).isEqualTo("\u201cCaching at the Edge\u201d");
        assertThat(TalkFinder.nextQuoted("It's Ann's \"Go\" demo", 0)).isNull();
        assertThat(TalkFinder.nextQuoted("the 'Fast Loops' talk", 0)).containsExactly(4, 16);
    }

    @Test
    void quotesAreReadWhereThePatternReadThem() {
        Pattern quoted = Pattern.compile("(?<![\\p{L}])(?:'([^']{3,150})'(?![\\p{L}])"
                + "|\"([^\"]{3,150})\"|\u201c([^\u201d]{3,150})\u201d|\u2018([^\u2019]{3,150})\u2019)");
        String[] words = {"'", "\"", "\u201c", "\u201d", "\u2018", "\u2019", "Go", "Rust", "ab", "é",
                "\uD835\uDC00", "Speaker", "speakers", "presented by", "by", "was", "were", "is", "will be", ":", ".",
                "x".repeat(20), "y".repeat(149)};
        Random random = new Random(53);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(8); w >= 0; w--) {
                b.append(words[random.nextInt(words.length)])
                        .append(random.nextInt(3) == 0 ? GAPS[random.nextInt(GAPS.length)] : random.nextBoolean() ? " " : "");
            }
            String t = b.toString();
            Matcher m = quoted.matcher(t);
            for (int[] q = TalkFinder.nextQuoted(t, 0); ; q = TalkFinder.nextQuoted(t, q[1])) {
                boolean found = m.find();
                assertThat(q != null).as(t).isEqualTo(found);
                if (!found) {
                    break;
                }
                assertThat(q).as(t).containsExactly(m.start(), m.end());
            }
        }
    }

    @Test
    void anOrdinalBeforeATalkNounCountsTheTalk() {
        assertThat(TalkFinder.ordinalTalk("The second lightning talk was short")).isTrue();
        assertThat(TalkFinder.ordinalTalk("Our 3rd speaker-led session")).isTrue();
        assertThat(TalkFinder.ordinalTalk("The next one")).isTrue();
        assertThat(TalkFinder.ordinalTalk("The first of many great talks")).isFalse();
        assertThat(TalkFinder.ordinalTalk("A1st talk")).isFalse();
    }

    @Test
    void aNewTalkIsAnnouncedByAnOrdinalOrAGivingVerb() {
        assertThat(TalkFinder.newTalk("Next, Ann gave us her view in a talk")).isTrue();
        assertThat(TalkFinder.newTalk("Bo delivered another short talk")).isTrue();
        assertThat(TalkFinder.newTalk("Then a talk by Bo")).isTrue();
        assertThat(TalkFinder.newTalk("Out of nowhere, Ann came up with a demo")).isTrue();
        assertThat(TalkFinder.newTalk("The first hour. Then a talk")).isFalse();
        assertThat(TalkFinder.newTalk("Bo gave a very long and detailed talk")).isFalse();
    }

    @Test
    void theNewTalkScansReadWhatThePatternsRead() {
        Pattern ordinal = Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|sixth|seventh"
                + "|eighth|ninth|tenth|next|last|final|another|one more|\\d+(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+){0,2}?"
                + "(?:talks?|session|presentation|workshop|one|was|up)\\b");
        Pattern newTalk = Pattern.compile("(?i)\\b(another|also|next|one more|first|second|third"
                + "|fourth|fifth|sixth|seventh|last|final)\\b[^.]*\\b(talk|session|presentation|workshop)\\b"
                + "|\\b(gave|give|gives|delivered|presented)\\s+(?:a|an|the|his|her|their)?\\s*(?:\\w+\\s+){0,2}?"
                + "(?:talk|session|presentation|workshop)\\b|\\btalk\\s+by\\b|\\bcame up with\\b");
        String[] words = {"first", "Next", "one more", "another", "also", "21st", "3RD", "talk", "talks", "one",
                "was", "up", "session", "gave", "presented", "a", "an", "the", "their", "atalk", "x-y", "by",
                "came up with", ".", "é", "\uD835\uDC00", "_"};
        Random random = new Random(61);
        int ordinals = 0;
        int newTalks = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(6); w >= 0; w--) {
                b.append(words[random.nextInt(words.length)])
                        .append(random.nextInt(4) == 0 ? GAPS[random.nextInt(GAPS.length)] : " ");
            }
            String t = b.toString();
            boolean o = ordinal.matcher(t).find();
            boolean n = newTalk.matcher(t).find();
            ordinals += o ? 1 : 0;
            newTalks += n ? 1 : 0;
            assertThat(TalkFinder.ordinalTalk(t)).as(t).isEqualTo(o);
            assertThat(TalkFinder.newTalk(t)).as(t).isEqualTo(n);
        }
        assertThat(ordinals).isBetween(1_000, 39_000);
        assertThat(newTalks).isBetween(1_000, 39_000);
    }
}
