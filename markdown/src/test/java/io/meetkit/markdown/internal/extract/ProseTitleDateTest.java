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

    @Test
    void notesOnAPastMeetupDoNotTakeALaterDayTheyAnnounce() {
        Event e = Extract.eventOf("""
                ---
                title: "Notes from the May meetup"
                date: 2024-05-10
                ---

                Thanks to everyone who came to the meetup. Ana Silva gave a talk about packaging.

                Our hack day is on 25 May at the Old Library, bring a laptop.
                """);
        assertThat(e.time()).as("the notes' own meetup has no day in the body").isEmpty();
        assertThat(e.talks()).hasSize(1);
    }

    @Test
    void notesOnAPastMeetupKeepAnEarlierDayAndTheTitlesDay() {
        Event earlier = Extract.eventOf("""
                ---
                title: "Notes from the May meetup"
                date: 2024-05-10
                ---

                We met on 8 May at the Old Library. The next meetup is on 12 June.
                """);
        assertThat(day(earlier)).isEqualTo(LocalDate.of(2024, 5, 8));
        Event titled = Extract.eventOf("""
                ---
                title: "Notes from the meetup of May 7"
                date: 2024-05-10
                ---

                Ana Silva gave a talk about packaging. The hack day is on 25 May at the Old Library.
                """);
        assertThat(day(titled)).isEqualTo(LocalDate.of(2024, 5, 7));
    }

    @Test
    void anAnnouncementKeepsTheLaterDayItAnnounces() {
        Event e = Extract.eventOf("""
                ---
                title: "May meetup"
                date: 2024-05-10
                ---

                Ana Silva gives a talk about packaging at our meetup on 25 May at the Old Library.
                """);
        assertThat(day(e)).isEqualTo(LocalDate.of(2024, 5, 25));
    }
}
