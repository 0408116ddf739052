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

    /** Each scan reads what the pattern it replaced read, over random texts of the words that matter. */
    @Test
    void theScansReadWhatThePatternsRead() {
        Pattern resource = Pattern.compile("(?i)\\b(slides?|video|recording|code|repo|notebook|material|deck"
                + "|available|can be found|here)\\b|^\\s*$");
        Pattern notResource = Pattern.compile("(?i)\\b(feedback|form|next|upcoming|follow|join|thank|participants"
                + "|lunch|break|sponsor|playlist)\\b");
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
            assertThat(RecapCues.resourceParagraph(t)).as(t)
                    .isEqualTo(resource.matcher(t).find() && !notResource.matcher(t).find());
            assertThat(RecapCues.talkListLeadIn(t)).as(t).isEqualTo(talkList.matcher(t).find());
        }
    }
}
