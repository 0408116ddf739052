package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An announcement's date, time and place written as separate short lines, and recaps that say when people met. */
class ProseAnnouncementLinesTest {

    private static Optional<LocalTime> start(String body) {
        return Extract.event(body).flatMap(Event::time).filter(EventTime.Timed.class::isInstance)
                .map(t -> ((EventTime.Timed) t).start().toLocalTime());
    }

    @Test
    void aTimeAloneInTheParagraphAfterTheDateIsTheStart() {
        assertThat(start("""
                Tuesday: June 28, 2022

                6:30 pm

                @Tinker Hall
                12 N. Elm Ave.,
                Portland, Oregon
                """)).contains(LocalTime.of(18, 30));
    }

    @Test
    void aTimeAfterTheDateInsideASentenceWithoutACueIsNoStart() {
        assertThat(start("""
                Our meetup is on June 28, 2022.

                Bring 2 friends if you like, we have 40 seats.
                """)).isEmpty();
    }

    @Test
    void aTimeAloneFarFromTheDateIsNoStart() {
        assertThat(start("""
                Our meetup is on June 28, 2022.

                We will talk about queues.

                6:30 pm
                """)).isEmpty();
    }

    @Test
    void aRecapSayingAGroupGotTogetherOnADateIsAnEvent() {
        assertThat(Extract.event("On June 18, 2022, a group of local developers got together for the first time.")
                .flatMap(Event::time).map(EventTime::startDate)).contains(LocalDate.of(2022, 6, 18));
    }

    @Test
    void aClassThatTookPlaceOnADateIsAnEvent() {
        assertThat(Extract.event("Our first beginners' class took place on Saturday, June 18th.")
                .flatMap(Event::time).map(EventTime::startDate)).contains(LocalDate.of(2022, 6, 18));
    }

    @Test
    void aDateInASentenceAboutNothingThatHappenedIsNoEvent() {
        assertThat(Extract.event("The library released version 2.0 on June 18, 2022 with faster parsing.")).isEmpty();
    }

    @Test
    void aMeetupExportWrittenAsHtmlParagraphsIsRead() {
        Event e = Extract.eventOf("""
                <p><strong>When:</strong> Saturday, June 18, 2022, 16:00 - 19:00<br />
                <strong>Where:</strong> Tinker Hall, Portland</p>
                <p>First talk:<br />
                <strong>Queues without Tears</strong></p>
                <p><strong>Speaker:</strong><br />
                <strong>Ana Lima</strong></p>
                """);
        assertThat(e.time().map(EventTime::startDate)).contains(LocalDate.of(2022, 6, 18));
        assertThat(e.venue().flatMap(io.meetkit.core.Venue::name)).contains("Tinker Hall");
    }

    @Test
    void anHtmlBlockWithAnEmbedStaysUnread() {
        assertThat(Extract.event("""
                <div class="embed"><p>The meetup was held at Tinker Hall on June 18, 2022.</p></div>
                """)).isEmpty();
    }
}
