package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkSectionLeadNamesTest {

    private static List<TalkCandidate> read(String markdown) {
        return TalkSectionLeadNames.read(Prose.blocks(markdown), Prose.CONTEXT);
    }

    @Test
    void markedNamesOpeningParagraphsOfATalksSectionAreSpeakers() {
        List<TalkCandidate> c = read("""
                ## The talks

                **Nora Quist** (Acme) showed how a sampling profiler reads the stack.

                [Omar Haddad](https://example.org/omar) walked us through queue design.

                Everyone stayed for pizza.
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Nora Quist"), List.of("Omar Haddad"));
        assertThat(c.get(0).title()).isEmpty();
    }

    @Test
    void unmarkedNamesOrSectionsAboutOtherThingsGiveNothing() {
        assertThat(read("""
                ## The talks

                Nora Quist showed how a sampling profiler reads the stack.
                """)).isEmpty();
        assertThat(read("""
                ## Thanks

                **Nora Quist** brought the cake.
                """)).isEmpty();
        assertThat(read("""
                ## Workshop location

                [Makerloft](https://example.org) is a shared workshop near the station.
                """)).isEmpty();
    }
}
