package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Posts that are not about an event get none, and dates in code are never an event's. */
class NotAnEventTest {

    @Test
    void aDateInInlineCodeIsNotTheEventsDate() {
        Optional<Event> e = Extract.event("""
                ---
                title: Parsing dates
                ---
                Our meetup talk showed that `parse("2024-05-01")` and `March 3, 2019 at 6pm` both work.
                """);
        assertThat(e.flatMap(Event::time).map(EventTime::startDate)).isEmpty();
    }

    @Test
    void aDateInACodeBlockIsNotTheEventsDate() {
        Optional<Event> e = Extract.event("""
                ---
                title: How to write a post
                ---
                Copy this front matter:

                ```yaml
                event:
                  date: 2024-05-01
                  venue: Hall A
                ```
                """);
        assertThat(e.flatMap(Event::time).map(EventTime::startDate)).isEmpty();
    }

    @Test
    void aSpeakerProfilePageIsNoEvent() {
        assertThat(Extract.event("""
                ---
                title: Ada Lovelace
                role: Analyst
                bio: Writes about engines.
                website: https://ada.example
                ---
                Ada has spoken at many of our meetups.
                """)).isEmpty();
    }

    @Test
    void aCallForProposalsWithoutADateIsNoEvent() {
        assertThat(Extract.event("""
                ---
                title: Call for proposals
                ---
                We are looking for speakers for our next meetup. Send us your talk ideas!
                """)).isEmpty();
    }

    @Test
    void aNewsletterListingOtherGroupsEventsIsNoEvent() {
        assertThat(Extract.event("""
                ---
                title: Newsletter, May
                ---
                Elsewhere: the Rust group meets on May 12, 2024 and PyCon's deadline is June 1, 2024.
                """).flatMap(Event::time).map(EventTime::startDate)).isNotEqualTo(Optional.of(LocalDate.of(2024, 5, 12)));
    }

    @Test
    void datesUnderAnUpcomingEventsHeadingAreOtherGroupsEvents() {
        Optional<Event> e = Extract.event("""
                ---
                title: Our spring meetup was a success
                ---
                We had a great turnout at the meetup, thanks to everyone who came.

                ## Upcoming Python Events and Opportunities

                - Our friends at the Rust group meet on April 25, 2025. Join them!
                """);
        assertThat(e.flatMap(Event::time).map(EventTime::startDate)).isEmpty();
    }

    @Test
    void aDateUnderAnUpcomingMeetupHeadingIsStillTheEventsDate() {
        Optional<Event> e = Extract.event("""
                ---
                title: June meetup
                ---
                ## Upcoming meetup

                Join us at the meetup on June 5, 2025 at Hall A.
                """);
        assertThat(e.flatMap(Event::time).map(EventTime::startDate)).contains(LocalDate.of(2025, 6, 5));
    }
}
