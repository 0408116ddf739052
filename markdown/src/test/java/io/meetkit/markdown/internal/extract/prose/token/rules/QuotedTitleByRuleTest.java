package io.meetkit.markdown.internal.extract.prose.token.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedTitleByRuleTest {

    private static List<TalkCandidate> read(String markdown) {
        return Prose.apply(new QuotedTitleByRule(), markdown);
    }

    @Test
    void twoQuotedTitlesEachWithTheirSpeakerMakeTwoTalks() {
        List<TalkCandidate> c = read(
                "Next week we have talks about \"Packaging\" by Ana Silva and \"Type Hints in Practice\" by Tom Reed.");
        assertThat(c).extracting(t -> t.title().orElse("")).containsExactly("Packaging", "Type Hints in Practice");
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ana Silva"), List.of("Tom Reed"));
    }

    @Test
    void anEmphasisedTitleMayHaveSeveralSpeakers() {
        TalkCandidate c = read("The evening's presentation is *Fuzzing for Fun* by Kofi Mensah and Lea Roth.").get(0);
        assertThat(c.title()).contains("Fuzzing for Fun");
        assertThat(Prose.speakers(c)).containsExactly("Kofi Mensah", "Lea Roth");
    }

    @Test
    void withoutATalkWordAQuotedWorkByAnAuthorIsNoTalk() {
        assertThat(read("Our book club read \"Dune\" by Frank Herbert.")).isEmpty();
    }

    @Test
    void materialsByAPersonAreNoTitle() {
        assertThat(read("After the talk, see [the slides](https://example.org/s) by Ana Silva.")).isEmpty();
    }

    @Test
    void anUnquotedTitleBeforeByIsLeftToOtherReaders() {
        assertThat(read("The talk on packaging by Ana Silva was great.")).isEmpty();
    }
}
