package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import java.io.IOException;
import java.io.StringWriter;
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
    void manyStreamedPostsHaveTheSameNodesAsTheWholeDocument() throws IOException {
        JsonLdWriter writer = Fixtures.writer();
        List<Post> posts = List.copyOf(Fixtures.all().values());
        String whole = writer.toJson(posts);
        String streamed = streamed(writer, once(posts));

        assertThat(JSON.readTree(streamed).path("@context")).isEqualTo(JSON.readTree(whole).path("@context"));
        assertThat(nodesById(streamed)).hasSizeGreaterThan(posts.size()).isEqualTo(nodesById(whole));
    }

    @Test
    void aPersonNamedByTwoPostsIsWrittenOnceRightAfterTheFirst() throws IOException {
        Post first = Fixtures.recap();
        Post second = Fixtures.recap().toBuilder().slug("again")
                .url(java.net.URI.create("https://meetup.example.org/pune/again/")).build();
        String json = streamed(Fixtures.writer(), List.of(first, second));

        List<String> types = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        JSON.readTree(json).path("@graph").forEach(n -> {
            types.add(n.path("@type").asString());
            ids.add(n.path("@id").asString());
        });
        List<String> people = ids.stream().filter(id -> id.contains("#person-")).toList();
        assertThat(people).doesNotHaveDuplicates().isNotEmpty();
        int lastOfSecondPost = types.lastIndexOf("Event");
        assertThat(ids.indexOf(people.get(people.size() - 1))).isLessThan(lastOfSecondPost);
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
        List<Diagnostic> streamed = writer.writeAll(posts, out);
        assertThat(streamed).isNotEmpty().containsExactlyInAnyOrderElementsOf(writer.write(posts, new StringWriter()));
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
