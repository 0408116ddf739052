package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.Link;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLdWriterTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode graph(String json) {
        return JSON.readTree(json).path("@graph");
    }

    static JsonNode first(String json, String type) {
        for (JsonNode node : graph(json)) {
            if (node.path("@type").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " node in " + json);
    }

    static List<JsonNode> all(String json, String type) {
        return StreamSupport.stream(graph(json).spliterator(), false)
                .filter(n -> n.path("@type").asString().equals(type)).toList();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isObject() ? n.path("@id").asString() : n.asString()));
        return out;
    }

    private static Post withEvent(Event event) {
        return Post.builder("_posts/2022-06-01-x.md", "X")
                .url(URI.create("https://meetup.example.org/pune/x/")).event(event).build();
    }

    @Test
    void documentUsesTheSchemaOrgContextAndAGraph() {
        String json = Fixtures.writer().toJson(Fixtures.recap());

        JsonNode root = JSON.readTree(json);
        assertThat(root.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(strings(root.path("@graph")).size()).isEqualTo(6);
    }

    @Test
    void eventNameIsTheEventsOwnNameNotThePostTitle() {
        String json = Fixtures.writer().toJson(Fixtures.recap());

        assertThat(first(json, "Event").path("name").asString()).isEqualTo("June Meetup");
        assertThat(first(json, "BlogPosting").path("headline").asString()).isEqualTo("June Meetup recap");
    }

    @ParameterizedTest(name = "{0} at {1} is written as {2}")
    @CsvSource({
            "Asia/Kolkata, 2022-06-18T10:00, 2022-06-18T10:00:00+05:30",
            "Europe/Berlin, 2022-07-01T19:00, 2022-07-01T19:00:00+02:00",
            "Europe/Berlin, 2022-01-13T19:00, 2022-01-13T19:00:00+01:00",
            "America/New_York, 2022-11-10T18:30, 2022-11-10T18:30:00-05:00",
            "Australia/Lord_Howe, 2022-07-05T18:00, 2022-07-05T18:00:00+10:30",
            "Australia/Lord_Howe, 2022-01-05T18:00, 2022-01-05T18:00:00+11:00",
            "UTC, 2022-01-05T18:00, 2022-01-05T18:00:00+00:00",
            // Offsets with seconds (Madras time before 1906, local mean time before 1854) have no ISO 8601 form:
            // the same instant, exactly, in UTC.
            "Asia/Kolkata, 1900-01-01T10:00, 1900-01-01T04:38:50+00:00",
            "Asia/Kolkata, 1850-01-01T10:00, 1850-01-01T04:06:32+00:00"})
    void startDateCarriesTheOffsetOfTheEventsZoneAtThatInstant(String zone, String local, String expected) {
        Post post = withEvent(Event.builder("Meetup").time(EventTime.at(Fixtures.at(local, zone))).build());

        assertThat(first(Fixtures.everyEvent().toJson(post), "Event").path("startDate").asString())
                .isEqualTo(expected);
    }

    @Test
    void allDayEventHasBareDatesAndNoInventedMidnight() {
        String json = Fixtures.writer().toJson(Fixtures.allDay());

        JsonNode event = first(json, "Event");
        assertThat(event.path("startDate").asString()).isEqualTo("2023-03-04");
        assertThat(event.path("endDate").asString()).isEqualTo("2023-03-05");
        assertThat(json).doesNotContain("T00:00");
    }

    @Test
    void statusAndAttendanceModeAreFullSchemaOrgUrls() {
        JsonNode event = first(Fixtures.writer().toJson(Fixtures.online()), "Event");

        assertThat(event.path("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(event.path("eventAttendanceMode").asString())
                .isEqualTo("https://schema.org/OnlineEventAttendanceMode");
    }

    @Test
    void previousStartDateIsWrittenForARescheduledEvent() {
        JsonNode event = first(Fixtures.writer().toJson(Fixtures.rescheduled()), "Event");

        assertThat(event.path("eventStatus").asString()).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(event.path("previousStartDate").asString()).isEqualTo("2022-12-01T18:30:00+01:00");
    }

    @Test
    void venueBecomesAPlaceWithPostalAddressAndGeoCoordinates() {
        JsonNode place = first(Fixtures.writer().toJson(Fixtures.recap()), "Event").path("location");

        assertThat(place.path("@type").asString()).isEqualTo("Place");
        assertThat(place.path("name").asString()).isEqualTo("Acme Labs");
        assertThat(place.path("address").path("@type").asString()).isEqualTo("PostalAddress");
        assertThat(place.path("address").path("addressLocality").asString()).isEqualTo("Pune");
        assertThat(place.path("address").path("streetAddress").asString()).isEqualTo("12 MG Road");
        assertThat(place.path("geo").path("latitude").doubleValue()).isEqualTo(18.5204);
    }

    @Test
    void onlineEventHasAVirtualLocationAndNoMadeUpPlace() {
        String json = Fixtures.writer().toJson(Fixtures.online());

        JsonNode location = first(json, "Event").path("location");
        assertThat(location.path("@type").asString()).isEqualTo("VirtualLocation");
        assertThat(location.path("url").asString()).isEqualTo("https://meet.example.com/talk-night");
        assertThat(json).doesNotContain("\"Place\"");
    }

    @Test
    void mixedEventHasBothThePlaceAndTheVirtualLocation() {
        Post post = withEvent(Event.builder("Hybrid").venue(Venue.named("Hall"))
                .onlineUrl(URI.create("https://stream.example.com/")).attendanceMode(AttendanceMode.MIXED).build());

        JsonNode location = first(Fixtures.everyEvent().toJson(post), "Event").path("location");
        assertThat(location.isArray()).isTrue();
        assertThat(location.get(0).path("@type").asString()).isEqualTo("Place");
        assertThat(location.get(1).path("@type").asString()).isEqualTo("VirtualLocation");
    }

    @Test
    void eachTalkIsASubEventWithItsSpeakersAsPerformers() {
        String json = Fixtures.writer().toJson(Fixtures.recap());

        JsonNode talks = first(json, "Event").path("subEvent");
        assertThat(talks.size()).isEqualTo(4);
        assertThat(talks.get(0).path("name").asString()).isEqualTo("Async IO in practice");
        assertThat(talks.get(0).path("@id").asString())
                .isEqualTo("https://meetup.example.org/pune/2022/06/20/june-meetup-recap/#talk-async-io-in-practice");
        assertThat(strings(talks.get(2).path("performer"))).containsExactly(
                "https://meetup.example.org/pune/#person-ana-lima", "https://meetup.example.org/pune/#person-jane-doe");
    }

    @Test
    void talkWithoutItsOwnStartUsesTheMeetupsStartAndSharesItsLocation() {
        JsonNode event = first(Fixtures.writer().toJson(Fixtures.recap()), "Event");

        JsonNode talk = event.path("subEvent").get(1);
        assertThat(talk.path("startDate").asString()).isEqualTo(event.path("startDate").asString());
        assertThat(talk.path("location").path("@id").asString()).isEqualTo(event.path("location").path("@id")
                .asString());
    }

    @Test
    void talkWithStartAndDurationHasItsOwnEndDate() {
        JsonNode talk = first(Fixtures.writer().toJson(Fixtures.recap()), "Event").path("subEvent").get(0);

        assertThat(talk.path("startDate").asString()).isEqualTo("2022-06-18T10:15:00+05:30");
        assertThat(talk.path("endDate").asString()).isEqualTo("2022-06-18T10:45:00+05:30");
    }

    @Test
    void slidesAreAFeaturedWorkAndVideosARecording() {
        JsonNode talk = first(Fixtures.writer().toJson(Fixtures.recap()), "Event").path("subEvent").get(0);

        assertThat(talk.path("workFeatured").get(0).path("@type").asString()).isEqualTo("PresentationDigitalDocument");
        assertThat(talk.path("workFeatured").get(0).path("url").asString())
                .isEqualTo("https://speakerdeck.com/janedoe/async-io");
        assertThat(talk.path("recordedIn").get(0).path("url").asString())
                .isEqualTo("https://www.youtube.com/watch?v=abc123");
    }

    @Test
    void aSpeakerOfSeveralTalksAndTheAuthorWithTheSameProfileAreOnePersonNode() {
        String json = Fixtures.writer().toJson(Fixtures.recap());

        List<String> ids = all(json, "Person").stream().map(p -> p.path("@id").asString()).toList();
        assertThat(ids).containsExactly("https://meetup.example.org/pune/#person-jane-doe",
                "https://meetup.example.org/pune/#person-ravi-kumar", "https://meetup.example.org/pune/#person-ana-lima",
                "https://meetup.example.org/pune/#person-tom-tran");
        assertThat(strings(first(json, "BlogPosting").path("author")))
                .containsExactly("https://meetup.example.org/pune/#person-jane-doe");
    }

    @Test
    void personSameAsHoldsDeduplicatedProfilesAndUrlThePersonalSite() {
        JsonNode jane = all(Fixtures.writer().toJson(Fixtures.recap()), "Person").get(0);

        // x.com/JaneDoe/ is the same profile as twitter.com/janedoe, so it is not repeated.
        assertThat(strings(jane.path("sameAs")))
                .containsExactly("https://twitter.com/janedoe", "https://github.com/janedoe");
        assertThat(jane.path("url").asString()).isEqualTo("https://jane.example.net/");
        assertThat(jane.path("name").asString()).isEqualTo("Jane Doe");
    }

    @Test
    void aPersonNamedByTwoPostsIsOneNodeInTheirDocument() {
        String json = Fixtures.writer().toJson(List.of(Fixtures.recap(), Fixtures.online()));

        assertThat(all(json, "Person").stream().filter(p -> p.path("name").asString().equals("Ravi Kumar")))
                .hasSize(1);
        assertThat(all(json, "Event")).hasSize(2);
    }

    @Test
    void blogPostingHasTheCanonicalUrlKeywordsAndPointsAtTheEvent() {
        JsonNode posting = first(Fixtures.writer().toJson(Fixtures.recap()), "BlogPosting");

        String url = "https://meetup.example.org/pune/2022/06/20/june-meetup-recap/";
        assertThat(posting.path("url").asString()).isEqualTo(url);
        assertThat(posting.path("mainEntityOfPage").path("@id").asString()).isEqualTo(url);
        assertThat(posting.path("about").path("@id").asString()).isEqualTo(url + "#event");
        assertThat(posting.path("datePublished").asString()).isEqualTo("2022-06-20T09:30:00+05:30");
        assertThat(posting.path("dateModified").asString()).isEqualTo("2022-06-21T18:00:00+05:30");
        assertThat(strings(posting.path("keywords"))).containsExactly("recap", "python", "asyncio");
    }

    @Test
    void relativeUrlsAreResolvedAgainstTheBaseUrl() {
        String json = Fixtures.writer().toJson(Fixtures.recap());

        assertThat(first(json, "BlogPosting").path("image").asString())
                .isEqualTo("https://meetup.example.org/pune/assets/img/june.jpg");
        assertThat(first(JsonLdWriter.create().toJson(Fixtures.allDay()), "BlogPosting").has("url")).isFalse();
    }

    @Test
    void javascriptLinkIsLeftOutWithAWarning() throws IOException {
        StringWriter out = new StringWriter();

        List<Diagnostic> warnings = Fixtures.writer().write(Fixtures.recap(), out).diagnostics();

        assertThat(out.toString()).doesNotContain("javascript");
        assertThat(warnings).extracting(Diagnostic::toString).containsExactly(
                "_posts/2022-06-20-june-meetup-recap.md:1:1: warning: JSON-LD leaves out speaker.links"
                        + " <javascript:alert(1)>: not an http(s) URL");
    }

    @Test
    void relativeUrlWithoutABaseIsLeftOutWithAWarning() throws IOException {
        List<Diagnostic> warnings = JsonLdWriter.create().write(Fixtures.allDay(), new StringWriter()).diagnostics();

        assertThat(warnings).extracting(Diagnostic::message).containsExactly(
                "JSON-LD leaves out url <2023/02/01/sprint/>: a relative URL and no base URL is set");
    }

    @Test
    void withoutUrlsNodeIdsAreBlankNodes() {
        String json = JsonLdWriter.create().toJson(Fixtures.allDay());

        assertThat(first(json, "Event").path("@id").asString()).isEqualTo("_:sprint-event");
        assertThat(first(json, "Person").path("@id").asString()).isEqualTo("_:person-ana-lima");
    }

    @Test
    void organizerIsAnOrganizationWithItsCommunityLinksAsSameAs() {
        JsonNode organizer = first(Fixtures.writer().toJson(Fixtures.recap()), "Event").path("organizer");

        assertThat(organizer.path("@type").asString()).isEqualTo("Organization");
        assertThat(organizer.path("name").asString()).isEqualTo("Pune Python");
        assertThat(strings(organizer.path("sameAs")))
                .containsExactly("https://www.meetup.com/punepython/", "https://twitter.com/punepython");
    }

    @Test
    void defaultOrganizerIsUsedForEventsThatNameNone() {
        JsonLdWriter writer = Fixtures.writer().toBuilder().organizer(Organizer.named("Site group")).build();

        assertThat(first(writer.toJson(Fixtures.allDay()), "Event").path("organizer").path("name").asString())
                .isEqualTo("Site group");
    }

    @Test
    void descriptionsArePlainText() {
        String json = Fixtures.writer().toJson(Fixtures.recap());

        assertThat(first(json, "Event").path("description").asString())
                .isEqualTo("Four talks about Python tooling. See the slides.");
        assertThat(all(json, "Person").get(1).path("description").asString())
                .isEqualTo("Works on compilers at Acme & friends.");
    }

    @Test
    void outputHasNoNullEmptyStringEmptyArrayOrEmptyObject() {
        for (Post post : Fixtures.all().values()) {
            String json = JsonLdWriter.builder().prettyPrint(false).build().toJson(post);

            assertThat(json).doesNotContain("null", "\"\"", "[]", "{}");
        }
    }

    @Test
    void blogPostingOnlyLeavesTheEventOut() {
        String json = Fixtures.writer().toBuilder().event(false).build().toJson(Fixtures.recap());

        assertThat(all(json, "Event")).isEmpty();
        assertThat(first(json, "BlogPosting").has("about")).isFalse();
    }

    @Test
    void eventOnlyLeavesTheBlogPostingOut() {
        String json = Fixtures.writer().toBuilder().blogPosting(false).build().toJson(Fixtures.recap());

        assertThat(all(json, "BlogPosting")).isEmpty();
        assertThat(all(json, "Event")).hasSize(1);
    }

    @Test
    void compactOutputIsOneLine() {
        String json = Fixtures.writer().toBuilder().prettyPrint(false).build().toJson(Fixtures.recap());

        assertThat(json).doesNotContain("\n").startsWith("{\"@context\":\"https://schema.org\",\"@graph\":[");
    }

    @Test
    void prettyOutputUsesLineFeedsWhateverThePlatform() {
        String json = Fixtures.writer().toJson(Fixtures.recap());

        assertThat(json).contains("\n  \"@graph\": [").doesNotContain("\r");
    }

    @Test
    void builderRefusesToWriteNothing() {
        assertThatThrownBy(() -> JsonLdWriter.builder().event(false).blogPosting(false).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing to write");
    }

    @Test
    void builderRefusesABaseUrlThatIsNotAbsoluteHttp() {
        assertThatThrownBy(() -> JsonLdWriter.builder().baseUrl(URI.create("/blog/")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl");
    }

    @Test
    void writeLeavesTheCallersWriterOpenAndFlushed() throws IOException {
        class Tracking extends StringWriter {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking out = new Tracking();

        Fixtures.writer().write(Fixtures.news(), out);

        assertThat(out.closed).isFalse();
        assertThat(out.toString()).endsWith("}");
    }

    @Test
    void failingWriterSurfacesAsIoException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> Fixtures.writer().write(Fixtures.recap(), broken))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> JsonLdWriter.create().toJson((Post) null)).hasMessage("post");
        assertThatThrownBy(() -> JsonLdWriter.create().write(Fixtures.news(), null)).hasMessage("out");
    }

    @Test
    void talkTitlesThatSlugAlikeGetDistinctIds() {
        Post post = withEvent(Event.builder("M")
                .talk(Talk.builder("Intro!").speaker(Speaker.of("A")).build())
                .talk(Talk.builder("Intro?").speaker(Speaker.of("B", List.of(Link.of(URI.create("https://github.com/b")))))
                        .build())
                .build());

        JsonNode talks = first(Fixtures.everyEvent().toJson(post), "Event").path("subEvent");
        assertThat(talks.get(0).path("@id").asString()).endsWith("#talk-intro");
        assertThat(talks.get(1).path("@id").asString()).endsWith("#talk-intro-2");
    }

    @Test
    void nodeIdsDropAFragmentThePostUrlAlreadyHas() {
        Post post = Fixtures.rescheduled().toBuilder()
                .url(URI.create("https://meetup.example.org/pune/winter/#top")).build();

        assertThat(first(Fixtures.writer().toJson(post), "Event").path("@id").asString())
                .isEqualTo("https://meetup.example.org/pune/winter/#event");
    }

    @Test
    void oneWriterServesManyThreadsWithIdenticalOutput() throws Exception {
        JsonLdWriter writer = Fixtures.writer();
        String expected = writer.toJson(Fixtures.recap());
        Callable<String> task = () -> writer.toJson(Fixtures.recap());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<String> result : pool.invokeAll(Collections.nCopies(32, task))) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void httpSocialProfilesAreWrittenAsHttps() {
        Post post = withEvent(Event.builder("M").talk(Talk.builder("T").speaker(Speaker.of("Kim Lee", List.of(
                Link.of(URI.create("http://github.com/kimlee")), Link.of(URI.create("http://kim.example/"))))).build())
                .build());

        JsonNode kim = first(Fixtures.writer().toJson(post), "Person");
        assertThat(strings(kim.path("sameAs"))).containsExactly("https://github.com/kimlee");
        assertThat(kim.path("url").asString()).isEqualTo("http://kim.example/");
    }
}
