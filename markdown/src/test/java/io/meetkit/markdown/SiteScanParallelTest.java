package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteScanParallelTest {

    @TempDir
    Path root;

    /** Posts of several shapes, some broken, so that equal results mean more than equal titles. */
    private void writeSite(int posts) throws IOException {
        Files.writeString(root.resolve("_config.yml"), "title: Riverside Python\ntimezone: Asia/Kolkata\n");
        Path dir = Files.createDirectories(root.resolve("_posts"));
        for (int i = 0; i < posts; i++) {
            String date = String.format(Locale.ROOT, "2021-%02d-%02d", 1 + i % 12, 1 + i % 28);
            String text = switch (i % 4) {
                case 0 -> "---\ntitle: Meetup " + i + "\nevent:\n  date: " + date + "\n  start: \"18:00\"\n"
                        + "talks:\n  - title: Talk " + i + "\n    speakers: [Asha Rao]\n---\nSee you there.\n";
                case 1 -> "---\ntitle: Recap " + i + "\n---\nWe met at Acme Labs on " + date + ". [Ravi Kumar]"
                        + "(https://github.com/ravi" + i + ") gave a talk on *Async " + i + "*.\n";
                case 2 -> "+++\ntitle = \"Hugo-style " + i + "\"\n+++\nNo event here.\n";
                default -> "---\ntitle: [unclosed " + i + "\n---\nBroken front matter.\n";
            };
            Files.writeString(dir.resolve(date + "-post-" + i + ".md"), text, StandardCharsets.UTF_8);
        }
    }

    private static List<ParseResult> all(SiteScan scan) {
        List<ParseResult> out = new ArrayList<>();
        scan.forEach(out::add);
        return out;
    }

    @Test
    void aParallelScanGivesTheSameResultsInTheSameOrderAsOneThread() throws IOException {
        writeSite(150);
        List<ParseResult> sequential = all(PostParser.create().scan(root));
        List<ParseResult> parallel = all(PostParser.builder().parallelism(4).build().scan(root));

        assertThat(sequential).hasSize(150);
        assertThat(sequential.stream().filter(ParseResult::hasErrors)).isNotEmpty();
        assertThat(sequential.stream().filter(r -> r.post().flatMap(p -> p.event()).isPresent())).isNotEmpty();
        assertThat(parallel).containsExactlyElementsOf(sequential);
    }

    @Test
    void aParallelScanCanBeIteratedTwiceAndAsAStream() throws IOException {
        writeSite(40);
        SiteScan scan = PostParser.builder().parallelism(3).build().scan(root);
        List<ParseResult> first = all(scan);
        assertThat(all(scan)).containsExactlyElementsOf(first);
        assertThat(scan.stream().toList()).containsExactlyElementsOf(first);
    }

    @Test
    void aParallelIteratorSaysWhenItIsDone() throws IOException {
        writeSite(3);
        Iterator<ParseResult> it = PostParser.builder().parallelism(2).build().scan(root).iterator();
        it.next();
        it.next();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void parallelismMustBePositive() {
        assertThatThrownBy(() -> PostParser.builder().parallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
        assertThat(PostParser.create().parallelism()).isEqualTo(1);
    }
}
