package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerCardReaderTest {

    private static List<TalkCandidate> read(String markdown) {
        return SpeakerCardReader.read(Prose.blocks(markdown), Prose.CONTEXT);
    }

    @Test
    void aBoldTitleLineOverABoldNameWithItsRoleIsATalk() {
        List<TalkCandidate> c = read("""
                **Streaming Joins at Scale**
                **Ines Moreau , Lakeside Analytics, Head of Data**

                Ines will show how we join two event streams.
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ines Moreau"));
        assertThat(c.get(0).title()).contains("Streaming Joins at Scale");
    }

    @Test
    void theSpeakerLineMayOpenTheNextParagraph() {
        List<TalkCandidate> c = read("""
                **Streaming Joins at Scale**

                **Ines Moreau**
                *Data engineer at Lakeside*
                """);
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ines Moreau"));
    }

    @Test
    void aLabelOverANameIsNoTitle() {
        assertThat(read("""
                **Speaker:**
                **Ines Moreau**
                """)).isEmpty();
        assertThat(read("""
                **Second talk**
                **Ines Moreau**
                """)).isEmpty();
    }

    @Test
    void aCompanyOrAOneWordLabelUnderATitleIsNoSpeaker() {
        assertThat(read("""
                **Streaming Joins at Scale**
                **Lakeside Analytics Inc.**
                """)).isEmpty();
        assertThat(read("""
                **Streaming Joins at Scale**

                **Abstract**
                Joining streams is hard.
                """)).isEmpty();
    }

    @Test
    void aNameOverANameOrTextAfterTheBoldNameIsNoCard() {
        assertThat(read("""
                **Ines Moreau**
                **Tomas Berg**
                """)).isEmpty();
        assertThat(read("""
                **Streaming Joins at Scale**
                **Ines Moreau** will not be there this time.
                """)).isEmpty();
    }
}
