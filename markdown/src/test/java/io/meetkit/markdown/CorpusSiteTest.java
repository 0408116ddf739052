package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Post;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Reads the real Jekyll site in {@code ../shared/corpus/bangpypers} (present in CI) and checks each post against
 * what its file says, read here with plain line matching, independently of the parser.
 */
@EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
class CorpusSiteTest {

    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*\"(.*)\"\\s*$");
    private static final Pattern CATEGORIES = Pattern.compile("(?m)^categories:\\s*\\[(.*)]\\s*$");
    private static final Pattern FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)\\.md");

    private final Path site = Path.of(System.getProperty("meetkit.shared.dir"), "corpus", "bangpypers");

    @Test
    void everyPostOfTheSiteParsesAndMatchesItsFile() throws IOException {
        SiteScan scan = PostParser.create().scan(site);
        assertThat(scan.siteDiagnostics()).isEmpty();
        assertThat(scan.site().title()).contains("BangPypers");
        assertThat(scan.site().url()).contains(URI.create("https://bangalore.pythonindia.org/"));
        int posts = 0;
        int warnings = 0;
        List<String> errors = new ArrayList<>();
        for (ParseResult r : scan) {
            posts++;
            warnings += r.warnings().size();
            r.errors().forEach(d -> errors.add(d.toString()));
            Post post = r.post().orElseThrow(() -> new AssertionError("no post for " + r.source()));
            String text = Files.readString(Path.of(r.source()), StandardCharsets.UTF_8);
            String frontMatter = text.substring(0, text.indexOf("\n---", 4));
            Matcher file = FILE.matcher(Path.of(r.source()).getFileName().toString());
            assertThat(file.matches()).isTrue();

            Matcher title = TITLE.matcher(frontMatter);
            assertThat(title.find()).as(r.source()).isTrue();
            assertThat(post.title()).as(r.source()).isEqualTo(title.group(1).strip());
            assertThat(post.slug()).as(r.source()).isEqualTo(file.group(2));
            assertThat(post.date().orElseThrow().toLocalDate()).as(r.source()).hasToString(file.group(1));
            // The site names no time zone, and no test default may leak in: dates are read in UTC.
            assertThat(post.date().orElseThrow().getZone()).isEqualTo(ZoneOffset.UTC);

            Matcher categories = CATEGORIES.matcher(frontMatter);
            List<String> expected = new ArrayList<>();
            // Folders below _posts are not categories in Jekyll; only the key counts here.
            if (categories.find()) {
                Arrays.stream(categories.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .distinct().forEach(expected::add);
            }
            assertThat(post.categories()).as(r.source()).containsExactlyElementsOf(expected);

            String permalink = r.source().contains("/community/")
                    ? "/community-blog/" + file.group(2) + "/"
                    : "/blog/" + file.group(1).replace('-', '/') + "/" + file.group(2) + "/";
            assertThat(post.url()).as(r.source())
                    .contains(URI.create("https://bangalore.pythonindia.org" + permalink));
        }
        System.out.printf("corpus site: %d posts, %d warnings, %d errors%n", posts, warnings, errors.size());
        errors.forEach(System.out::println);
        assertThat(posts).isEqualTo(103);
        assertThat(errors).isEmpty();
    }

    @Test
    void authorsResolveThroughTheAuthorsCollection() {
        List<String> names = PostParser.create().scan(site).stream()
                .flatMap(r -> r.post().stream()).flatMap(p -> p.authors().stream())
                .map(a -> a.name()).distinct().toList();
        assertThat(names).contains("NVS Abhilash");
    }
}
