package io.meetkit.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostJsonFileTest {

    @TempDir
    Path dir;

    @Test
    void writingToAPathWritesTheWholeObjectAndReadsBackEqual() throws IOException {
        PostJson json = PostJson.create();
        Post post = SamplePosts.maximal();
        Path file = dir.resolve("post.json");
        Files.writeString(file, "an older, longer file that must be replaced entirely".repeat(100));

        json.write(post, file);

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(json.toJson(post));
        assertThat(json.readPost(written)).isEqualTo(post);
    }
}
