package io.meetkit.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fixture beside {@code jsonld/<name>.expected.jsonld}: a change of output is a visible diff. */
class GoldenFileTest {

    static Stream<String> fixtures() {
        return Fixtures.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void outputMatchesTheGoldenFile(String name) throws IOException {
        String expected;
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/jsonld/" + name + ".expected.jsonld")) {
            assertThat(in).as("golden file jsonld/%s.expected.jsonld", name).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(Fixtures.writer().toJson(Fixtures.all().get(name)) + "\n").isEqualTo(expected);
    }
}
