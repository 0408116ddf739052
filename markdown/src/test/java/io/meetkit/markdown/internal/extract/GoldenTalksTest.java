package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every {@code extract/golden/<case>.md} gives the talks of {@code <case>.expected.json} (title, kind, speakers, in
 * order); adding a case is adding two files.
 */
class GoldenTalksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenTalksTest.class.getResource("/extract/golden").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aGoldenPostGivesItsExpectedTalks(Path post) throws IOException {
        String name = post.getFileName().toString();
        Path expectedFile = post.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".expected.json");
        JsonNode expected = JSON.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
        List<Talk> talks = new EventExtractor().extract(TestPosts.input(name, Files.readString(post,
                StandardCharsets.UTF_8))).event().map(Event::talks).orElse(List.of());
        assertThat(actual(talks).toPrettyString()).isEqualTo(expected.toPrettyString());
    }

    private static JsonNode actual(List<Talk> talks) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("talks");
        for (Talk t : talks) {
            ObjectNode o = list.addObject();
            o.put("title", t.title().orElse(null));
            o.put("kind", t.kind().name());
            ArrayNode speakers = o.putArray("speakers");
            t.speakers().stream().map(Speaker::name).forEach(speakers::add);
        }
        return root;
    }
}
