package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledFieldsReaderTest {

    private static List<TalkCandidate> read(String markdown) {
        return LabelledFieldsReader.read(Prose.blocks(markdown), Prose.CONTEXT);
    }

    @Test
    void speakerAndTitleLinesOfOneParagraphMakeATalk() {
        TalkCandidate c = read("""
                Speaker: Nora Quist
                Title: Profiling without Tears
                """).get(0);
        assertThat(Prose.speakers(c)).containsExactly("Nora Quist");
        assertThat(c.title()).contains("Profiling without Tears");
    }

    @Test
    void aLabelAloneOnItsLineTakesTheNextLine() {
        TalkCandidate c = read("""
                **Speaker:**
                **Nora Quist**
                Nora builds profilers for a living.
                """).get(0);
        assertThat(Prose.speakers(c)).containsExactly("Nora Quist");
    }

    @Test
    void anOrdinalTalkBlockGivesItsTitleToTheSpeakerBlockAfterItsAbstract() {
        List<TalkCandidate> c = read("""
                First talk:
                **Profiling without Tears**

                **Abstract**
                How to find the slow parts of a service.

                **Speaker:**
                **Nora Quist**

                Second talk:
                **Logs that Help**

                **Speaker:**
                **Omar Haddad**
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Nora Quist"), List.of("Omar Haddad"));
        assertThat(c).extracting(TalkCandidate::title).containsExactly(java.util.Optional.of("Profiling without Tears"),
                java.util.Optional.of("Logs that Help"));
    }

    @Test
    void aTitleBlockFarBeforeASpeakerBlockIsNotItsTitle() {
        TalkCandidate c = read("""
                First talk:
                **Profiling without Tears**

                One.

                Two.

                Three.

                Four.

                **Speaker:**
                **Nora Quist**
                """).get(0);
        assertThat(c.title()).isEmpty();
    }

    @Test
    void aLabelAloneFollowedByNoNameGivesNoTalk() {
        assertThat(read("""
                Speaker:
                to be announced soon
                """)).isEmpty();
    }

    @Test
    void aBareNameLineBeforeATopicLineIsItsSpeaker() {
        List<TalkCandidate> c = read("""
                Two lightning talks tonight.

                + Nora Quist (she/her)
                Topic: Profiling without Tears

                +Omar Haddad
                Title: "Queues, Briefly"
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Nora Quist"), List.of("Omar Haddad"));
        assertThat(c).extracting(t -> t.title().orElse("")).containsExactly("Profiling without Tears",
                "Queues, Briefly");
    }

    @Test
    void aTitleWithoutAnyNamedSpeakerIsLeftToOtherReaders() {
        assertThat(read("""
                Welcome, everyone!
                Title: Profiling without Tears
                """)).isEmpty();
    }

    @Test
    void wordsThatOnlyLookLikeLabelsAreNotFields() {
        assertThat(read("Nora Quist\nthe title of her talk is secret")).isEmpty();
        assertThat(read("Speaker dinner: Friday at the pier")).isEmpty();
    }
}
