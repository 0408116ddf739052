package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of {@code extract/hostile/} is read without the extractor failing; adding a case is adding a file. */
class HostileInputTest {

    static Stream<Path> hostileFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(HostileInputTest.class.getResource("/extract/hostile").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("hostileFiles")
    void aHostileFileIsReadWithoutTheExtractorFailing(Path file) throws IOException {
        ExtractionResult r = new EventExtractor().extract(TestPosts.input(file.getFileName().toString(),
                Files.readString(file, StandardCharsets.UTF_8)));
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .noneMatch(m -> m.startsWith("event extraction failed"));
    }

    @ParameterizedTest
    @MethodSource("hostileFiles")
    void aHostileFileGivesTheSameResultUnderATurkishDefaultLocale(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ExtractionResult root = new EventExtractor().extract(TestPosts.input(file.getFileName().toString(), text));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            ExtractionResult turkish = new EventExtractor().extract(TestPosts.input(file.getFileName().toString(),
                    text));
            assertThat(turkish.event()).isEqualTo(root.event());
            assertThat(List.copyOf(turkish.diagnostics())).isEqualTo(root.diagnostics());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
