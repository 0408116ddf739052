package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scans every site root of the shared corpus (twenty real sites of several generators) the way a user would,
 * with {@code PostParser.create().scan(root)}, and checks that the posts read: at most 1 % of all posts may fail,
 * none may fail inside meetkit itself, and every site gives posts. Prints one line per site: posts read, failed,
 * dated events.
 */
@EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
class CorpusSitesTest {

    private static final Set<String> NOT_SITES = Set.of("labels", "labels-other-sites", "sources");
    private static final Map<String, Tally> TALLIES = new TreeMap<>();

    private static final class Tally {
        int posts;
        int failed;
        int datedEvents;
        final List<String> failures = new ArrayList<>();
        final List<String> internal = new ArrayList<>();
    }

    @BeforeAll
    static void scanEverySite() throws IOException {
        Path corpus = Path.of(System.getProperty("meetkit.shared.dir")).resolve("corpus");
        List<Path> sites;
        try (Stream<Path> s = Files.list(corpus)) {
            sites = s.filter(Files::isDirectory).filter(p -> !NOT_SITES.contains(p.getFileName().toString()))
                    .sorted().toList();
        }
        PostParser parser = PostParser.create();
        for (Path site : sites) {
            Tally t = new Tally();
            TALLIES.put(site.getFileName().toString(), t);
            for (ParseResult r : parser.scan(site)) {
                t.posts++;
                if (r.post().isEmpty() || !r.errors().isEmpty()) {
                    t.failed++;
                    r.errors().stream().findFirst().ifPresent(d -> t.failures.add(d.toString()));
                }
                r.diagnostics().stream().map(Diagnostic::message)
                        .filter(m -> m.contains("internal error") || m.contains("extraction failed"))
                        .forEach(m -> t.internal.add(r.source() + ": " + m));
                if (r.post().flatMap(Post::event).flatMap(Event::time).isPresent()) {
                    t.datedEvents++;
                }
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%n%-18s %6s %6s %6s%n", "site", "posts",
                "failed", "dated"));
        TALLIES.forEach((site, t) -> sb.append(String.format(Locale.ROOT, "%-18s %6d %6d %6d%n", site, t.posts,
                t.failed, t.datedEvents)));
        TALLIES.forEach((site, t) -> t.failures.forEach(f -> sb.append("  ").append(f).append('\n')));
        System.out.println(sb);
    }

    @Test
    void everySiteOfTheCorpusGivesPosts() {
        assertThat(TALLIES).hasSizeGreaterThanOrEqualTo(20);
        TALLIES.forEach((site, t) -> assertThat(t.posts).as(site).isPositive());
    }

    @Test
    void atMostOnePostInAHundredFails() {
        int posts = TALLIES.values().stream().mapToInt(t -> t.posts).sum();
        int failed = TALLIES.values().stream().mapToInt(t -> t.failed).sum();
        assertThat(failed).as("failed posts of %d (each listed above the table)", posts)
                .isLessThanOrEqualTo(posts / 100);
    }

    @Test
    void noPostFailsInsideMeetkit() {
        assertThat(TALLIES.values().stream().flatMap(t -> t.internal.stream()).toList()).isEmpty();
    }
}
