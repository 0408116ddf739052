package io.meetkit.export.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IrisTest {
    private static final Optional<URI> BASE = Optional.of(URI.create("https://example.org/blog/"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://a.example/x, https://a.example/x",
            "/img/a.png, https://example.org/blog/img/a.png",
            "img/a.png, https://example.org/blog/img/a.png",
            "../up.png, https://example.org/up.png",
            "//cdn.example/a.png, https://cdn.example/a.png"})
    void webAndRelativeUrlsBecomeAbsoluteIris(String url, String expected) {
        assertThat(Iris.resolve(URI.create(url), BASE)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"javascript:alert(1)", "mailto:a@example.org", "ftp://files.example/a", "data:text/plain;base64,SGk="})
    void otherSchemesAreRefused(String url) {
        assertThat(Iris.resolve(URI.create(url), BASE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/img/a.png", "a.png"})
    void relativeUrlsWithoutABaseAreRefused(String url) {
        assertThat(Iris.resolve(URI.create(url), Optional.empty())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://bücher.example/cover.png", "https://user@пример.испытание:8443/stream", "http://例え.テスト/スライド"})
    void internationalisedHostsAreKeptAsIris(String url) {
        assertThat(Iris.resolve(URI.create(url), BASE)).contains(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://under_score.example/", "https://bad..example/", "https:///nohost"})
    void authoritiesThatAreNoHostNamesAreRefused(String url) {
        assertThat(Iris.resolve(URI.create(url), BASE)).isEmpty();
    }
}
