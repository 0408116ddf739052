package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Severity;
import io.meetkit.core.Venue;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static Post withEvent(Event event) {
        return Post.builder("_posts/2022-06-01-x.md", "X").url(URI.create("https://meetup.example.org/pune/x/"))
                .event(event).build();
    }

    private static List<Diagnostic> errors(Post post) {
        return Fixtures.writer().check(post).stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void completeEventHasNoEligibilityDiagnostics() {
        List<Diagnostic> found = Fixtures.writer().check(Fixtures.recap());

        // Only the javascript: profile link the fixture carries on purpose.
        assertThat(found).extracting(d -> d.key().orElseThrow()).containsExactly("speaker.links");
    }

    @Test
    void locationWithoutAddressIsExactlyOneErrorAtTheVenuesLine() {
        Post post = withEvent(Event.builder("Meetup").time(EventTime.allDay(java.time.LocalDate.of(2022, 6, 1)))
                .venue(Venue.named("The Hall")).provenance(EventFact.VENUE, Provenance.frontMatter(7)).build());

        assertThat(errors(post)).extracting(Diagnostic::toString).containsExactly(
                "_posts/2022-06-01-x.md:7:1: error: event \"Meetup\" has a location without an address (locality,"
                        + " street, region, postal code or country), which event rich results require");
    }

    @Test
    void missingStartDateIsAnError() {
        Post post = withEvent(Event.builder("Meetup").venue(Fixtures.venue()).build());

        assertThat(errors(post)).extracting(d -> d.key().orElseThrow()).containsExactly("startDate");
    }

    @Test
    void inPersonEventWithoutVenueIsAnError() {
        Post post = withEvent(Event.builder("Meetup").time(EventTime.at(Fixtures.at("2022-06-01T18:00", "UTC")))
                .build());

        assertThat(errors(post)).extracting(d -> d.key().orElseThrow()).containsExactly("location");
    }

    @Test
    void onlineOnlyEventIsReportedNotEligibleAsAWarning() {
        List<Diagnostic> found = Fixtures.writer().check(Fixtures.online());

        assertThat(found).filteredOn(d -> d.key().orElseThrow().equals("location")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.message()).contains("online only", "not eligible");
                });
        assertThat(found).noneMatch(Diagnostic::isError);
    }

    @Test
    void missingRecommendedPropertiesAreWarnings() {
        Post post = withEvent(Event.builder("Meetup").time(EventTime.at(Fixtures.at("2022-06-01T18:00", "UTC")))
                .venue(Fixtures.venue()).build());

        List<Diagnostic> found = Fixtures.writer().check(post);

        assertThat(found).allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(found).extracting(d -> d.key().orElseThrow())
                .containsExactly("description", "endDate", "image", "organizer", "performer");
    }

    @Test
    void checkReportsEventProblemsEvenWhenOnlyTheBlogPostingIsWritten() {
        JsonLdWriter postsOnly = Fixtures.writer().toBuilder().event(false).build();
        Post post = withEvent(Event.builder("Meetup").venue(Fixtures.venue()).build());

        assertThat(postsOnly.check(post)).anyMatch(d -> d.key().orElseThrow().equals("startDate"));
    }

    @Test
    void postWithoutEventHasNothingToReport() {
        assertThat(Fixtures.writer().check(Fixtures.news())).isEmpty();
    }
}
