package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseAuthorTalkTest {

    @Test
    void aRecapWhoseAuthorTaughtTheClassHasTheAuthorAsSpeaker() {
        List<Talk> talks = Extract.talks("""
                ---
                title: Testing workshop recap
                author: Ines Moreau
                author_link: https://twitter.com/imoreau
                ---

                Our testing workshop was held on Saturday, June 18th at the Old Library.

                My slides from the workshop are [online](https://github.com/example/intro-slides).
                """);
        assertThat(talks).hasSize(1);
        Speaker s = talks.get(0).speakers().get(0);
        assertThat(s.name()).isEqualTo("Ines Moreau");
        assertThat(s.links()).extracting(l -> l.url().toString()).containsExactly("https://twitter.com/imoreau");
    }

    @Test
    void withoutAnAuthorOrAFirstPersonTalkThereIsNone() {
        assertThat(Extract.talks("""
                ---
                title: Testing workshop recap
                ---

                Our testing workshop was held on Saturday, June 18th at the Old Library.

                My slides from the workshop are [online](https://github.com/example/intro-slides).
                """)).isEmpty();
        assertThat(Extract.talks("""
                ---
                title: Testing workshop recap
                author: Ines Moreau
                ---

                Our testing workshop was held on Saturday, June 18th at the Old Library. I helped set up.
                """)).isEmpty();
    }
}
