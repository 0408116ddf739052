package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@link Samples} case written with a fixed clock equals {@code ical/NAME.expected.ics} byte for byte. On a
 * difference the actual output is left in {@code target/ical-actual/} to review and copy over.
 */
class GoldenFileTest {

    static Stream<String> names() {
        return Samples.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void outputEqualsTheGoldenFile(String name) throws IOException {
        String actual = render(Samples.all().get(name));
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
        IndependentReaders.assertAccepted(render(Samples.all().get(name)));
    }

    @Test
    void everyGoldenFileHasASample() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenFileTest.class.getResource("/ical").toURI());
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.ics"))
                    .forEach(n -> files.add(n.substring(0, n.length() - ".expected.ics".length())));
        }
        assertThat(files).containsExactlyElementsOf(new TreeSet<>(Samples.all().keySet()));
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

    static Map<String, Samples.Sample> samples() {
        return Samples.all();
    }
}
