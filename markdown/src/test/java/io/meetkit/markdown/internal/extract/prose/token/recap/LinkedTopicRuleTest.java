package io.meetkit.markdown.internal.extract.prose.token.recap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedTopicRuleTest {

    private static final TitleRule RULE = new LinkedTopicRule();

    @Test
    void aLinkAfterAboutIsTheTitle() {
        assertThat(Recap.read(RULE, Recap.subject(
                "Ana Silva spoke about [Caching at the Edge](https://example.org/slides).", "Ana Silva")))
                .isEqualTo("Caching at the Edge");
    }

    @Test
    void aLinkRightAfterTalkIsTheTitle() {
        assertThat(Recap.read(RULE, Recap.subject("Bo Chen gave a talk [Fast Loops](https://example.org/loops).",
                "Bo Chen"))).isEqualTo("Fast Loops");
    }

    @Test
    void aLinkAfterOtherWordsOrAProfileIsNoTitle() {
        assertThat(Recap.read(RULE, Recap.of("We met at [Acme Labs](https://acme.example)."))).isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.of("A talk on [Ana Silva](https://github.com/ana)."))).isEqualTo("(no cue)");
        assertThat(Recap.read(RULE, Recap.of("See the talk:[Fast Loops](https://example.org)."))).isEqualTo("(no cue)");
    }

    @Test
    void aLinkedSpeakerIsNoTitle() {
        assertThat(Recap.read(RULE, Recap.subject("Later on [Bo Chen](https://example.org/bo) joined.", "Bo Chen")))
                .isEqualTo("(no cue)");
    }
}
