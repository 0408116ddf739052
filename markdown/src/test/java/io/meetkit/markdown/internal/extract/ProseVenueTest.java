package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Site;
import io.meetkit.core.Venue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProseVenueTest {

    private static Venue venueOf(String body) {
        return Extract.eventOf(body).venue().orElseThrow();
    }

    @Test
    void aPlaceAfterHeldAtWithACityGivesNameAndLocality() {
        Venue v = venueOf("The June meetup was held at Acme Labs, Bangalore.");
        assertThat(v.name()).contains("Acme Labs");
        assertThat(v.locality()).contains("Bangalore");
    }

    @Test
    void aKnownCityRunningOnFromTheNameIsTheLocality() {
        Venue v = venueOf("We organised the meetup on the 18th of June at Widget Works Pune.");
        assertThat(v.name()).contains("Widget Works");
        assertThat(v.locality()).contains("Pune");
    }

    @Test
    void aLinkedPlaceGivesItsTextAndUrlWithoutTheWordOffice() {
        Venue v = venueOf("The meetup happened at the [Acme office](https://acme.example/) in Park Street.");
        assertThat(v.name()).contains("Acme");
        assertThat(v.streetAddress()).contains("Park Street");
        assertThat(v.url()).map(Object::toString).contains("https://acme.example/");
    }

    @Test
    void aLowerCaseNameBeforeOfficeIsAVenue() {
        assertThat(venueOf("The meetup will be held on 15th, December in widgetco office.").name())
                .contains("widgetco");
    }

    @Test
    void aWhereLineAmongOtherLabelledLinesGivesTheVenue() {
        Venue v = venueOf("**When:** June 25th, 2022, 18:00\n**Where:** Widget Hall, 12 Main Road, Chennai");
        assertThat(v.name()).contains("Widget Hall");
        assertThat(v.locality()).contains("Chennai");
    }

    @Test
    void aWhereLineSayingOnlineOrAnywhereNamesNoVenueAndMakesNoEvent() {
        assertThat(Extract.event("**When**: a summer internship from June 25th, 2022\n**Where**: Anywhere! It is remote"))
                .isEmpty();
        assertThat(Extract.event("**Dates**: June 25th, 2022\n**Location**: Online across time zones")
                .flatMap(io.meetkit.core.Event::venue).flatMap(Venue::name)).isEmpty();
    }

    @Test
    void aWhereWordInsideALineOfProseIsNoLabel() {
        assertThat(Extract.event("Our meetup was on June 25th, 2022.\nNobody knew where: Widget Hall was closed.")
                .flatMap(io.meetkit.core.Event::venue).flatMap(Venue::name)).isEmpty();
    }

    @Test
    void aVenueLineGivesNameAndAddress() {
        Venue v = venueOf("**Venue**: Widget Hall, 12 Main Road, Chennai");
        assertThat(v.name()).contains("Widget Hall");
        assertThat(v.streetAddress()).contains("12 Main Road, Chennai");
        assertThat(v.locality()).contains("Chennai");
    }

    @Test
    void theOfficeOfAnOrganisationNamedAsTheVenueIsThatOrganisation() {
        assertThat(venueOf("The venue for the workshop was the corporate office of Gadget Hotels.").name())
                .contains("Gadget Hotels");
    }

    @Test
    void anOrganisationThatGaveTheVenueIsTheVenue() {
        assertThat(venueOf("Gizmo Inc sponsored the food and also gave us the venue for the day.").name())
                .contains("Gizmo Inc");
    }

    @Test
    void anOrganisationThatHostedTheMeetupIsTheVenue() {
        assertThat(venueOf("[Sprocket Systems](https://sprocket.example/) hosted the March meetup.").name())
                .contains("Sprocket Systems");
    }

    @Test
    void theGroupHostingItsOwnMeetupIsNotTheVenue() {
        Site site = new Site(Optional.of("PyGroup"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
        var event = Extract.result("PyGroup hosted its June meetup on June 15, 2024, at Cogwheel.", site, Map.of())
                .event().orElseThrow();
        assertThat(event.venue().flatMap(Venue::name)).contains("Cogwheel");
    }

    @Test
    void anAddressCodeBlockAfterTheVenueSentenceIsItsAddress() {
        Venue v = venueOf("""
                The meetup will be held in [Acme][] office in

                    Acme Office
                    No. 5, 2nd Cross,
                    Jayanagar, Bengaluru - 560011
                    Phone: 080 1234

                [Acme]: https://acme.example/
                """);
        assertThat(v.streetAddress()).contains("No. 5, 2nd Cross, Jayanagar, Bengaluru - 560011");
        assertThat(v.locality()).contains("Bengaluru");
    }

    @Test
    void anAddressInParenthesesAfterTheNameIsTheAddress() {
        Venue v = venueOf("Join us on Thursday, June 30th at 6:30 PM at Acme HQ (12 Main St, Berlin).");
        assertThat(v.name()).contains("Acme HQ");
        assertThat(v.streetAddress()).contains("12 Main St, Berlin");
        assertThat(v.locality()).contains("Berlin");
    }

    @Test
    void hostedByAnOrganisationNamesTheVenueWhenNoPlaceIsGiven() {
        assertThat(venueOf("This month's meetup is kindly hosted by Widget Works.").name()).contains("Widget Works");
    }

    @Test
    void inAfterHeldOnADateNamesThePlace() {
        Venue v = venueOf("The January meetup will be held on 19th, January in CIS, Domlur.");
        assertThat(v.name()).contains("CIS");
        assertThat(v.streetAddress()).contains("Domlur");
    }

    @Test
    void theOfficesOfAnOrganisationAreItsVenue() {
        Venue v = venueOf("Last Thursday we gathered at the offices of Foo GmbH in Berlin for our meetup.");
        assertThat(v.name()).contains("Foo GmbH");
        assertThat(v.locality()).contains("Berlin");
    }

    @Test
    void inFollowedByATopicIsNotAPlace() {
        var event = Extract.eventOf("""
                The April meetup was themed around AI in Production and Security.

                About 30 people attended.
                """);
        assertThat(event.venue()).isEmpty();
    }

    @Test
    void onZoomMakesTheEventOnline() {
        var event = Extract.eventOf("The meetup on 18 June 2022 was held online on Zoom.");
        assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
    }

    @Test
    void aMeetingLinkBecomesTheOnlineUrl() {
        var event = Extract.eventOf("Join the meetup on 18 June 2022 [here](https://meet.google.com/abc-defg-hij).");
        assertThat(event.onlineUrl()).map(Object::toString).contains("https://meet.google.com/abc-defg-hij");
    }

    @Test
    void aVenueAndAStreamMakeTheEventMixed() {
        var event = Extract.eventOf("The meetup was held at Acme Labs, Pune and was also live streamed.");
        assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.MIXED);
    }
}
