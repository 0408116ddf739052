package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Venue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VenueFinderTest {

    private static Optional<Venue> venue(String text) {
        return VenueFinder.find(List.of(Sentences.block(text)), Optional.of("Lakeside Coders"))
                .map(Found::value);
    }

    private static Optional<Venue> host(String text) {
        return HostVenueFinder.find(List.of(Sentences.block(text)), Optional.of("Lakeside Coders"))
                .map(Found::value);
    }

    @Test
    void aVerbThenAtOrInNamesTheVenueAndItsCity() {
        assertThat(venue("The meetup was held at Harbour Hall, Pune on Saturday.")).contains(
                Venue.builder().name("Harbour Hall").locality("Pune").build());
        assertThat(venue("We met in the Acme office this time.")).flatMap(Venue::name).contains("Acme");
    }

    @Test
    void aNameInAKnownCityAfterInIsAVenue() {
        assertThat(venue("Come and meet us in The Oak Room in Belfast, we will plan the year."))
                .contains(Venue.builder().name("Oak Room").locality("Belfast").build());
        assertThat(venue("Come and meet us in Oak Street for a walk.")).as("no city, no verb of meeting").isEmpty();
        assertThat(venue("It will be shared in the Lakeside Coders Chicago livestream.")).isEmpty();
        assertThat(venue("The conference takes place from March 3-5, 2013 in Santa Clara, California."))
                .as("a city not in the table then a state: no venue name").isEmpty();
    }

    @Test
    void aPossessiveTheGatheringItselfOrOnlineIsNoVenueName() {
        assertThat(venue("This time our meetup is hosted by Harbour Labs at their offices.")).flatMap(Venue::name)
                .contains("Harbour Labs");
        assertThat(venue("As before, Harbour Labs will be hosting us at their offices downtown."))
                .flatMap(Venue::name).contains("Harbour Labs");
        assertThat(venue("Laptops will be handed out at the Meetup.")).isEmpty();
        assertThat(venue("Venue: online")).isEmpty();
    }

    @Test
    void theHostIsTheOneThankedForHosting() {
        assertThat(host("Thanks Ravi for taking the session and Harbour Labs for hosting us.")).flatMap(Venue::name)
                .contains("Harbour Labs");
        assertThat(host("Thanks to Harbour Labs for hosting us.")).flatMap(Venue::name).contains("Harbour Labs");
    }

    @Test
    void aChatRoomOrAWebAddressIsNoPlace() {
        assertThat(venue("Questions? Join us in Lakeside Slack any time.")).isEmpty();
        assertThat(venue("Where: http://maps.example/hall")).isEmpty();
        assertThat(venue("Where: In person, Room 4 in the Harbour Hall. Also streamed.")).flatMap(Venue::name)
                .contains("Room 4 in the Harbour Hall");
    }

    @Test
    void aClockTimeThenAtNamesTheVenue() {
        assertThat(venue("Thursday June 5 at 6:30 pm at Harbour Hall.")).flatMap(Venue::name)
                .contains("Harbour Hall");
        assertThat(venue("The talk starts at 6pm at the latest.")).isEmpty();
        assertThat(venue("Slides at 6pm, then pizza.")).isEmpty();
    }

    @Test
    void aCityAloneLetsTheNextParagraphNameThePlace() {
        List<ProseBlock> blocks = List.of(Sentences.block("Our first meetup is in Belfast, for coders."),
                Sentences.block("Come and meet us in The Oak Room in the centre."),
                Sentences.block("Later we may also meet in The Linen Hall in Belfast."));
        // "in the centre" is no city, so the second paragraph's name is not taken: the city stands alone.
        assertThat(VenueFinder.find(blocks, Optional.empty()).map(Found::value))
                .contains(Venue.builder().locality("Belfast").build());
        List<ProseBlock> next = List.of(Sentences.block("Our first meetup is in Belfast, for coders."),
                Sentences.block("The meetup was held at Harbour Hall on Saturday."));
        assertThat(VenueFinder.find(next, Optional.empty()).map(Found::value))
                .contains(Venue.builder().name("Harbour Hall").locality("Belfast").build());
        List<ProseBlock> far = List.of(Sentences.block("Our first meetup is in Belfast, for coders."),
                Sentences.block("Bring a laptop."),
                Sentences.block("The meetup was held at Harbour Hall on Saturday."));
        assertThat(VenueFinder.find(far, Optional.empty()).map(Found::value))
                .as("two paragraphs on, a named place is another story")
                .contains(Venue.builder().locality("Belfast").build());
    }

    @Test
    void theVenueWasTheOfficeOfAndAHostOpeningTheSentenceAreRead() {
        assertThat(venue("The venue was the main office of Bluefin Systems.")).flatMap(Venue::name)
                .contains("Bluefin Systems");
        assertThat(venue("Bluefin Systems kindly hosted us.")).flatMap(Venue::name).contains("Bluefin Systems");
        assertThat(venue("Bluefin Systems provided us the venue.")).flatMap(Venue::name).contains("Bluefin Systems");
    }

    @Test
    void aLabelLineNamesTheVenueUnlessItNamesNoPlace() {
        assertThat(venue("Where: Harbour Hall, 12 Quay Road, Pune")).contains(Venue.builder().name("Harbour Hall")
                .streetAddress("12 Quay Road, Pune").locality("Pune").build());
        assertThat(venue("When: Monday\nWhere: Online, anywhere")).isEmpty();
    }

    @Test
    void sentencesWithoutAPlaceVerbOrThatNameTheGroupGiveNone() {
        assertThat(venue("We talked about testing in Production systems.")).isEmpty();
        assertThat(venue("Lakeside Coders hosted a quiz.")).isEmpty();
        assertThat(venue("Our next meetup will be held at Harbour Hall.")).isEmpty();
    }

    @Test
    void hostsThankedOrNamedAsSuchAreTheVenue() {
        assertThat(host("Thanks so much to Bluefin Systems for hosting us!")).flatMap(Venue::name)
                .contains("Bluefin Systems");
        assertThat(host("Our venue host: Harbour Hall")).flatMap(Venue::name).contains("Harbour Hall");
        assertThat(host("Find us at the Copper Kettle upstairs.")).flatMap(Venue::name).contains("Copper Kettle");
        assertThat(host("The room was kindly donated by Ana Silva of Bluefin Systems.")).flatMap(Venue::name)
                .contains("Bluefin Systems");
    }

    @Test
    void thanksForOtherThingsAndUsAreNoHost() {
        assertThat(host("Thanks to Bluefin Systems for the pizza.")).isEmpty();
        assertThat(host("Thanks to everyone for coming, and for hosting questions.")).isEmpty();
        assertThat(host("Nothing about rooms here.")).isEmpty();
    }
}
