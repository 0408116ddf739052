package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agenda items whose link text holds the " - " that also separates an item's title from its speaker. */
class AgendaSegmentTest {

    @Test
    void aLinkStraddlingTheSeparatorFollowedByADateIsReadWithoutFailing() {
        ExtractionResult r = Extract.result("""
                ### Coming up

                  - [Open Day - Robots on the Lawn](https://example.org/events/7), Thu. Mar 5 18:00
                  - [Workshop - Soldering for Beginners](https://example.org/events/8), Sat. Mar 7 10:00
                """);
        assertThat(r.diagnostics()).noneMatch(d -> d.message().contains("event extraction failed"));
        assertThat(r.event().map(e -> e.talks()).orElse(List.of()))
                .noneMatch(t -> t.speakers().stream().anyMatch(s -> s.name().startsWith("Thu")));
    }

    @Test
    void aSpeakerAfterTheSeparatorIsStillReadWhenTheTitleIsLinked() {
        List<Talk> talks = Extract.talks("""
                Talks:

                - [Robots on the Lawn](https://example.org/slides/7) - Priya Raman
                - [Soldering for Beginners](https://example.org/slides/8) - Tomas Berg
                """);
        assertThat(talks).extracting(t -> t.speakers().stream().map(Speaker::name).toList())
                .containsExactly(List.of("Priya Raman"), List.of("Tomas Berg"));
    }
}
