package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleIndexTest {

    /** A rule that records the sentences it was asked about. */
    private static final class Recording implements SentenceRule {
        final String name;
        final Set<String> triggers;
        final List<String> seen = new ArrayList<>();

        Recording(String name, String... triggers) {
            this.name = name;
            this.triggers = Set.of(triggers);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<String> triggers() {
            return triggers;
        }

        @Override
        public List<TalkCandidate> apply(TokenizedSentence sentence, RuleContext context) {
            seen.add(sentence.toString());
            return List.of();
        }
    }

    @Test
    void aRuleIsCalledOnlyForSentencesHoldingOneOfItsTriggers() {
        Recording will = new Recording("will", "will");
        Recording by = new Recording("by", "by");
        RuleIndex index = new RuleIndex(List.of(will, by));
        index.apply(Prose.sentence("Ana will talk about loops."), Prose.CONTEXT);
        index.apply(Prose.sentence("Doors open at six."), Prose.CONTEXT);
        assertThat(will.seen).containsExactly("Ana will talk about loops.");
        assertThat(by.seen).isEmpty();
    }

    @Test
    void triggersMatchWholeWordsInAnyCase() {
        Recording by = new Recording("by", "by");
        RuleIndex index = new RuleIndex(List.of(by));
        index.apply(Prose.sentence("By the way, Ana bypasses nothing."), Prose.CONTEXT);
        index.apply(Prose.sentence("A stand-byline."), Prose.CONTEXT);
        assertThat(by.seen).containsExactly("By the way, Ana bypasses nothing.");
    }

    @Test
    void aRuleTriggeredTwiceInASentenceIsCalledOnceAndRulesKeepTheirOrder() {
        Recording first = new Recording("first", "talk", "will");
        Recording second = new Recording("second", "will");
        RuleIndex index = new RuleIndex(List.of(first, second));
        assertThat(index.rulesFor(Prose.sentence("Ana will talk and Bo will talk."))).containsExactly(first, second);
    }

    @Test
    void aTriggerThatIsNotOneLowerCaseWordIsRefusedWhenTheIndexIsBuilt() {
        assertThatThrownBy(() -> new RuleIndex(List.of(new Recording("capital", "Will"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Will'");
        assertThatThrownBy(() -> new RuleIndex(List.of(new Recording("phrase", "going to"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'going to'");
    }

    @Test
    void theTalkReaderRegistersEachOfItsRulesOnce() {
        assertThat(TokenTalkReader.rules().rules()).extracting(SentenceRule::name).doesNotHaveDuplicates()
                .contains("will-speak", "quoted-title-by", "speaker-for-talk");
    }

    @Test
    void aRuleWithoutTriggersIsRefusedWhenTheIndexIsBuilt() {
        assertThatThrownBy(() -> new RuleIndex(List.of(new Recording("none"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none");
    }
}
