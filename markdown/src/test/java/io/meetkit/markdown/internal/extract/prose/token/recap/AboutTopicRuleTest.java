package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AboutTopicRuleTest {

    private static final TitleRule RULE = new AboutTopicRule();

    @Test
    void theTopicAfterAboutIsAWeakTitle() {
        Optional<RecapTitle> t = RULE.read(Recap.subject("Ana Silva gave a talk about caching at the edge.",
                "Ana Silva"));
        assertThat(t).hasValueSatisfying(x -> {
            assertThat(x.text()).contains("caching at the edge");
            assertThat(x.weak()).isTrue();
        });
    }

    @Test
    void aPossessiveIsDroppedAndTheClauseEndsAtItsComma() {
        assertThat(Recap.read(RULE, Recap.subject("Bo Chen spoke on his favourite profiler, then took questions.",
                "Bo Chen"))).isEqualTo("favourite profiler");
    }

    @Test
    void theTopicEndsAtForAndOneDigitAndAtTheSpeakersBy() {
        assertThat(Recap.read(RULE, Recap.subject("Ana Silva talked about profiling for 5 minutes.", "Ana Silva")))
                .isEqualTo("profiling");
        assertThat(Recap.read(RULE, Recap.by("A lightning talk on parsers by Bo Chen.", "Bo Chen")))
                .isEqualTo("parsers");
    }

    @Test
    void theTopicPhraseIsSkipped() {
        assertThat(Recap.read(RULE, Recap.of("She spoke on the topic of caching."))).isEqualTo("of caching");
    }

    @Test
    void aCapitalisedAboutOrOneBeforeTheSubjectIsNoTopicWord() {
        assertThat(Recap.read(RULE, Recap.of("About twenty people came."))).isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.subject("Based on feedback, Ana Silva came back.", "Ana Silva")))
                .isEqualTo("(no cue)");
    }

    @Test
    void aTopicOfMoreThanTwelveWordsGivesNoTitle() {
        assertThat(Recap.read(RULE, Recap.of("She talked about one two three four five six seven eight nine ten "
                + "eleven twelve thirteen."))).isEqualTo("(no cue)");
    }
}
