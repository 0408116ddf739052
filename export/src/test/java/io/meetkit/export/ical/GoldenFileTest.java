package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.meetkit.core.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each case written with a fixed clock equals {@code ical/NAME.expected.ics} byte for byte. A case is either a
 * {@link Samples} entry or a file {@code ical/NAME.labels.json}: a JSON array of posts in the shared corpus's label
 * format (see {@link Labels}), written as one feed. Adding a case is adding those two files. On a difference, or a
 * missing golden file, the actual output is left in {@code target/ical-actual/} to review and copy over.
 */
class GoldenFileTest {

    private static final String LABELS = ".labels.json";
    private static final String EXPECTED = ".expected.ics";

    static Stream<String> names() throws IOException, URISyntaxException {
        TreeSet<String> names = new TreeSet<>(Samples.all().keySet());
        names.addAll(filesEndingWith(LABELS));
        return names.stream();
    }

    private static TreeSet<String> filesEndingWith(String suffix) throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenFileTest.class.getResource("/ical").toURI());
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .forEach(n -> names.add(n.substring(0, n.length() - suffix.length())));
        }
        return names;
    }

    /** The writer for label cases: a BangPypers feed at home in Kolkata. */
    private static Samples.Sample labelled(String name) throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/ical/" + name + LABELS)) {
            List<Post> posts = new ArrayList<>();
            for (JsonNode label : JsonMapper.builder().build().readTree(in).values()) {
                posts.add(Labels.post(label));
            }
            return new Samples.Sample(IcsWriter.builder().clock(Samples.CLOCK).calendarName("BangPypers")
                    .uidDomain("bangalore.pythonindia.org").timeZone(Labels.HOME).build(), posts, true);
        }
    }

    private static Samples.Sample sample(String name) throws IOException {
        Samples.Sample sample = Samples.all().get(name);
        return sample != null ? sample : labelled(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void outputEqualsTheGoldenFile(String name) throws IOException {
        String actual = render(sample(name));
        String expected = expected(name);
        if (!actual.equals(expected)) {
            Path dir = Path.of("target", "ical-actual");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".expected.ics"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void goldenOutputIsAcceptedByBothReadersAndTheLint(String name) throws IOException {
        IndependentReaders.assertAccepted(render(sample(name)));
    }

    @Test
    void everyGoldenFileHasACase() throws IOException, URISyntaxException {
        assertThat(filesEndingWith(EXPECTED)).containsExactlyElementsOf(names().toList());
    }

    static String render(Samples.Sample sample) throws IOException {
        StringWriter out = new StringWriter();
        if (sample.feed()) {
            sample.writer().writeFeed(sample.posts(), out);
        } else {
            sample.writer().write(sample.posts().get(0), out);
        }
        return out.toString();
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/ical/" + name + ".expected.ics")) {
            return in == null ? "(no golden file ical/" + name + ".expected.ics)"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
