package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.Venue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProseHostVenueTest {

    private static Optional<Venue> venue(String body) {
        return Extract.event(body).flatMap(Event::venue);
    }

    @Test
    void aThankedHostForHostingUsIsTheVenue() {
        assertThat(venue("Our June meetup had three talks.\n\nThanks to Quarry Works for hosting us and for the snacks.")
                .flatMap(Venue::name)).contains("Quarry Works");
    }

    @Test
    void thanksForSomethingOtherThanHostingNamesNoVenue() {
        assertThat(venue("The June meetup had three talks.\n\nThanks to Quarry Works for the snacks and the stickers.")
                .flatMap(Venue::name)).isEmpty();
    }

    @Test
    void aVenueHostAfterAColonIsTheVenue() {
        assertThat(venue("The June meetup had three talks.\n\n## A big thank you to our venue host: Lantern College")
                .flatMap(Venue::name)).contains("Lantern College");
    }

    @Test
    void hostedByAVenueSponsorNamesTheSponsor() {
        assertThat(venue("Our workshop on June 25th is hosted by venue sponsor [Orbit Loft](https://orbit.example/)"
                + " in Portland.").flatMap(Venue::name)).contains("Orbit Loft");
    }

    @Test
    void aVenueSponsorLinkedOnTheNextLineIsTheVenue() {
        assertThat(venue("Our workshop on June 25th is hosted by venue sponsor\n[Orbit Loft](https://orbit.example/)"
                + " in the harbour district.").flatMap(Venue::name)).contains("Orbit Loft");
    }

    @Test
    void findUsAtAPlaceIsTheVenue() {
        assertThat(venue("Our meetup is tomorrow at 7pm.\n\nFind us at Copper Kettle bar in the old town:")
                .flatMap(Venue::name)).contains("Copper Kettle");
    }

    @Test
    void meetUsAtATimeNamesNoVenue() {
        assertThat(venue("Our meetup is on June 26th.\n\nMeet us at 7pm sharp.").flatMap(Venue::name)).isEmpty();
    }

    @Test
    void aRoomDonatedByAPersonOfAnOrganisationIsThatOrganisation() {
        assertThat(venue("The class took place on June 18th. The room was kindly donated by Mara Lindqvist of"
                + " [Harbor Desk](https://harbor.example/).").flatMap(Venue::name)).contains("Harbor Desk");
    }

    @Test
    void aRoomDonatedByAnOrganisationIsThatOrganisation() {
        assertThat(venue("The class took place on June 18th. Our space was provided by Harbor Desk.")
                .flatMap(Venue::name)).contains("Harbor Desk");
    }

    @Test
    void anAtLineOverAStreetAddressIsTheVenueWithItsAddress() {
        Venue v = venue("""
                ## This month
                Tuesday: June 28, 2022

                @Tinker Hall
                12 1/2 N. Elm Ave.,
                Portland, Oregon
                97201
                """).orElseThrow();
        assertThat(v.name()).contains("Tinker Hall");
        assertThat(v.streetAddress()).contains("12 1/2 N. Elm Ave., Portland, Oregon, 97201");
        assertThat(v.locality()).contains("Portland");
    }

    @Test
    void anAtHandleLineWithoutAnAddressIsNoVenue() {
        assertThat(venue("""
                Our meetup is on June 28th, 2022.

                @Tinker Hall
                see you there!
                """).flatMap(Venue::name)).isEmpty();
    }

    @Test
    void aNameLineOverAStreetLineIsTheVenue() {
        Venue v = venue("""
                Our meetup is on June 28th, 2022.

                Tinker Hall
                40 West Maple Street
                Portland, OR 97201
                """).orElseThrow();
        assertThat(v.name()).contains("Tinker Hall");
        assertThat(v.streetAddress()).contains("40 West Maple Street, Portland, OR 97201");
    }

    @Test
    void aNameCommaStreetLineIsTheVenue() {
        Venue v = venue("Our meetup is on June 28th, 2022.\n\nTinker Hall, 40 West Maple Street, Portland")
                .orElseThrow();
        assertThat(v.name()).contains("Tinker Hall");
        assertThat(v.streetAddress()).contains("40 West Maple Street, Portland");
        assertThat(v.locality()).contains("Portland");
    }

    @Test
    void aNameCommaNumberWithoutAStreetWordIsNoVenue() {
        assertThat(venue("Our meetup is on June 28th, 2022.\n\nTalks, 3 of them in all").flatMap(Venue::name))
                .isEmpty();
    }

    @Test
    void theyHostedUsNamesNoVenue() {
        assertThat(venue("Our meetup was on June 20th, 2022. They hosted us in style.").flatMap(Venue::name))
                .isEmpty();
    }
}
