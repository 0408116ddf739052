package io.meetkit.markdown.internal.extract.prose.token.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkThroughTutorialRuleTest {

    private static List<TalkCandidate> read(String markdown) {
        return Prose.apply(new WorkThroughTutorialRule(), markdown);
    }

    @Test
    void goingThroughALinkedTutorialIsAWorkshopWithoutSpeakers() {
        List<TalkCandidate> c = read("""
                Participants will begin by going through the [Flask Tutorial](https://example.org/flask) with
                the help of our mentors.
                """);
        assertThat(c).hasSize(1);
        assertThat(c.get(0).title()).contains("Flask Tutorial");
        assertThat(c.get(0).kind()).isEqualTo(TalkKind.WORKSHOP);
        assertThat(c.get(0).speakers()).isEmpty();
        assertThat(c.get(0).links()).containsExactly("https://example.org/flask");
    }

    @Test
    void workingThroughALinkedCourseWithoutTheIsReadToo() {
        assertThat(read("We'll work through [Rust Basics Course](https://example.org/rust) in pairs."))
                .extracting(t -> t.title().orElseThrow()).containsExactly("Rust Basics Course");
    }

    @Test
    void anUnnamedTutorialOrALinkThatIsNoTutorialIsNoSession() {
        assertThat(read("Work on your projects, work through a tutorial, or help someone out.")).isEmpty();
        assertThat(read("We'll walk through the [documentation](https://example.org/docs) first.")).isEmpty();
        assertThat(read("We'll go through the [old tutorial](https://example.org/t) first.")).isEmpty();
        assertThat(read("Read through the [Flask Tutorial](https://example.org/flask) before you come.")).isEmpty();
    }
}
