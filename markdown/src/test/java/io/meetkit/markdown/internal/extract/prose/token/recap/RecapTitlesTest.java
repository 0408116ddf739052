package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecapTitlesTest {

    private static String rule(RecapSentence s) {
        return RecapTitles.read(s).map(RecapTitle::rule).orElse("(none)");
    }

    @Test
    void aQuotationComesBeforeTheWordsAroundIt() {
        RecapSentence s = Recap.by("The first talk was \"Fast Loops\" by Bo Chen.", "Bo Chen");
        assertThat(RecapTitles.read(s).flatMap(RecapTitle::text)).contains("Fast Loops");
        assertThat(rule(s)).isEqualTo("quoted-title");
    }

    @Test
    void eachShapeIsReadByItsRule() {
        assertThat(rule(Recap.by("The first talk was *Fast Loops* by Bo Chen.", "Bo Chen"))).isEqualTo("marked-title");
        assertThat(rule(Recap.subject("Bo Chen gave a talk titled Fast Loops.", "Bo Chen"))).isEqualTo("titled");
        assertThat(rule(Recap.by("The first talk was Fast Loops by Bo Chen.", "Bo Chen"))).isEqualTo("was-title-by");
        assertThat(rule(Recap.subject("Bo Chen spoke about [Fast Loops](https://example.org/x).", "Bo Chen")))
                .isEqualTo("linked-topic");
        assertThat(rule(Recap.subject("Bo Chen spoke about fast loops.", "Bo Chen"))).isEqualTo("about-topic");
    }

    @Test
    void aLowerCaseTitledTopicFallsThroughToTheParaphrase() {
        Optional<RecapTitle> t = RecapTitles.read(Recap.subject("Ana gave a talk about caching.", "Ana"));
        assertThat(t.map(RecapTitle::rule)).contains("about-topic");
        assertThat(t.flatMap(RecapTitle::text)).contains("caching");
    }

    @Test
    void aSentenceWithoutAnyRulesTriggerHasNoTitle() {
        assertThat(RecapTitles.read(Recap.of("Pizza arrived at seven and everyone stayed late."))).isEmpty();
    }
}
