package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstPersonSpeakerTest {

    private static final SpeakerMention AUTHOR = new SpeakerMention("Ines Moreau", Optional.empty());

    private static boolean spoke(String markdown) {
        return FirstPersonSpeaker.read(Prose.blocks(markdown), AUTHOR).isPresent();
    }

    @Test
    void theWriterSayingTheySpokeOrLinkingTheirSlidesIsTheSpeaker() {
        assertThat(spoke("My slides from the workshop are on [GitHub](https://github.com/example/slides).")).isTrue();
        assertThat(spoke("Last night I gave a short talk on packaging.")).isTrue();
        assertThat(spoke("I presented our new library to the group.")).isTrue();
        assertThat(FirstPersonSpeaker.read(Prose.blocks("I also gave a lightning talk."), AUTHOR).orElseThrow()
                .speakers()).containsExactly(AUTHOR);
    }

    @Test
    void theWriterHelpingOrThankingIsNoSpeaker() {
        assertThat(spoke("I helped set up the room and my thanks go to our host.")).isFalse();
        assertThat(spoke("I gave everyone a sticker.")).isFalse();
        assertThat(spoke("We watched my favourite video of the year.")).isFalse();
    }
}
