package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Author;
import io.meetkit.core.Link;
import io.meetkit.core.Post;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteScanTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<Post> posts(SiteScan scan) {
        return scan.stream().map(r -> {
            assertThat(r.errors()).as(r.source()).isEmpty();
            return r.post().orElseThrow();
        }).toList();
    }

    private void jekyllConfig(String extra) throws IOException {
        write("_config.yml", """
                title: Lakeside Python
                url: "https://lakeside.example.org"
                baseurl: "/py"
                timezone: Asia/Kolkata
                twitter_username: lakesidepy
                """ + extra);
    }

    @Test
    void aJekyllSiteGivesItsZoneUrlsAndSiteModel() throws IOException {
        jekyllConfig("permalink: pretty\n");
        write("_posts/2022-06-20-june-meetup.md", "---\ntitle: June\ndate: 2022-06-20 23:30:00\n---\nHi\n");
        SiteScan scan = PostParser.create().scan(root);
        Post p = posts(scan).get(0);
        assertThat(p.date().orElseThrow().getZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(p.date().orElseThrow().getDayOfMonth()).isEqualTo(20);
        assertThat(p.url()).contains(URI.create("https://lakeside.example.org/py/2022/06/20/june-meetup/"));
        assertThat(scan.site().title()).contains("Lakeside Python");
        assertThat(scan.site().links()).extracting(Link::url)
                .containsExactly(URI.create("https://twitter.com/lakesidepy"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "date,    /meetup/2022/06/20/june-meetup.html",
            "pretty,  /meetup/2022/06/20/june-meetup/",
            "ordinal, /meetup/2022/171/june-meetup.html",
            "none,    /meetup/june-meetup.html",
            "'/blog/:year/:month/:day/:title/', /blog/2022/06/20/june-meetup/",
            "'/:categories/:short_year/:i_month/:i_day/:slug', /meetup/22/6/20/june-meetup"})
    void everyJekyllPermalinkStyle(String style, String path) throws IOException {
        write("_config.yml", "url: https://x.example.org\npermalink: \"" + style + "\"\n");
        write("_posts/2022-06-20-june-meetup.md", "---\ntitle: June\ncategories: [meetup]\n---\n");
        Post p = posts(PostParser.create().scan(root)).get(0);
        assertThat(p.url()).contains(URI.create("https://x.example.org" + path));
    }

    @Test
    void aPermalinkKeyWins() throws IOException {
        jekyllConfig("");
        write("_posts/2022-06-20-june.md", "---\ntitle: June\npermalink: /special/\n---\n");
        assertThat(posts(PostParser.create().scan(root)).get(0).url())
                .contains(URI.create("https://lakeside.example.org/py/special/"));
    }

    @Test
    void frontMatterDefaultsApplyByPathAndTheFileWins() throws IOException {
        jekyllConfig("""
                defaults:
                  - scope: {path: ""}
                    values: {layout: post, featured: true}
                  - scope: {path: "_posts/community"}
                    values: {permalink: "/community-blog/:title/"}
                  - scope: {path: "", type: pages}
                    values: {draft: true}
                """);
        write("_posts/community/2022-01-02-hello.md", "---\ntitle: Hello\n---\n");
        write("_posts/2022-01-03-other.md", "---\ntitle: Other\nfeatured: false\n---\n");
        List<Post> posts = posts(PostParser.create().scan(root));
        assertThat(posts).extracting(Post::title).containsExactly("Hello", "Other");
        assertThat(posts.get(0).url()).contains(URI.create("https://lakeside.example.org/py/community-blog/hello/"));
        assertThat(posts.get(0).featured()).isTrue();
        assertThat(posts.get(0).draft()).isFalse();
        assertThat(posts.get(1).featured()).isFalse();
        assertThat(posts.get(0).frontMatter()).doesNotContainKey("layout"); // the raw map is the file's own
    }

    @Test
    void foldersAbovePostsAreCategoriesAndDraftsAreKeptAndMarked() throws IOException {
        jekyllConfig("");
        write("events/_posts/2022-01-02-a.md", "---\ntitle: A\ncategories: talks\n---\n");
        write("_drafts/b.md", "---\ntitle: B\n---\n");
        List<Post> posts = posts(PostParser.create().scan(root));
        assertThat(posts).extracting(Post::title).containsExactly("B", "A");
        assertThat(posts.get(1).categories()).containsExactly("events", "talks");
        assertThat(posts.get(0).draft()).isTrue();
    }

    @Test
    void authorsResolveThroughTheAuthorsCollectionAndDataFile() throws IOException {
        jekyllConfig("");
        write("_authors/mira.md", "---\nusername: mira\nname: Mira Joshi\n---\n");
        write("_data/authors.yml", "raj:\n  name: Raj Patel\n  github: rajp\n");
        write("_posts/2022-01-02-a.md", "---\ntitle: A\nauthors: [mira, raj, guest]\n---\n");
        Post p = posts(PostParser.create().scan(root)).get(0);
        assertThat(p.authors()).extracting(Author::name).containsExactly("Mira Joshi", "Raj Patel", "guest");
        assertThat(p.authors().get(1).links()).extracting(Link::url)
                .containsExactly(URI.create("https://github.com/rajp"));
    }

    @Test
    void postsComeInDateThenPathOrderAndOnlyPostsOfASiteRootAreRead() throws IOException {
        jekyllConfig("");
        write("README.md", "# not a post\n");
        write("_posts/2022-03-01-c.md", "---\ntitle: C\n---\n");
        write("_posts/2021-01-01-a.md", "---\ntitle: A\n---\n");
        write("_posts/2022-03-01-b.markdown", "---\ntitle: B\n---\n");
        assertThat(posts(PostParser.create().scan(root))).extracting(Post::title).containsExactly("A", "B", "C");
    }

    @Test
    void aPostsFolderOrFileFindsItsSiteAbove() throws IOException {
        jekyllConfig("");
        write("_posts/2022-03-01-c.md", "---\ntitle: C\ndate: 2022-03-01 10:00\n---\n");
        Post viaFolder = posts(PostParser.create().scan(root.resolve("_posts"))).get(0);
        Post viaFile = posts(PostParser.create().scan(root.resolve("_posts/2022-03-01-c.md"))).get(0);
        assertThat(viaFolder.date().orElseThrow().getZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(viaFile).isEqualTo(viaFolder);
    }

    @Test
    void aBadFileNeverStopsTheRest() throws IOException {
        jekyllConfig("");
        write("_posts/2022-01-01-bad.md", "---\ntitle: [broken\n---\n");
        write("_posts/2022-01-02-good.md", "---\ntitle: Good\n---\n");
        List<ParseResult> results = PostParser.create().scan(root).stream().toList();
        assertThat(results).hasSize(2);
        assertThat(results.get(0).hasErrors()).isTrue();
        assertThat(results.get(0).errors().get(0).line()).isBetween(2, 3);
        assertThat(results.get(1).post().orElseThrow().title()).isEqualTo("Good");
    }

    @Test
    void aMissingPathIsOneResultWithAnError() {
        List<ParseResult> results = PostParser.create().scan(root.resolve("missing")).stream().toList();
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.post()).isEmpty();
            assertThat(r.errors().get(0).message()).isEqualTo("no such file or directory");
        });
    }

    @Test
    void aHugoSiteReadsBundlesTomlAndJsonAndBuildsUrls() throws IOException {
        write("hugo.toml", """
                baseURL = "https://hugo.example.org/"
                title = "Hill Gophers"
                timeZone = "Europe/Berlin"
                [permalinks]
                events = "/:year/:month/:slug/"
                """);
        write("content/posts/first/index.md", "+++\ntitle = \"First\"\ndate = \"2023-05-01T19:00:00\"\n+++\nHi\n");
        write("content/events/meetup.md", "{\"title\": \"Meetup\", \"date\": \"2023-06-01\", \"slug\": \"june\"}\nx\n");
        write("content/posts/second.md", "---\ntitle: Second\npublishDate: 2023-05-02\nurl: /custom/path/\n"
                + "draft: true\nsummary: Short.\n---\nLong\n\n<!--more-->\n");
        List<Post> posts = posts(PostParser.create().scan(root));
        assertThat(posts).extracting(Post::title).containsExactly("Meetup", "First", "Second");
        Post first = posts.get(1);
        assertThat(first.slug()).isEqualTo("first");
        assertThat(first.date().orElseThrow().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(first.url()).contains(URI.create("https://hugo.example.org/posts/first/"));
        assertThat(posts.get(0).url()).contains(URI.create("https://hugo.example.org/2023/06/june/"));
        Post second = posts.get(2);
        assertThat(second.date().orElseThrow().toLocalDate()).hasToString("2023-05-02");
        assertThat(second.url()).contains(URI.create("https://hugo.example.org/custom/path/"));
        assertThat(second.draft()).isTrue();
        assertThat(second.excerpt()).contains("Short.");
    }

    @Test
    void filesOfAFolderWithoutSiteAreReadOnTheirOwn() throws IOException {
        write("notes/a.md", "# Alpha\n");
        write("notes/sub/b.markdown", "# Beta\n");
        write("notes/c.txt", "not markdown");
        SiteScan scan = PostParser.create().scan(root.resolve("notes"));
        assertThat(scan.size()).isEqualTo(2);
        assertThat(posts(scan)).extracting(Post::title).containsExactlyInAnyOrder("Alpha", "Beta");
    }
}
