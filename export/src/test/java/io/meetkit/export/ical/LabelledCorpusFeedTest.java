package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Post;
import io.meetkit.export.WriteResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-labelled posts of the shared corpus ({@code corpus/labels/*.json}), turned into model posts as their
 * labels describe them, make one feed that the lint, ical4j (strict) and biweekly accept. (The export module may
 * not depend on the Markdown reader, so the whole corpus is converted where both meet, in the command-line tool.)
 */
@EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
class LabelledCorpusFeedTest {

    private static List<Post> labelledPosts() throws IOException {
        Path labels = Path.of(System.getProperty("meetkit.shared.dir"), "corpus", "labels");
        JsonMapper json = JsonMapper.builder().build();
        List<Post> posts = new ArrayList<>();
        try (Stream<Path> files = Files.list(labels)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                posts.add(Labels.post(json.readTree(file)));
            }
        }
        return posts;
    }

    @Test
    void theLabelledCorpusMakesOneFeedThatBothReadersAndTheLintAccept() throws IOException {
        List<Post> posts = labelledPosts();
        IcsWriter writer = IcsWriter.builder().clock(Samples.CLOCK).calendarName("BangPypers")
                .uidDomain("bangalore.pythonindia.org").timeZone(Labels.HOME).talkEvents(true).build();
        StringWriter out = new StringWriter();
        WriteResult result = writer.writeFeed(posts, out);
        IndependentReaders.assertAccepted(out.toString());

        long dated = posts.stream().filter(p -> p.event().orElseThrow().time().isPresent()).count();
        assertThat(dated).isPositive();
        assertThat(result.events()).isGreaterThanOrEqualTo((int) dated);
        assertThat(result.diagnostics()).hasSize(posts.size() - (int) dated)
                .allSatisfy(d -> assertThat(d.key()).contains("event.start"));
        StringWriter again = new StringWriter();
        writer.writeFeed(posts, again);
        assertThat(again.toString()).isEqualTo(out.toString());
    }
}
