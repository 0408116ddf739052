package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Talk;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A talk found only by the token reader keeps the links it was read with when it becomes the post's talk. */
class ProseTalkReaderLinksTest {

    @Test
    void aTokenTalksLinkReachesThePostsTalk() {
        ParseResult r = PostParser.create().parse("""
                ---
                title: June workshop night
                date: 2024-06-01
                ---
                At our June meetup, participants began by going through the
                [Flask Tutorial](https://example.org/flask) with the help of our mentors.
                """, "2024-06-01-june-workshop.md");
        List<Talk> talks = r.post().orElseThrow().event().orElseThrow().talks();
        assertThat(talks).singleElement().satisfies(t -> {
            assertThat(t.title()).contains("Flask Tutorial");
            assertThat(t.links()).extracting(l -> l.url().toString()).containsExactly("https://example.org/flask");
        });
    }
}
