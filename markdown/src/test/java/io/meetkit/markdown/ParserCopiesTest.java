package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParserCopiesTest {

    @TempDir
    Path dir;

    @Test
    void toBuilderKeepsEverySettingAndLeavesTheParserAsItWas() {
        PostParser strictKolkata = PostParser.builder().strict(true).defaultZone(ZoneId.of("Asia/Kolkata"))
                .maxLinksPerPost(3).parallelism(2).build();
        PostParser copy = strictKolkata.toBuilder().build();
        PostParser lenient = strictKolkata.toBuilder().strict(false).build();

        String post = "---\ntitle: T\ndate: 2024-03-01 18:30\npublished: yes\n---\n"
                + "[a](https://a.example/) [b](https://b.example/) [c](https://c.example/) [d](https://d.example/)\n";
        ParseResult original = strictKolkata.parse(post, "t.md");
        assertThat(copy.parse(post, "t.md").diagnostics()).isEqualTo(original.diagnostics());
        assertThat(copy.parse(post, "t.md").post()).isEqualTo(original.post());
        assertThat(copy.isStrict()).isTrue();
        assertThat(copy.parallelism()).isEqualTo(2);
        assertThat(original.hasErrors()).as("strict: the yes/no warning is an error").isTrue();
        assertThat(lenient.parse(post, "t.md").hasErrors()).isFalse();
        assertThat(lenient.parse(post, "t.md").post().orElseThrow().date().orElseThrow().getZone())
                .isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(strictKolkata.isStrict()).as("the original is unchanged").isTrue();
    }

    @Test
    void aScansPostsAreThoseThatReadWithoutErrorsInScanOrder() throws IOException {
        Files.writeString(dir.resolve("2024-01-01-one.md"), "---\ntitle: One\n---\nText\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2024-02-01-broken.md"), "---\ntitle: [Broken\n---\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2024-03-01-three.md"), "---\ntitle: Three\n---\nText\n",
                StandardCharsets.UTF_8);
        SiteScan scan = PostParser.create().scan(dir);
        List<String> titles = new ArrayList<>();
        for (Post p : scan.posts()) {
            titles.add(p.title());
        }
        assertThat(titles).containsExactly("One", "Three");
        assertThat(scan.posts()).as("iterable again").hasSize(2);
    }
}
