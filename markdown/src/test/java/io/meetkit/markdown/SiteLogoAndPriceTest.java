package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Site;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan reads the site's logo and language from its configuration, and free events only where declared. */
class SiteLogoAndPriceTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Site site() throws IOException {
        write("_posts/2024-05-02-meetup.md", "---\ntitle: May meetup\n---\nHello.\n");
        SiteScan scan = PostParser.create().scan(List.of(root));
        return scan.site();
    }

    @Test
    void aJekyllLogoPathIsResolvedUnderTheSiteUrlAndBaseurl() throws IOException {
        write("_config.yml", """
                title: Riverside Python
                url: https://riverside.example.org
                baseurl: /py
                logo: /assets/img/logo.png
                lang: en_GB
                """);
        Site site = site();
        assertThat(site.logo()).contains(URI.create("https://riverside.example.org/py/assets/img/logo.png"));
        assertThat(site.language()).contains("en_GB");
        assertThat(site.freeEvents()).isFalse();
    }

    @Test
    void aLogoGivenAsAnImageMapOrAbsoluteUrlIsTakenAsItIs() throws IOException {
        write("_config.yml", """
                title: Riverside Python
                image:
                  path: https://cdn.example.net/riverside.png
                  height: 100
                """);
        assertThat(site().logo()).contains(URI.create("https://cdn.example.net/riverside.png"));
    }

    @Test
    void aHugoLogoUnderParamsIsRead() throws IOException {
        write("hugo.toml", """
                baseURL = "https://hill.example.org/"
                title = "Hill Gophers"
                languageCode = "de-de"
                [params]
                logo = "images/gopher.svg"
                """);
        Files.createDirectories(root.resolve("content/posts"));
        write("content/posts/meetup.md", "---\ntitle: Meetup\ndate: 2024-05-02\n---\nHallo.\n");
        Site site = PostParser.create().scan(List.of(root)).site();
        assertThat(site.logo()).contains(URI.create("https://hill.example.org/images/gopher.svg"));
        assertThat(site.language()).contains("de-de");
    }

    @Test
    void aSiteWithoutALogoKeyHasNone() throws IOException {
        write("_config.yml", "title: Riverside Python\nurl: https://riverside.example.org\n");
        assertThat(site().logo()).isEmpty();
    }

    @Test
    void eventsAreFreeOnlyWhenTheSiteDeclaresIt() throws IOException {
        write("_config.yml", """
                title: Riverside Python
                meetkit:
                  free_events: true
                """);
        assertThat(site().freeEvents()).isTrue();
    }

    @Test
    void aFreeEventsValueThatIsNotABooleanIsAWarningAndDeclaresNothing() throws IOException {
        write("_config.yml", """
                title: Riverside Python
                meetkit:
                  free_events: sometimes
                """);
        write("_posts/2024-05-02-meetup.md", "---\ntitle: May meetup\n---\nHello.\n");
        SiteScan scan = PostParser.create().scan(List.of(root));
        assertThat(scan.site().freeEvents()).isFalse();
        assertThat(scan.siteDiagnostics()).anySatisfy(d ->
                assertThat(d.message()).contains("meetkit.free_events: expected true or false"));
    }
}
