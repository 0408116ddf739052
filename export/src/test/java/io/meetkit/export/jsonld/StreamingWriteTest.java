package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.Link;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.export.WriteResult;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StreamingWriteTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String streamed(JsonLdWriter writer, Iterable<? extends Post> posts) throws IOException {
        StringWriter out = new StringWriter();
        writer.writeAll(posts, out);
        return out.toString();
    }

    private static List<JsonNode> nodesById(String json) {
        List<JsonNode> nodes = new ArrayList<>();
        JSON.readTree(json).path("@graph").forEach(nodes::add);
        nodes.sort(Comparator.comparing(n -> n.path("@id").asString()));
        return nodes;
    }

    /** Iterable once, like the CLI's posts read from a folder: the writer must not look at them twice. */
    private static Iterable<Post> once(List<Post> posts) {
        Iterator<Post> it = posts.iterator();
        boolean[] used = {false};
        return () -> {
            assertThat(used[0]).as("iterated twice").isFalse();
            used[0] = true;
            return it;
        };
    }

    @Test
    void oneStreamedPostIsByteForByteTheWholeDocumentWriterOutput() throws IOException {
        JsonLdWriter writer = Fixtures.writer();
        for (Post post : Fixtures.all().values()) {
            assertThat(streamed(writer, List.of(post))).as(post.source()).isEqualTo(writer.toJson(post));
        }
    }

    @Test
    void manyStreamedPostsAreByteForByteTheWholeDocument() throws IOException {
        JsonLdWriter writer = Fixtures.writer();
        List<Post> posts = List.copyOf(Fixtures.all().values());
        String whole = writer.toJson(posts);

        assertThat(nodesById(whole)).hasSizeGreaterThan(posts.size());
        assertThat(streamed(writer, once(posts))).isEqualTo(whole);
    }

    /** Two posts that say different things about one person: a second profile and a bio only the second gives. */
    private static List<Post> oneSpeakerDescribedTwice() {
        Speaker first = Speaker.of("Mira Patel", List.of(Link.of(URI.create("https://github.com/mirapatel"))));
        Speaker second = Speaker.of("Mira Patel", List.of(Link.of(URI.create("https://github.com/MiraPatel/")),
                Link.of(URI.create("https://mastodon.example/@mira")))).withBio("Maintains a *parser* library.");
        Post may = withSpeaker(Fixtures.recap(), "may", first);
        Post june = withSpeaker(Fixtures.recap(), "june", second);
        return List.of(may, june);
    }

    private static Post withSpeaker(Post post, String slug, Speaker speaker) {
        Event event = post.event().orElseThrow().toBuilder().talks(List.of(
                Talk.builder("Parsing " + slug).speaker(speaker).build())).build();
        return post.toBuilder().slug(slug).url(URI.create("https://meetup.example.org/pune/" + slug + "/"))
                .event(event).build();
    }

    @Test
    void aSpeakerDescribedDifferentlyByTwoPostsIsTheSamePersonStreamedOrWhole() throws IOException {
        JsonLdWriter writer = Fixtures.writer();
        List<Post> posts = oneSpeakerDescribedTwice();

        String whole = writer.toJson(posts);
        String streamed = streamed(writer, once(posts));

        assertThat(streamed).isEqualTo(whole);
        List<JsonNode> miras = nodesById(streamed).stream()
                .filter(n -> n.path("name").asString().equals("Mira Patel")).toList();
        // As the first post describes her: what only the second says is not added, streamed or whole.
        assertThat(miras).singleElement().satisfies(mira -> {
            assertThat(mira.path("sameAs").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("https://github.com/mirapatel");
            assertThat(mira.has("description")).isFalse();
        });
    }

    @Test
    void aPersonIsWrittenOnceRightAfterTheFirstPostThatNamesThem() throws IOException {
        List<Post> posts = oneSpeakerDescribedTwice();
        for (String json : List.of(streamed(Fixtures.writer(), once(posts)), Fixtures.writer().toJson(posts))) {
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            JSON.readTree(json).path("@graph").forEach(n -> {
                types.add(n.path("@type").asString());
                names.add(n.path("name").asString());
            });
            assertThat(names).containsOnlyOnce("Mira Patel");
            assertThat(names.indexOf("Mira Patel")).isLessThan(types.lastIndexOf("BlogPosting"));
        }
    }

    @Test
    void theResultCountsThePostsGivenAndTheEventsWritten() throws IOException {
        JsonLdWriter writer = Fixtures.writer();
        List<Post> posts = List.of(Fixtures.recap(), Fixtures.news(), Fixtures.noVenue());

        WriteResult result = writer.writeAll(once(posts), new StringWriter());

        // news has no event, and the event without a venue is left out for search engines, with a warning.
        assertThat(result.posts()).isEqualTo(3);
        assertThat(result.events()).isEqualTo(1);
        assertThat(result.diagnostics()).isNotEmpty();
    }

    @Test
    void noPostsGiveTheSameDocumentAsTheWholeDocumentWriter() throws IOException {
        JsonLdWriter writer = Fixtures.writer();
        assertThat(streamed(writer, List.of())).isEqualTo(writer.toJson(List.of()));
    }

    @Test
    void warningsOfStreamedPostsAreReturnedOnce() throws IOException {
        JsonLdWriter writer = JsonLdWriter.create(); // no base URL: a relative URL is left out with a warning
        Post relative = Fixtures.news().toBuilder().url(java.net.URI.create("2023/02/01/sprint/")).build();
        List<Post> posts = List.of(relative, relative);
        StringWriter out = new StringWriter();
        List<Diagnostic> streamed = writer.writeAll(posts, out).diagnostics();
        assertThat(streamed).isNotEmpty().containsExactlyElementsOf(
                writer.write(relative, new StringWriter()).diagnostics());
    }

    @Test
    void streamedOutputIsValidJsonEvenForAThousandPosts() throws IOException {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            posts.add(Fixtures.recap().toBuilder().slug("p" + i)
                    .url(java.net.URI.create("https://meetup.example.org/pune/p" + i + "/")).build());
        }
        String json = streamed(Fixtures.writer(), once(posts));
        long blogPostings = StreamSupport.stream(JSON.readTree(json).path("@graph").spliterator(), false)
                .filter(n -> n.path("@type").asString().equals("BlogPosting")).count();
        assertThat(blogPostings).isEqualTo(1000);
    }
}
