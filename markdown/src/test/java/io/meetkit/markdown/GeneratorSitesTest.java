package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Post;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small invented site per generator under {@code src/test/resources/sites/}: the generator found, the files
 * read (section pages, layouts, includes, pages and READMEs outside post folders left out), and each post's date,
 * slug, address and draft state as that generator gives them.
 */
class GeneratorSitesTest {

    /** What one post should read as; {@code date} is the offset date-time, or a local date for a day only. */
    record Expected(String file, String slug, String date, String url, boolean draft) {
    }

    private static Expected post(String file, String slug, String date, String url, boolean draft) {
        return new Expected(file, slug, date, url, draft);
    }

    static Stream<Arguments> sites() {
        return Stream.of(
                Arguments.of("jekyll", "Jekyll", List.of(
                        post("_drafts/summer-social.md", "summer-social", "", "https://riverside.example.org/summer-social/",
                                true),
                        post("_posts/2023-04-05-spring-meetup.md", "spring-meetup", "2023-04-05T18:30-05:00",
                                "https://riverside.example.org/2023/04/05/spring-meetup/", false))),
                Arguments.of("hexo", "Hexo", List.of(
                        post("source/_posts/2014-9-13-hexo-workshop.md", "hexo-workshop", "2014-09-13T10:00-05:00",
                                "https://prairiejs.example.com/2014/09/13/hexo-workshop/", false),
                        post("source/_posts/2015-01-20-maps-night.md", "maps-night", "2015-01-20T11:30-06:00",
                                "https://prairiejs.example.com/2015/01/20/maps-night/", false))),
                Arguments.of("mynt", "mynt", List.of(
                        post("_posts/2013/2013-05-04-pycon-recap.md", "pycon-recap", "2013-05-04",
                                "https://harbour-pyladies.example.net/blog/pycon-recap/", false))),
                Arguments.of("hugo", "Hugo", List.of(
                        post("content/events/2024-03-05-march.md", "march", "2024-03-05T18:00+01:00",
                                "https://gophers.example.org/events/2024/march/", false),
                        post("content/events/april/index.md", "april", "2024-04-09T18:00+02:00",
                                "https://gophers.example.org/events/2024/april/", true))),
                Arguments.of("zola", "Zola", List.of(
                        post("content/2024-03-05-socratic-seminar-7.md", "socratic-seminar-7", "2024-03-05",
                                "https://satoshi-seminar.example.org/socratic-seminar-7/", false),
                        post("content/talks/lightning.md", "lightning", "2024-06-11",
                                "https://satoshi-seminar.example.org/lightning-2024/", false))),
                Arguments.of("eleventy", "Eleventy", List.of(
                        post("src/meetups/2019-06-20.md", "2019-06-20", "2019-06-20",
                                "https://midshirejs.example.co.uk/meetups/2019-06-20/", false),
                        post("src/meetups/2019-07-18-summer-special.md", "summer-special", "2019-07-18",
                                "https://midshirejs.example.co.uk/special/summer-special/", false))),
                Arguments.of("pelican", "Pelican", List.of(
                        post("content/posts/2019-09-packaging.md", "packaging-with-poetry", "2019-09-24T18:30-07:00",
                                "https://desert-snakes.example.com/posts/2019/packaging-with-poetry.html", false),
                        post("content/posts/2019-10-draft.md", "october-plans", "2019-10-01",
                                "https://desert-snakes.example.com/posts/2019/october-plans.html", true))),
                Arguments.of("jbake", "JBake", List.of(
                        post("content/blog/2017/july-2017.md", "july-2017", "2017-07-01",
                                "https://groovy-users.example.org/blog/2017/july-2017.html", true),
                        post("content/blog/2017/june-2017.md", "june-2017", "2017-06-03",
                                "https://groovy-users.example.org/blog/2017/june-2017.html", false))),
                Arguments.of("astro", "Astro", List.of(
                        post("src/content/events/2024-05-01-event.md", "2024-05-01-event", "2024-05-01T18:30",
                                "https://queens-tech.example.org/events/2024-05-01-event/", false))),
                Arguments.of("gatsby", "Gatsby", List.of(
                        post("content/blog/hooks-night/index.md", "hooks-night", "2020-02-11T18:00Z",
                                "https://bayside-react.example.org/hooks-night/", false),
                        post("content/blog/second-meetup.md", "second-meetup", "2020-03-10",
                                "https://bayside-react.example.org/second-meetup/", false))),
                Arguments.of("none", "none", List.of(
                        post("talk-notes.md", "talk-notes", "2021-02-03", "", false))));
    }

    static Path site(String name) {
        URL url = GeneratorSitesTest.class.getResource("/sites/" + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void eachSiteIsReadByItsGeneratorsRules(String name, String generator, List<Expected> expected) {
        Path root = site(name);
        SiteScan scan = PostParser.create().scan(root);
        assertThat(scan.generator()).isEqualTo(generator);
        assertThat(scan.siteDiagnostics()).isEmpty();
        Map<String, Post> posts = new LinkedHashMap<>();
        scan.forEach(r -> {
            assertThat(r.errors()).as(r.source()).isEmpty();
            String rel = root.relativize(Path.of(r.source())).toString().replace('\\', '/');
            posts.put(rel, r.post().orElseThrow());
        });
        assertThat(posts.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::file)
                .toList());
        for (Expected e : expected) {
            Post p = posts.get(e.file());
            assertThat(p.slug()).as(e.file() + " slug").isEqualTo(e.slug());
            assertThat(p.date().map(d -> shown(d, e.date())).orElse(""))
                    .as(e.file() + " date").isEqualTo(e.date());
            assertThat(p.url().map(Object::toString).orElse("")).as(e.file() + " url").isEqualTo(e.url());
            assertThat(p.draft()).as(e.file() + " draft").isEqualTo(e.draft());
        }
    }

    /** The date as precise as the expectation: a day, a local time, or a time with its offset. */
    private static String shown(java.time.ZonedDateTime d, String expected) {
        if (!expected.contains("T")) {
            return d.toLocalDate().toString();
        }
        String time = expected.substring(expected.indexOf('T'));
        boolean offset = time.contains("+") || time.contains("-") || time.endsWith("Z");
        return offset ? d.toOffsetDateTime().toString() : d.toLocalDateTime().toString();
    }

    @Test
    void aSiteKeptInAFolderBelowTheRepositoryIsFound() {
        // The jbake and mynt sites are found from the folder above them, as for a repository keeping its site in
        // www/ or src/jbake/: here the parent "sites" folder holds several, so the first in name order is taken.
        SiteScan scan = PostParser.create().scan(site("astro").getParent());
        assertThat(scan.generator()).isEqualTo("Astro");
        assertThat(scan.files()).allSatisfy(f -> assertThat(f.toString()).contains("astro"));
    }

    @Test
    void aFolderInsideASiteIsReadWholeWithTheSitesRules() {
        SiteScan scan = PostParser.create().scan(site("hugo").resolve("content/events"));
        assertThat(scan.generator()).isEqualTo("Hugo");
        assertThat(scan.files()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("2024-03-05-march.md", "index.md");
    }

    @Test
    void theConventionsAreDescribed() {
        SiteScan scan = PostParser.create().scan(site("pelican"));
        assertThat(scan.conventions()).anySatisfy(l -> assertThat(l).contains("posts/{date:%Y}/{slug}.html"));
        assertThat(scan.site().title()).contains("Desert Snakes");
        assertThat(scan.site().timeZone().map(Object::toString)).isEqualTo(Optional.of("America/Phoenix"));
    }
}
