package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Link;
import io.meetkit.core.Post;
import io.meetkit.core.Speaker;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Jekyll site's {@code _data/*.csv} is read through a site scan and feeds the posts that name its rows. */
class SiteDataCsvTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aSpeakerNamedByIdIsFilledInFromASpeakersCsvSavedWithBomAndCrlf() throws IOException {
        write("_config.yml", "title: Lakeside Python\n");
        write("_data/speakers.csv", "\uFEFFid,name,github\r\njdoe,\"Doe, Jane\",janedoe\r\n");
        write("_posts/2022-06-20-june-meetup.md", """
                ---
                title: June meetup
                event_date: 2022-06-25
                speakers: [jdoe]
                ---
                Hi
                """);
        SiteScan scan = PostParser.create().scan(root);
        Post post = scan.stream().map(r -> {
            assertThat(r.errors()).as(r.source()).isEmpty();
            return r.post().orElseThrow();
        }).findFirst().orElseThrow();
        Speaker speaker = post.event().orElseThrow().speakers().get(0);
        assertThat(speaker.name()).isEqualTo("Doe, Jane");
        assertThat(speaker.links()).extracting(Link::url).containsExactly(URI.create("https://github.com/janedoe"));
    }
}
