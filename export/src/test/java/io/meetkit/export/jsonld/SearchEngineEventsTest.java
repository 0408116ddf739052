package io.meetkit.export.jsonld;

import static io.meetkit.export.jsonld.JsonLdWriterTest.all;
import static io.meetkit.export.jsonld.JsonLdWriterTest.first;
import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * By default an {@code Event} is written only when search engines accept it (a start date, and a {@code Place} with
 * an address or a {@code VirtualLocation}); the post of an event left out still describes its speakers.
 */
class SearchEngineEventsTest {

    private static Post withEvent(Event event) {
        return Post.builder("_posts/2022-06-01-x.md", "X").url(URI.create("https://meetup.example.org/pune/x/"))
                .event(event).build();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("@id").asString()));
        return ids;
    }

    @Test
    void anEventWithoutAVenueIsLeftOutAndThePostMentionsItsSpeakersInstead() {
        String json = Fixtures.writer().toJson(Fixtures.noVenue());

        assertThat(all(json, "Event")).isEmpty();
        JsonNode posting = first(json, "BlogPosting");
        assertThat(posting.has("about")).isFalse();
        assertThat(ids(posting.path("mentions"))).containsExactly("https://meetup.example.org/pune/#person-jane-doe",
                "https://meetup.example.org/pune/#person-ana-lima");
        assertThat(all(json, "Person")).extracting(p -> p.path("@id").asString())
                .containsExactlyElementsOf(ids(posting.path("mentions")));
    }

    @Test
    void theMentionedPeopleHaveTheIdsTheyHaveAsPerformersWhenEveryEventIsWritten() {
        String every = Fixtures.everyEvent().toJson(Fixtures.noVenue());
        String eligible = Fixtures.writer().toJson(Fixtures.noVenue());

        List<String> performers = new ArrayList<>();
        first(every, "Event").path("subEvent").forEach(t -> performers.addAll(ids(t.path("performer"))));
        assertThat(ids(first(eligible, "BlogPosting").path("mentions")))
                .containsExactlyInAnyOrderElementsOf(performers.stream().distinct().toList());
        assertThat(all(eligible, "Person")).isEqualTo(all(every, "Person"));
    }

    @Test
    void allEventsWritesTheEventAndPointsTheBlogPostingAtIt() {
        String json = Fixtures.everyEvent().toJson(Fixtures.noVenue());

        JsonNode event = first(json, "Event");
        assertThat(event.has("location")).isFalse();
        assertThat(first(json, "BlogPosting").path("about").path("@id").asString()).isEqualTo(event.path("@id")
                .asString());
        assertThat(first(json, "BlogPosting").has("mentions")).isFalse();
    }

    @Test
    void anEventWithoutAStartDateIsLeftOutWithAWarningAtItsLine() throws Exception {
        Post post = withEvent(Event.builder("Meetup").venue(Fixtures.venue())
                .talk(Talk.builder("T").speaker(Speaker.of("Kim Lee")).build())
                .provenance(EventFact.DATE, Provenance.frontMatter(3)).build());

        List<Diagnostic> warnings = Fixtures.writer().write(post, new StringWriter()).diagnostics();

        assertThat(warnings).extracting(Diagnostic::toString).containsExactly("_posts/2022-06-01-x.md:3:1: warning:"
                + " JSON-LD leaves out event \"Meetup\": it has no start date, which search engines require of an"
                + " Event; its speakers are still described (JsonLdWriter.Builder.allEvents(true) or meetup"
                + " --all-events writes it anyway)");
        assertThat(all(Fixtures.writer().toJson(post), "Event")).isEmpty();
    }

    @Test
    void aPlaceWithoutAnAddressIsNotEnough() {
        Post post = withEvent(Event.builder("Meetup").time(EventTime.at(Fixtures.at("2022-06-01T18:00", "UTC")))
                .venue(Venue.named("The Hall")).build());

        assertThat(all(Fixtures.writer().toJson(post), "Event")).isEmpty();
    }

    @Test
    void anOnlineEventWithAVirtualLocationIsWritten() {
        assertThat(all(Fixtures.writer().toJson(Fixtures.online()), "Event")).hasSize(1);
    }

    @Test
    void aHybridEventWithoutAnAddressIsWrittenForItsVirtualLocation() {
        Post post = withEvent(Event.builder("Hybrid").time(EventTime.at(Fixtures.at("2022-06-01T18:00", "UTC")))
                .venue(Venue.named("Hall")).onlineUrl(URI.create("https://stream.example.com/"))
                .attendanceMode(AttendanceMode.MIXED).build());

        assertThat(all(Fixtures.writer().toJson(post), "Event")).hasSize(1);
    }

    @Test
    void checkSaysWhyTheEventIsLeftOutUnlessEveryEventIsWritten() {
        List<Diagnostic> found = Fixtures.writer().check(Fixtures.noVenue());

        assertThat(found).filteredOn(d -> d.key().orElseThrow().equals("event")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("leaves out event \"July Meetup\"",
                        "no location"));
        assertThat(found).anyMatch(d -> d.isError() && d.key().orElseThrow().equals("location"));
        assertThat(Fixtures.everyEvent().check(Fixtures.noVenue())).noneMatch(d -> d.key().orElseThrow()
                .equals("event"));
    }

    @Test
    void streamingGivesTheSameMentionsAndPeople() throws Exception {
        StringWriter out = new StringWriter();
        Fixtures.writer().writeAll(List.of(Fixtures.noVenue()), out);

        String listed = Fixtures.writer().toJson(Fixtures.noVenue());
        assertThat(first(out.toString(), "BlogPosting")).isEqualTo(first(listed, "BlogPosting"));
        assertThat(all(out.toString(), "Person")).isEqualTo(all(listed, "Person"));
    }
}
