package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The corpus sites that name speakers and talks by slug (Astoria Tech's Astro collections, PyLadies Vancouver's Hugo
 * speaker pages): every slug an event lists is joined to the name its own file states, read here with plain line
 * matching, independently of the parser; and the joined files have no event of their own.
 */
@EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
class CorpusJoinsTest {

    private static final Path CORPUS = Path.of(System.getProperty("meetkit.shared.dir", "."), "corpus");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s+-\\s+(\\S+)\\s*$");

    private static Map<String, Post> scan(String site) {
        return StreamSupport.stream(PostParser.create().scan(CORPUS.resolve(site)).posts().spliterator(), false)
                .collect(Collectors.toMap(p -> p.source().replace('\\', '/'), p -> p));
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String value(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + "\\s*[:=]\\s*['\"]?(.*?)['\"]?\\s*$").matcher(text);
        return m.find() ? m.group(1).replace("\u2060", "").strip() : "";
    }

    private static List<String> speakerNames(Event event) {
        return event.talks().stream().map(Talk::speakers).flatMap(List::stream).map(Speaker::name).toList();
    }

    @Test
    void astoriaEventsNameTheSpeakersOfThePresentationsTheyList() throws IOException {
        Map<String, Post> posts = scan("astoria");
        Path archive = CORPUS.resolve("astoria/src/content/_archive");
        int joined = 0;
        for (Path file : Files.list(archive.resolve("events")).sorted().toList()) {
            String events = text(file);
            if (!events.contains("presentations:")) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            Matcher item = LIST_ITEM.matcher(events.substring(events.indexOf("presentations:")));
            while (item.find()) {
                Path presentation = archive.resolve("presentations/" + item.group(1) + ".md");
                if (Files.exists(presentation)) {
                    Path speaker = archive.resolve("speakers/" + value(text(presentation), "speaker") + ".md");
                    if (Files.exists(speaker)) {
                        expected.add(value(text(speaker), "name"));
                    }
                }
            }
            Post post = posts.get(file.toString().replace('\\', '/'));
            assertThat(post.event()).as(file.toString()).isPresent();
            assertThat(speakerNames(post.event().get())).as(file.toString()).containsAll(expected);
            joined += expected.size();
        }
        assertThat(joined).isGreaterThan(10);
        posts.values().stream().filter(p -> p.source().contains("/presentations/") || p.source().contains("/speakers/"))
                .forEach(p -> assertThat(p.event()).as(p.source()).isEmpty());
    }

    @Test
    void pyladiesVancouverEventsNameTheirSpeakersFromTheSpeakerPages() throws IOException {
        Map<String, Post> posts = scan("pyladiesvancouver");
        Path site = CORPUS.resolve("pyladiesvancouver/content");
        int joined = 0;
        for (Path file : Files.list(site.resolve("events")).sorted().toList()) {
            Matcher slugs = Pattern.compile("(?m)^speakers\\s*=\\s*\\[(.*)]").matcher(text(file));
            if (!slugs.find()) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (String slug : slugs.group(1).split(",")) {
                Path page = site.resolve("speakers/" + slug.replace("\"", "").strip() + ".md");
                expected.add(value(text(page), "title"));
            }
            Post post = posts.get(file.toString().replace('\\', '/'));
            assertThat(speakerNames(post.event().orElseThrow())).as(file.toString())
                    .containsExactlyInAnyOrderElementsOf(expected);
            joined += expected.size();
        }
        assertThat(joined).isGreaterThanOrEqualTo(3);
    }
}
