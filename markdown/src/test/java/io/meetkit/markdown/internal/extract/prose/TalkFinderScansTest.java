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
    void aByAfterAPassiveVerbOfMakingOrUsingNamesNoSpeaker() {
        for (String text : new String[] {"a tool whose releases are used by Acme Labs", "a library developed by Ann Lee",
                "a company backed by Big Fund", "the talk hosted by Ann Lee"}) {
            assertThat(TalkFinder.byClauses(text)).as(text).isNotEmpty()
                    .allSatisfy(by -> assertThat(by.excluded()).isTrue());
        }
        assertThat(TalkFinder.byClauses("a talk on parsers by Ann Lee")).as("a talk's own by")
                .singleElement().satisfies(by -> assertThat(by.excluded()).isFalse());
    }

    @Test
    void aParenthesisOrCommaAfterANameOpensAnApposition() {
        assertThat(TalkFinder.opensApposition("Ann Lee (Acme) spoke", 7)).isTrue();
        assertThat(TalkFinder.opensApposition("Ann Lee, a developer, spoke", 7)).isTrue();
        assertThat(TalkFinder.opensApposition("Ann Lee spoke", 7)).isFalse();
        assertThat(TalkFinder.opensApposition("Ann Lee", 7)).isFalse();
    }

    @Test
    void aHandleOrLinkInParenthesesAfterANameIsSkipped() {
        assertThat(TalkFinder.withoutProfileAfterName(" (@ann) spoke")).isEqualTo(" spoke");
        assertThat(TalkFinder.withoutProfileAfterName(" (https://ann.dev) spoke")).isEqualTo(" spoke");
        assertThat(TalkFinder.withoutProfileAfterName(" (Acme) spoke")).isEqualTo(" (Acme) spoke");
        assertThat(TalkFinder.withoutProfileAfterName(" (@ann spoke")).isEqualTo(" (@ann spoke");
    }

    @Test
    void aLeadingCommaBecomesOneSpace() {
        assertThat(TalkFinder.withoutLeadingComma(" ,  spoke")).isEqualTo(" spoke");
        assertThat(TalkFinder.withoutLeadingComma(" spoke, then")).isEqualTo(" spoke, then");
    }

    @Test
    void anOpeningClauseEndsAtAnEarlyCommaFollowedBySpace() {
        assertThat(TalkFinder.introClauseEnd("Out of the blue, Ann came up with")).isEqualTo(17);
        assertThat(TalkFinder.introClauseEnd("Out of the blue,Ann")).isEqualTo(-1);
        assertThat(TalkFinder.introClauseEnd(", Ann spoke")).isEqualTo(-1);
        assertThat(TalkFinder.introClauseEnd("a".repeat(41) + ", Ann spoke")).isEqualTo(-1);
    }

    @Test
    void titlesAreComparedByTheirLettersAndDigits() {
        assertThat(TalkFinder.comparable("“caching” — at the edge, 2.0!")).isEqualTo("caching at the edge 2 0");
        assertThat(TalkFinder.comparable("...")).isEmpty();
    }

    @Test
    void theScansReadWhatThePatternsRead() {
        Pattern apposition = Pattern.compile("\\s*[(,]");
        Pattern profile = Pattern.compile("^\\s*\\((?:@|http)[^)]*\\)");
        Pattern comma = Pattern.compile("^\\s*+,\\s*+");
        Pattern intro = Pattern.compile("^(?:[^,]{1,40}),\\s+");
        Pattern notWord = Pattern.compile("[^\\p{L}\\d]+");
        Pattern spaces = Pattern.compile("\\s+");
        String[] words = {"Ann", "his", "HER", "their", "hers", "@ann", "http://x", "https", "a.b", "Ünal", "7",
                "x".repeat(12), "\uD835\uDC00", "\u0131s", "—"};
        Random random = new Random(41);
        for (int i = 0; i < 30_000; i++) {
            String t = random(random, words, 6);
            int from = random.nextInt(t.length() + 1);
            assertThat(TalkFinder.opensApposition(t, from)).as(t)
                    .isEqualTo(apposition.matcher(t).region(from, t.length()).lookingAt());
            assertThat(TalkFinder.withoutProfileAfterName(t)).as(t).isEqualTo(profile.matcher(t).replaceFirst(""));
            assertThat(TalkFinder.withoutLeadingComma(t)).as(t).isEqualTo(comma.matcher(t).replaceFirst(" "));
            Matcher m = intro.matcher(t);
            assertThat(TalkFinder.introClauseEnd(t)).as(t).isEqualTo(m.find() ? m.end() : -1);
            assertThat(TalkFinder.comparable(t)).as(t).isEqualTo(notWord.matcher(t).replaceAll(" ").strip());
            assertThat(TalkFinder.hasPatternSpace(t.strip())).as(t).isEqualTo(spaces.split(t.strip()).length >= 2);
        }
    }
    @Test
    void aSubjectIsFollowedByASpeakingVerb() {
        assertThat(TalkFinder.opensWithVerb("presented a demo", TalkFinder.SUBJECT_VERBS)).isTrue();
        assertThat(TalkFinder.opensWithVerb("then, took the stage", TalkFinder.STRONG_VERBS)).isTrue();
        assertThat(TalkFinder.opensWithVerb("kicked things off", TalkFinder.STRONG_VERBS)).isTrue();
        assertThat(TalkFinder.opensWithVerb("ran a workshop", TalkFinder.STRONG_VERBS)).isFalse();
        assertThat(TalkFinder.opensWithVerb("ran a workshop", TalkFinder.SUBJECT_VERBS)).isTrue();
        assertThat(TalkFinder.opensWithVerb("range of tools", TalkFinder.SUBJECT_VERBS)).isFalse();
        assertThat(TalkFinder.opensWithVerb("is a developer", TalkFinder.SUBJECT_VERBS)).isFalse();
    }

    @Test
    void theNextSpeakerFollowsOpenedWithOrNextUp() {
        String text = "We kicked off with Ann";
        assertThat(TalkFinder.openedWithEnd(text)).isEqualTo(text.indexOf("Ann"));
        text = "Next up was Bo Chen";
        assertThat(TalkFinder.openedWithEnd(text)).isEqualTo(text.indexOf("Bo"));
        assertThat(TalkFinder.openedWithEnd("Next up: Bo")).isEqualTo(-1);
    }

    @Test
    void thePhraseScansReadWhatThePatternsRead() {
        String verbs = "spoke|speaks|talked|talks|presented|presents|delivered|delivers|gave|gives"
                + "|took the stage|kicked (?:things |it )?off|started|starts|began|begins|introduced|shared|demonstrated"
                + "|demoed|showed|walked|explained|discussed|covered|dwelled|dwelt|narrated|conducted|led|handled|took"
                + "|came up with|opened|ran|hosted a|taught|explored|continued|followed up";
        Pattern subject = Pattern.compile("^(?:\\s*(?:also|then|later|finally|next),?\\s+)?(?:" + verbs + ")\\b",
                Pattern.CASE_INSENSITIVE);
        Pattern strong = Pattern.compile("(?i)^(?:\\s*(?:also|then|later|finally|next),?\\s+)?(?:spoke|speaks|talked"
                + "|presented|presents|delivered|gave|gives|took the stage|came up with|narrated|walked"
                + "|kicked (?:things |it )?off|demonstrated|demoed|shared|introduced|dwelled|dwelt)\\b");
        Pattern openedWith = Pattern.compile("(?i)\\b(?:kicked off with|started with|began with|opened with"
                + "|followed by|next up(?: was| is)?|up next(?: was| is)?)\\s+");
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
            assertThat(TalkFinder.opensWithVerb(t, TalkFinder.SUBJECT_VERBS)).as(t).isEqualTo(subject.matcher(t).find());
            assertThat(TalkFinder.opensWithVerb(t, TalkFinder.STRONG_VERBS)).as(t).isEqualTo(strong.matcher(t).find());
            Matcher m = openedWith.matcher(t);
            assertThat(TalkFinder.openedWithEnd(t)).as(t).isEqualTo(m.find() ? m.end() : -1);
        }
    }

    @Test
    void aSpeakerLabelEndsAtItsColonOrVerb() {
        String text = "Speaker: Ann Lee";
        assertThat(TalkFinder.speakerLabel(text)).containsExactly(0, 9);
        text = "The speaker for this talk was Ann Lee";
        assertThat(TalkFinder.speakerLabel(text)).containsExactly(4, text.indexOf("Ann"));
        assertThat(TalkFinder.speakerLabel("The speaker, Ann, was late")).isNull();
        assertThat(TalkFinder.speakerLabel("Speakers wanted")).isNull();
    }

    @Test
    void quotesAndLabelsAreReadWhereThePatternsReadThem() {
        Pattern label = Pattern.compile("(?i)\\b(?:speakers?|presenters?|presented by|by)\\b[^.,:;]{0,25}?"
                + "(?::|\\bwas\\b|\\bwere\\b|\\bis\\b|\\bwill be\\b)\\s*");
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
            Matcher m = label.matcher(t);
            int[] l = TalkFinder.speakerLabel(t);
            if (m.find()) {
                assertThat(l).as(t).containsExactly(m.start(), m.end());
            } else {
                assertThat(l).as(t).isNull();
            }
        }
    }

    @Test
    void anAppositionEndsAtItsCommaOrBeforeASpeakingVerb() {
        String text = ", a developer at Acme, presented";
        assertThat(text.substring(TalkFinder.appositiveEnd(text))).isEqualTo(" presented");
        text = ", who works at Acme presented";
        assertThat(text.substring(TalkFinder.appositiveEnd(text))).isEqualTo("presented");
        assertThat(TalkFinder.appositiveEnd(", Acme's CTO, presented")).isEqualTo(-1);
        assertThat(TalkFinder.appositiveEnd(", an " + "x".repeat(130) + ", presented")).isEqualTo(-1);
    }

    @Test
    void theAppositionScanReadsWhatThePatternRead() {
        String verbs = "spoke|speaks|talked|talks|presented|presents|delivered|delivers|gave|gives"
                + "|took the stage|kicked (?:things |it )?off|started|starts|began|begins|introduced|shared|demonstrated"
                + "|demoed|showed|walked|explained|discussed|covered|dwelled|dwelt|narrated|conducted|led|handled|took"
                + "|came up with|opened|ran|hosted a|taught|explored|continued|followed up";
        Pattern appositive = Pattern.compile("^\\s*,\\s*(?:a|an|the|our|who|one)\\b[^,]{0,120}?"
                + "(?:,|\\s(?=(?:" + verbs + ")\\b))");
        String[] words = {",", "a", "an", "An", "the", "our", "who", "one", "ones", "presented", "Presented", "gave",
                "kicked it off", "ran", "range", "x".repeat(30), "é", "\uD835\uDC00"};
        Random random = new Random(59);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? ", " : " ,");
            for (int w = random.nextInt(8); w >= 0; w--) {
                b.append(words[random.nextInt(words.length)])
                        .append(random.nextInt(3) == 0 ? GAPS[random.nextInt(GAPS.length)] : " ");
            }
            String t = b.toString();
            Matcher m = appositive.matcher(t);
            assertThat(TalkFinder.appositiveEnd(t)).as(t).isEqualTo(m.find() ? m.end() : -1);
        }
    }
}
