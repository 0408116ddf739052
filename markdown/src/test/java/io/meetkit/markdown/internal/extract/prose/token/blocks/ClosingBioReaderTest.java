package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosingBioReaderTest {

    private static List<TalkCandidate> read(String markdown) {
        return ClosingBioReader.read(Prose.blocks(markdown), Prose.CONTEXT);
    }

    @Test
    void aBioAfterAnAbstractIsTheTalksSpeakerWithTheProfileItLinks() {
        List<TalkCandidate> c = read("""
                We'll show how we mapped the city's bike lanes with open data.

                Ines Moreau is a data engineer at Lakeside. You can find her on [GitHub](https://github.com/imoreau).
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ines Moreau"));
        assertThat(c.get(0).speakers().get(0).profileUrl()).contains("https://github.com/imoreau");
        assertThat(c.get(0).title()).isEmpty();
    }

    @Test
    void eachAbstractAndBioPairIsATalkTitledByTheBoldLineAboveIt() {
        List<TalkCandidate> c = read("""
                **Mapping bike lanes**

                In this session I'll show a notebook of the city's bike lanes.

                Ines Moreau is a data engineer at Lakeside. She rides every day.

                **Faster tests**

                In this talk I'll cut a test suite's time in half.

                Tomas Berg has a background in physics. He now builds test tools.
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ines Moreau"), List.of("Tomas Berg"));
        assertThat(c).extracting(t -> t.title().orElseThrow()).containsExactly("Mapping bike lanes", "Faster tests");
    }

    @Test
    void aBioWithNoTalkBeforeItOrAboutAThingGivesNothing() {
        assertThat(read("""
                Ines Moreau is our new organiser. She has run the group's newsletter for years.

                Join us for the talk next month.
                """)).isEmpty();
        assertThat(read("""
                The workshop covers full-text search.

                Quarry Search is a small search engine. He showed why quarry indexes are quick.
                """)).isEmpty();
        assertThat(read("""
                The talk covers caching.

                Ines Moreau has volunteered to bring the projector.
                """)).isEmpty();
    }

    @Test
    void aBoldHeadingLineIsNoTitle() {
        List<TalkCandidate> c = read("""
                **Abstract**

                In this talk I'll show how we cut our test suite's time in half.

                **About our speaker**

                Tomas Berg has a background in physics. He now builds test tools.
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Tomas Berg"));
        assertThat(c.get(0).title()).isEmpty();
    }
}
