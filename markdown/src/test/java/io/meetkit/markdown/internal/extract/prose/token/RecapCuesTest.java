package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RecapCuesTest {

    @Test
    void resourceParagraphsNameMaterialsAndNothingAboutTheNextEvent() {
        assertThat(RecapCues.resourceParagraph("The slides are available here.")).isTrue();
        assertThat(RecapCues.resourceParagraph("The notebook can be found on the site.")).isTrue();
        assertThat(RecapCues.resourceParagraph("Slides are here; give feedback in the form.")).isFalse();
        assertThat(RecapCues.resourceParagraph("We had pizza.")).isFalse();
    }

    @Test
    void thanksAndTheNextMeetupAreCues() {
        assertThat(RecapCues.thanksOrNext("thanks to all who came")).isTrue();
        assertThat(RecapCues.thanksOrNext("see you at the next meetup!")).isTrue();
        assertThat(RecapCues.thanksOrNext("the next talk was short")).isFalse();
    }

    /** The in-place scan finds the cues the list of lower-cased words found, non-ASCII words included. */
    @Test
    void thanksAndNextMeetupAreReadAsFromTheListOfWords() {
        String[] words = {"thanks", "thank", "thankful", "next", "meetup", "meetups", "nextmeetup", "\u0130",
                "\u212Aind", "caf\u00E9", "2024", "line-up", "the"};
        String[] gaps = {" ", "  ", ", ", "-", " 5 ", "\n"};
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(5); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
            java.util.List<String> w = TalkContext.words(lower);
            boolean expected = false;
            for (int k = 0; k < w.size(); k += 2) {
                expected |= w.get(k).startsWith("thank") || w.get(k).equals("next") && k + 2 < w.size()
                        && w.get(k + 1).equals(" ") && w.get(k + 2).equals("meetup");
            }
            assertThat(RecapCues.thanksOrNext(lower)).as(lower).isEqualTo(expected);
        }
    }

    @Test
    void pronounOpeningsAreWholeWords() {
        assertThat(RecapCues.opensWithPronounSubject("He showed a demo")).isTrue();
        assertThat(RecapCues.opensWithPronounSubject("The talk was long")).isTrue();
        assertThat(RecapCues.opensWithPronounSubject("Hello there")).isFalse();
        assertThat(RecapCues.opensWithPronounOrThis("This was a lightning talk")).isTrue();
        assertThat(RecapCues.opensWithPronounOrThis("Thistles grow")).isFalse();
    }

    /** Each scan reads what the pattern it replaced read, over random texts of the words that matter. */
    @Test
    void theScansReadWhatThePatternsRead() {
        Pattern resource = Pattern.compile("(?i)\\b(slides?|video|recording|code|repo|notebook|material|deck"
                + "|available|can be found|here)\\b|^\\s*$");
        Pattern notResource = Pattern.compile("(?i)\\b(feedback|form|next|upcoming|follow|join|thank|participants"
                + "|lunch|break|sponsor|playlist)\\b");
        Pattern thanks = Pattern.compile("\\bthank|\\bnext meetup\\b");
        Pattern subject = Pattern.compile("(?is)(?:he|she|they|the speaker|the talk|this talk|his talk|her talk)\\b");
        Pattern orThis = Pattern.compile("(?is)(?:he|she|they|it|this|that|the talk|the session)\\b");
        Pattern talkList = Pattern.compile("(?i)\\b(talks?|sessions?|lightning|speakers? (?:were|are)|line-?up"
                + "|presentations?)\\b");
        String[] words = {"slides", "Slide", "here", "can", "be", "found", "thank", "thanks", "form", "next",
                "meetup", "He", "the", "talk", "talks", "This", "it", "speakers", "were", "line-up", "lineup", "x"};
        String[] gaps = {" ", "  ", ", ", "\n", "-"};
        Random random = new Random(29);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(5); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String t = text.toString();
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            assertThat(RecapCues.resourceParagraph(t)).as(t)
                    .isEqualTo(resource.matcher(t).find() && !notResource.matcher(t).find());
            assertThat(RecapCues.thanksOrNext(lower)).as(t).isEqualTo(thanks.matcher(lower).find());
            assertThat(RecapCues.opensWithPronounSubject(t)).as(t).isEqualTo(subject.matcher(t).lookingAt());
            assertThat(RecapCues.opensWithPronounOrThis(t)).as(t).isEqualTo(orThis.matcher(t).lookingAt());
            assertThat(RecapCues.talkListLeadIn(t)).as(t).isEqualTo(talkList.matcher(t).find());
        }
    }
}
