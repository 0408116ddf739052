package io.meetkit.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PostJsonFormatTest {
    private static final String GOLDEN = "/json/rich-post.expected.json";

    private final PostJson json = PostJson.create();

    static String golden() throws IOException {
        try (InputStream in = PostJsonFormatTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRichPostIsWrittenExactlyAsTheGoldenFile() throws IOException {
        assertThat(json.toJson(SamplePosts.maximal()) + "\n").isEqualTo(golden());
    }

    @Test
    void theGoldenFileReadsBackAsTheRichPost() throws IOException {
        assertThat(json.readPost(golden())).isEqualTo(SamplePosts.maximal());
    }

    @Test
    void writingTheSamePostTwiceGivesIdenticalBytes() {
        assertThat(json.toJson(SamplePosts.maximal())).isEqualTo(json.toJson(SamplePosts.maximal()));
    }

    @Test
    void equalPostsBuiltInADifferentOrderGiveIdenticalBytes() {
        Post post = SamplePosts.maximal();
        Event event = post.event().orElseThrow();
        // Provenance handed over in reverse fact order must still come out in the model's (fact) order.
        Map<EventFact, Provenance> reversed = new LinkedHashMap<>();
        List<EventFact> facts = List.copyOf(event.provenance().keySet());
        for (int i = facts.size() - 1; i >= 0; i--) {
            reversed.put(facts.get(i), event.provenance().get(facts.get(i)));
        }
        Event other = new Event(event.name(), event.time(), event.previousTime(), event.venue(), event.onlineUrl(),
                event.status(), event.attendanceMode(), event.attendance(), event.talks(), event.organizer(),
                event.url(), event.links(), event.description(), reversed);
        Post again = post.withEvent(other);
        assertThat(again).isEqualTo(post);
        assertThat(json.toJson(again)).isEqualTo(json.toJson(post));
    }

    @Test
    void outputIsTheSameUnderAnotherDefaultTimeZoneAndLocale() throws IOException {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            PostJson turkish = PostJson.create();
            assertThat(turkish.toJson(SamplePosts.maximal()) + "\n").isEqualTo(golden());
            assertThat(turkish.readPost(golden())).isEqualTo(SamplePosts.maximal());
            // "LINK" upper-cased and "mailing_list" in Turkish rules would gain a dotted İ; constants must not.
            String upper = golden().replace("\"kind\": \"email\"", "\"kind\": \"EMAIL\"")
                    .replace("\"origin\": \"front_matter\"", "\"origin\": \"FRONT_MATTER\"");
            assertThat(turkish.readPost(upper)).isEqualTo(SamplePosts.maximal());
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void compactOutputIsOneLineWithoutSpaces() {
        String compact = PostJson.builder().prettyPrint(false).build().toJson(SamplePosts.minimal());
        assertThat(compact).isEqualTo("""
                {"source":"minimal.md","slug":"minimal","title":"Minimal","featured":false,"draft":false,"body":""}""");
    }

    @Test
    void prettyOutputUsesTheConfiguredIndentAndNewlinesOnly() {
        String pretty = PostJson.builder().indent(4).build().toJson(SamplePosts.minimal());
        assertThat(pretty).isEqualTo("""
                {
                    "source": "minimal.md",
                    "slug": "minimal",
                    "title": "Minimal",
                    "featured": false,
                    "draft": false,
                    "body": ""
                }""");
    }

    @Test
    void emptyFieldsCanBeWrittenAsNullAndEmptyLists() {
        String explicit = PostJson.builder().includeEmptyFields(true).prettyPrint(false).build()
                .toJson(SamplePosts.minimal());
        assertThat(explicit).contains("\"date\":null", "\"authors\":[]", "\"frontMatter\":{}", "\"event\":null");
    }

    @Test
    void anIndentOutsideOneToEightIsRejectedAtBuild() {
        PostJson.Builder builder = PostJson.builder().indent(0);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("indent");
        assertThatThrownBy(PostJson.builder().indent(9)::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anIndependentJsonTreeSeesTheDocumentedNamesAndTypes() {
        JsonNode root = JsonMapper.builder().build().readTree(json.toJson(SamplePosts.maximal()));
        assertThat(root.get("source").isString()).isTrue();
        assertThat(root.get("slug").asString()).isEqualTo("june-meetup");
        assertThat(root.get("date").asString()).isEqualTo("2024-06-01T09:00:00+02:00[Europe/Berlin]");
        assertThat(root.get("lastModified").asString()).isEqualTo("2024-06-21T07:05:30.123Z");
        assertThat(root.get("featured").isBoolean()).isTrue();
        assertThat(root.get("authors").get(0).get("handle").asString()).isEqualTo("ana");
        assertThat(root.get("authors").get(1).has("links")).isFalse();
        assertThat(root.get("links").get(0).get("kind").asString()).isEqualTo("github");
        assertThat(root.get("frontMatter").get("int").isInt()).isTrue();
        assertThat(root.get("frontMatter").get("decimal").isNumber()).isTrue();
        assertThat(root.get("frontMatterTypes").get("/smallLong").asString()).isEqualTo("long");
        assertThat(root.get("frontMatterTypes").get("/nested/a~1b~0c").asString()).isEqualTo("long");
        assertThat(root.get("frontMatterTypes").has("/int")).isFalse();

        JsonNode event = root.get("event");
        assertThat(event.get("status").asString()).isEqualTo("rescheduled");
        assertThat(event.get("attendanceMode").asString()).isEqualTo("mixed");
        assertThat(event.get("attendance").isInt()).isTrue();
        assertThat(event.get("time").get("kind").asString()).isEqualTo("timed");
        assertThat(event.get("time").get("end").asString()).isEqualTo("2024-06-20T21:00:00+02:00[Europe/Berlin]");
        assertThat(event.get("previousTime").get("kind").asString()).isEqualTo("all_day");
        assertThat(event.get("previousTime").get("firstDay").asString()).isEqualTo("2024-06-13");
        assertThat(event.get("venue").get("geo").get("latitude").isDouble()).isTrue();
        assertThat(event.get("venue").get("geo").get("latitude").asDouble()).isEqualTo(52.5200066);
        assertThat(event.get("provenance").propertyNames()).containsExactly("date", "time_zone", "venue");
        assertThat(event.get("provenance").get("date").get("origin").asString()).isEqualTo("front_matter");

        JsonNode talk = event.get("talks").get(0);
        assertThat(talk.get("kind").asString()).isEqualTo("keynote");
        assertThat(talk.get("duration").asString()).isEqualTo("PT40M");
        assertThat(talk.get("speakers").get(0).get("bio").isString()).isTrue();
        assertThat(event.get("talks").get(1).has("title")).isFalse();
    }

    @Test
    void provenanceOriginsAreWrittenInLowerCase() {
        Post post = SamplePosts.minimal().withEvent(Event.builder("E")
                .provenance(EventFact.NAME, Provenance.defaulted("x")).build());
        assertThat(json.toJson(post)).contains("\"name\": {", "\"origin\": \"default\"");
    }
}
