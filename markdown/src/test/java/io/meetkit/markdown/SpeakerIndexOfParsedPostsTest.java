package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Post;
import io.meetkit.core.SpeakerIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The core {@link SpeakerIndex} over posts this module reads: a speaker linked twice in prose is one person. */
class SpeakerIndexOfParsedPostsTest {

    @Test
    void theIndexBuiltFromParsedPostsFollowsASpeakerAcrossPosts() {
        PostParser parser = PostParser.create();
        Post first = parser.parse("""
                ---
                title: May
                ---
                [Ann Lee](https://twitter.com/annlee) gave a talk about asyncio at Acme Labs.
                """, "2022-05-20-may.md").post().orElseThrow();
        Post second = parser.parse("""
                ---
                title: June
                ---
                The first talk was Typing in practice by [Ann](https://x.com/AnnLee).
                """, "2022-06-20-june.md").post().orElseThrow();
        SpeakerIndex index = SpeakerIndex.of(List.of(second, first));
        assertThat(index.speakers()).hasSize(1);
        assertThat(index.talksBy(index.speakers().get(0))).extracting(a -> a.post().title())
                .containsExactly("May", "June");
    }
}
