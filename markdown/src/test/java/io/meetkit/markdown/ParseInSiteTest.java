package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Author;
import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.Post;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PostParser#parseInSite(Path)} on {@code sites/in-site}: a Jekyll site whose configuration gives the URL,
 * zone and permalink, whose data file names the author, and whose posts state only a time, so that the site's
 * convention makes each post's date its event's day.
 */
class ParseInSiteTest {

    private static final PostParser PARSER = PostParser.create();

    private static Path site() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ParseInSiteTest.class.getResource("/sites/in-site")).toURI());
    }

    private static Path march() throws URISyntaxException {
        return site().resolve("_posts/2024-03-05-march-meetup.md");
    }

    private static Post scanned(Path file) throws URISyntaxException {
        for (ParseResult r : PARSER.scan(site())) {
            if (Path.of(r.source()).equals(file)) {
                return r.post().orElseThrow();
            }
        }
        throw new AssertionError("the scan did not read " + file);
    }

    @Test
    void aFileReadInItsSiteIsThePostTheSiteScanGives() throws URISyntaxException {
        ParseResult result = PARSER.parseInSite(march());

        assertThat(result.errors()).isEmpty();
        assertThat(result.post()).contains(scanned(march()));
    }

    @Test
    void theSiteGivesTheUrlTheAuthorAndTheEventDay() throws URISyntaxException {
        Post post = PARSER.parseInSite(march()).post().orElseThrow();

        assertThat(post.url()).hasValueSatisfying(u -> assertThat(u.toString())
                .isEqualTo("https://harbourside-rust.example.org/2024/03/march-meetup/"));
        assertThat(post.authors()).extracting(Author::name).containsExactly("Inês Moura");
        EventTime.Timed time = (EventTime.Timed) post.event().flatMap(Event::time).orElseThrow();
        assertThat(time.start()).hasToString("2024-03-05T18:30Z[Europe/Lisbon]");
    }

    @Test
    void theSameFileReadOnItsOwnHasNoneOfThat() throws URISyntaxException {
        Post post = PARSER.parse(march()).post().orElseThrow();

        assertThat(post.url()).isEmpty();
        assertThat(post.authors()).extracting(Author::name).doesNotContain("Inês Moura");
        assertThat(post.event().flatMap(Event::time)).isEmpty();
    }

    @Test
    void aMissingFileOrAFolderIsAResultWithAnError() throws URISyntaxException {
        assertThat(PARSER.parseInSite(site().resolve("_posts/2024-05-07-may-meetup.md")).errors()).hasSize(1);
        ParseResult folder = PARSER.parseInSite(site());
        assertThat(folder.post()).isEmpty();
        assertThat(folder.errors()).singleElement().satisfies(d -> assertThat(d.message()).contains("folder"));
    }

    @Test
    void aFileInNoSiteIsReadAsOnItsOwn(@TempDir Path dir) throws Exception {
        Path lone = Files.writeString(dir.resolve("2024-06-04-june.md"), "---\ntitle: June\ntime: \"19:00\"\n---\n"
                + "The June meetup.\n");
        assertThat(PARSER.parseInSite(lone).post()).isEqualTo(PARSER.parse(lone).post());
        assertThat(PARSER.parseInSite(lone).post().map(Post::title)).isEqualTo(Optional.of("June"));
    }
}
