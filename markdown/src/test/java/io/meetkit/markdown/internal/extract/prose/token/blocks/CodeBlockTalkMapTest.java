package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeBlockTalkMapTest {

    private static List<TalkCandidate> read(String markdown) {
        return CodeBlockTalkMap.read(Prose.blocks(markdown), Prose.CONTEXT);
    }

    @Test
    void aTalksDictionaryGivesOneTalkPerNameAndTitle() {
        List<TalkCandidate> c = read("""
                A few lightning talks tonight:

                ```python
                talks = {
                    "Ines Moreau": "Streaming joins: a field guide",
                    "Tomas Berg": "Why my tests take 'forever'",
                }
                ```
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ines Moreau"), List.of("Tomas Berg"));
        assertThat(c).extracting(t -> t.title().orElseThrow())
                .containsExactly("Streaming joins: a field guide", "Why my tests take 'forever'");
        assertThat(c).extracting(TalkCandidate::kind).containsOnly(TalkKind.LIGHTNING);
    }

    @Test
    void aLineupWithTitlesFirstIsReadTheOtherWayRound() {
        List<TalkCandidate> c = read("""
                ```js
                const lineup = {
                  "Streaming joins": "Ines Moreau",
                };
                ```
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ines Moreau"));
        assertThat(c.get(0).title()).contains("Streaming joins");
        assertThat(c.get(0).kind()).isEqualTo(TalkKind.TALK);
    }

    @Test
    void codeThatNamesNoTalksOrPairsWithoutAPersonGiveNothing() {
        assertThat(read("""
                ```python
                config = {
                    "Ines Moreau": "admin",
                }
                ```
                """)).isEmpty();
        assertThat(read("""
                ```python
                talks = {
                    "streaming": "joins",
                }
                ```
                """)).isEmpty();
    }
}
