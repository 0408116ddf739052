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
}
