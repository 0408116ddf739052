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
                title: Intro to Python recap
                author: Ines Moreau
                author_link: https://twitter.com/imoreau
                ---

                Our first Intro to Python class took place on Saturday, June 18th at the Old Library.

                My slides from this class can be found [here](https://github.com/example/intro-slides).
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
                title: Intro to Python recap
                ---

                Our first Intro to Python class took place on Saturday, June 18th at the Old Library.

                My slides from this class can be found [here](https://github.com/example/intro-slides).
                """)).isEmpty();
        assertThat(Extract.talks("""
                ---
                title: Intro to Python recap
                author: Ines Moreau
                ---

                Our first Intro to Python class took place on Saturday, June 18th at the Old Library. I helped set up.
                """)).isEmpty();
    }
}
