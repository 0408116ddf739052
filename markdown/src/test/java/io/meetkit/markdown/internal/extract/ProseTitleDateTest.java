package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Provenance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProseTitleDateTest {

    private static LocalDate day(Event e) {
        EventTime t = e.time().orElseThrow();
        return t instanceof EventTime.Timed timed ? timed.start().toLocalDate() : ((EventTime.AllDay) t).first();
    }

    @Test
    void theTitlesDayWinsOverALeftoverDayInTheBody() {
        Event e = Extract.eventOf("""
                ---
                title: "Meeting: July 12 - Streaming joins"
                ---

                Tuesday: Jun 14, 2022, our monthly meetup at the Old Library.
                """);
        assertThat(day(e)).isEqualTo(LocalDate.of(2022, 7, 12));
        assertThat(e.provenanceOf(EventFact.DATE).orElseThrow().origin()).isEqualTo(Provenance.Origin.FRONT_MATTER);
    }

    @Test
    void withoutADayInTheTitleTheBodysDayStands() {
        Event e = Extract.eventOf("""
                ---
                title: "Streaming joins"
                ---

                Tuesday: Jun 28, 2022, our monthly meetup at the Old Library.
                """);
        assertThat(day(e)).isEqualTo(LocalDate.of(2022, 6, 28));
    }
}
