package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class InspectTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void itNamesTheGeneratorTheConfigurationAndTheKeysReadAndIgnored() throws IOException {
        write("_config.yml", "title: Canal Coders\nurl: https://canal.example.org\ntimezone: Europe/Amsterdam\n");
        write("_posts/2024-02-01-february.md", """
                ---
                title: February meetup
                layout: post
                mood: sunny
                ---
                Hello.
                """);
        write("_posts/2024-03-07-march.md", "---\ntitle: March meetup\nlayout: post\n---\nHi.\n");
        MeetupCliTest.Run run = MeetupCliTest.run("inspect", dir.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("generator  Jekyll").contains("title      Canal Coders")
                .contains("url        https://canal.example.org/").contains("zone       Europe/Amsterdam")
                .contains("posts      2 read, 0 failed");
        assertThat(run.out().lines().map(l -> l.strip().replaceAll("\\s+", " "))).contains("title 2 read",
                "layout 2 ignored", "mood 1 ignored");
        assertThat(run.out()).contains("keys       3 in front matter: 1 read by meetkit, 2 ignored");
    }

    @Test
    void aMissingSiteIsAUsageError() {
        MeetupCliTest.Run run = MeetupCliTest.run("inspect", dir.resolve("nowhere").toString());
        assertThat(run.code()).isEqualTo(MeetupCli.USAGE);
        assertThat(run.err()).contains("no such file or directory");
    }

    @Test
    @EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
    void itRunsOnEverySiteOfTheCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("meetkit.shared.dir"), "corpus");
        List<Path> sites;
        try (Stream<Path> s = Files.list(corpus)) {
            sites = s.filter(Files::isDirectory)
                    .filter(p -> !Set.of("labels", "labels-other-sites", "sources")
                            .contains(p.getFileName().toString()))
                    .sorted().toList();
        }
        assertThat(sites).hasSizeGreaterThanOrEqualTo(20);
        for (Path site : sites) {
            MeetupCliTest.Run run = MeetupCliTest.run("inspect", site.toString());
            assertThat(run.code()).as(site.toString()).isZero();
            assertThat(run.out()).as(site.toString()).doesNotContain("generator  none")
                    .containsPattern("posts      [1-9]\\d* read").contains("keys       ");
        }
    }
}
