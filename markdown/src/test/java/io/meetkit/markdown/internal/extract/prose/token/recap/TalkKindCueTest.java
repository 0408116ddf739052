package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.TalkContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TalkKindCueTest {

    private static TalkKind of(String markdown) {
        return TalkKindCue.of(Cues.tokens(markdown));
    }

    @Test
    void lightningOrFlashOrLightingBeforeTalkIsALightningTalk() {
        assertThat(of("Bo gave a lightning talk.")).isEqualTo(TalkKind.LIGHTNING);
        assertThat(of("Three lightning-talks followed.")).isEqualTo(TalkKind.LIGHTNING);
        assertThat(of("Bo gave a flash talk.")).isEqualTo(TalkKind.LIGHTNING);
        assertThat(of("Ana gave a lighting talk.")).isEqualTo(TalkKind.LIGHTNING);
    }

    @Test
    void aWorkshopWithoutATalkWordIsAWorkshop() {
        assertThat(of("Ana ran a workshop on testing.")).isEqualTo(TalkKind.WORKSHOP);
        assertThat(of("Two pre-workshops and a quiz.")).isEqualTo(TalkKind.WORKSHOP);
        assertThat(of("The workshop ended with a talk.")).isEqualTo(TalkKind.TALK);
    }

    @Test
    void aKeynoteIsAKeynote() {
        assertThat(of("The keynote was given by Ana.")).isEqualTo(TalkKind.KEYNOTE);
    }

    @Test
    void anythingElseIsATalk() {
        assertThat(of("Ana gave a talk.")).isEqualTo(TalkKind.TALK);
        assertThat(of("A flash of insight.")).isEqualTo(TalkKind.TALK);
        assertThat(of("The lighting was dim.")).isEqualTo(TalkKind.TALK);
        assertThat(of("A flash, talk later.")).isEqualTo(TalkKind.TALK);
    }

    /** On plain words apart by single spaces the cue reads what the text reading of a phrase reads. */
    @Test
    void onPlainWordsTheCueReadsWhatTalkContextReads() {
        String[] words = {"lightning", "Lighting", "flash", "talk", "Talks", "talking", "workshop", "pre-workshops",
                "keynote", "keynotes", "session", "x", "lightning-talk", "flash-talk"};
        Random random = new Random(29);
        for (int i = 0; i < 5_000; i++) {
            String t = Cues.plainWords(random, words, 4);
            assertThat(of(t)).as(t).isEqualTo(TalkContext.kindOf(t));
        }
    }
}
