package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.ProseTalkReader;
import io.meetkit.markdown.internal.extract.prose.TalkDraft;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoSlotsTest {

    private static List<String> titles(String markdown) {
        List<TalkDraft> drafts = ProseTalkReader.find(Prose.blocks(markdown), Set.of(), Set.of());
        return DemoSlots.withoutDemos(drafts).stream().map(TalkDraft::title).map(Optional::orElseThrow).toList();
    }

    @Test
    void aLineupSlotNamedAsADemoIsLeftOutOfTheTalks() {
        assertThat(titles("""
                An evening of talks, with this lineup:

                - Nora Quist - "Profiling without Tears" - 10 minutes
                - Omar Haddad - Robot Arm Demo - 5 minutes
                - Ada Obi - "Demo: a tiny web server" - 5 minutes
                - Lena Park - "Democracy in Open Source" - 20 minutes
                """)).containsExactly("Profiling without Tears", "Democracy in Open Source");
    }

    @Test
    void aLightningTalkWithDemoInItsTitleStaysATalk() {
        assertThat(titles("""
                Then the organizers gave lightning talks:

                - Fuzzing in Ten Minutes by [Nora Quist](https://example.org/nora)
                - Plotting Sensor Data Demo by [Omar Haddad](https://example.org/omar)
                """)).containsExactly("Fuzzing in Ten Minutes", "Plotting Sensor Data Demo");
    }

    @Test
    void onlyTheFirstOrLastWordMakesATitleADemo() {
        assertThat(DemoSlots.demoTitle("Image Recognition/Detection Demo")).isTrue();
        assertThat(DemoSlots.demoTitle("Live demos!")).isTrue();
        assertThat(DemoSlots.demoTitle("Demo of the new build tool")).isTrue();
        assertThat(DemoSlots.demoTitle("How we demo features to customers")).isFalse();
        assertThat(DemoSlots.demoTitle("Demolition of legacy code")).isFalse();
        assertThat(DemoSlots.demoTitle("")).isFalse();
    }
}
