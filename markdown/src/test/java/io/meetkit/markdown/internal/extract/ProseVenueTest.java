package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.Venue;
import org.junit.jupiter.api.Test;

class ProseVenueTest {

    @Test
    void aLinkAfterAClockTimeAndAtIsTheVenueEvenInLowerCase() {
        Event e = Extract.eventOf("""
                ---
                title: "Meeting: March 20"
                date: 2012-03-19
                ---

                Meeting March 20, 2012 from 11:30am - 12:30pm at [the &lt;hub&gt;](https://hub.example) in Tulsa.
                """);
        Venue v = e.venue().orElseThrow();
        assertThat(v.name()).contains("the <hub>");
        assertThat(v.url()).hasValueSatisfying(u -> assertThat(u).hasToString("https://hub.example"));
        assertThat(v.locality()).contains("Tulsa");
    }

    @Test
    void aPersonLinkedToAProfileIsNoVenue() {
        Event e = Extract.eventOf("""
                ---
                title: "Lunch meetup"
                date: 2012-03-19
                ---

                The lunch meetup on March 20, 2012 was hosted by [Ann Lee](https://twitter.com/annlee) and friends.
                """);
        assertThat(e.venue()).isEmpty();
    }

    @Test
    void theZoneComesFromTheCalendarLinkWhenTheKeysNameNone() {
        Event e = Extract.eventOf("""
                ---
                title: "Tech night"
                event:
                  date: 2024-05-01
                  start: "19:00"
                calendar: "http://www.google.com/calendar/event?action=TEMPLATE&text=Tech+night&location=Corner+Hall+-+1+Main+St+-+Queens%2C+NY%2C+us"
                ---
                """);
        io.meetkit.core.EventTime.Timed t = (io.meetkit.core.EventTime.Timed) e.time().orElseThrow();
        assertThat(t.start().getZone()).hasToString("America/New_York");
        assertThat(t.start().toOffsetDateTime()).hasToString("2024-05-01T19:00-04:00");
    }
}
