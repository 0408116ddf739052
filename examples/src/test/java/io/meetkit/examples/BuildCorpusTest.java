package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.export.ical.IcsLint;
import io.meetkit.export.ical.IndependentReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** {@code meetup build --layout jekyll} over the BangPypers site, written into a folder of its own. */
@EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
class BuildCorpusTest {

    @TempDir
    Path out;

    @Test
    void everyPostGetsItsSnippetUnderItsJekyllSlugAndASecondBuildWritesNothing() throws Exception {
        Path site = Path.of(System.getProperty("meetkit.shared.dir"), "corpus", "bangpypers");
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1700000000");

        MeetupCliTest.Run run = BuildTest.run(env, "build", "--layout", "jekyll", site.toString(), "-o",
                out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.errLines()).last().asString().startsWith("103 posts, 103 converted, 0 failed");
        List<String> files;
        try (Stream<Path> all = Files.walk(site.resolve("_posts"))) {
            files = all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
        // Jekyll's page.slug: the file name without its date and extension (no post of this site sets slug:).
        Map<String, Long> slugs = files.stream().collect(Collectors.groupingBy(BuildCorpusTest::slug,
                Collectors.counting()));
        assertThat(slugs).containsEntry("june-workshop-report", 2L);
        for (String file : files) {
            String slug = slug(file);
            String name = slugs.get(slug) == 1 ? slug : file.substring(0, "2014-06-22-".length()) + slug;
            assertThat(out.resolve("_includes/meetkit/" + name + ".html")).isRegularFile();
        }
        assertThat(run.errLines()).filteredOn(l -> l.contains("warning: the slug 'june-workshop-report' is also"))
                .hasSize(2);
        String feed = Files.readString(out.resolve("assets/meetkit/events.ics"));
        IcsLint.assertClean(feed);
        IndependentReaders.assertAccepted(feed);
        // Each dated post has its own calendar; the feed has one VEVENT per meetup, and an announcement and its report
        // (March 2013) are one: on this site no two meetups share a day.
        try (Stream<Path> events = Files.list(out.resolve("assets/meetkit/events"))) {
            long days = events.map(BuildCorpusTest::startDay).distinct().count();
            assertThat(days).isEqualTo(IndependentReaders.ical4j(feed).getComponents("VEVENT").size());
        }

        MeetupCliTest.Run again = BuildTest.run(env, "build", "--layout", "jekyll", site.toString(), "-o",
                out.toString());
        assertThat(again.out()).contains(" 0 files written, ");
    }

    /** The day of the first DTSTART of a VEVENT in {@code ics}, read as text. */
    private static String startDay(Path ics) {
        try {
            String text = Files.readString(ics);
            String event = text.substring(text.indexOf("BEGIN:VEVENT"));
            String start = event.substring(event.indexOf("\r\nDTSTART") + 2);
            return start.substring(start.indexOf(':') + 1, start.indexOf(':') + 9);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String slug(String fileName) {
        return fileName.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "").replaceFirst("\\.(md|markdown)$", "");
    }
}
