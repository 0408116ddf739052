package io.meetkit.markdown.internal.extract.prose.token.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WillSpeakRuleTest {

    private static List<TalkCandidate> read(String markdown) {
        return Prose.apply(new WillSpeakRule(), markdown);
    }

    @Test
    void willTalkAboutGivesTheSpeakerAndAParaphrasedTitle() {
        TalkCandidate c = read("Ines Moreau will talk about caching HTTP responses at the edge.").get(0);
        assertThat(Prose.speakers(c)).containsExactly("Ines Moreau");
        assertThat(c.title()).contains("Caching HTTP responses at the edge");
        assertThat(c.paraphrase()).isTrue();
    }

    @Test
    void aNameBeforeWhoWillShareIsTheSpeakerWhereverItStands() {
        TalkCandidate c = read("At the meetup we will hear from [Ines Moreau](https://example.org/ines), who will"
                + " share her notes on caching HTTP responses.").get(0);
        assertThat(Prose.speakers(c)).containsExactly("Ines Moreau");
        assertThat(c.title()).isPresent();
    }

    @Test
    void aNameBeforeWhoWillDoSomethingElseIsNoSpeaker() {
        assertThat(read("We thank Ines Moreau, who will bring the pizza and drinks.")).isEmpty();
        assertThat(read("We thank the venue staff, who will talk to latecomers at the door.")).isEmpty();
    }

    @Test
    void eachSentenceOfAParagraphMayNameItsOwnTalk() {
        List<TalkCandidate> c = read("""
                This month members share their projects. Ines Moreau will discuss a patch she wrote for a \
                search engine. Tom Reed will be talking about storing sensor data. Ada Obi will demonstrate \
                scraping pages with a headless browser.""");
        assertThat(c).extracting(Prose::speakers).containsExactly(List.of("Ines Moreau"), List.of("Tom Reed"),
                List.of("Ada Obi"));
        assertThat(c.get(1).title()).contains("Storing sensor data");
    }

    @Test
    void aQuotedOrEmphasisedTopicIsAStatedTitle() {
        TalkCandidate c = read("Later, Ines Moreau will present \"Caching at the Edge\" to the group.").get(0);
        assertThat(c.title()).contains("Caching at the Edge");
        assertThat(c.paraphrase()).isFalse();
        assertThat(read("Ines Moreau will discuss *Edge Caching*.").get(0).title()).contains("Edge Caching");
    }

    @Test
    void aLinkedNameAfterAnOpenerGivesTheProfileLink() {
        TalkCandidate c = read("This month [Ines Moreau](https://example.org/ines) will talk about logs.").get(0);
        assertThat(c.speakers().get(0).profileUrl()).contains("https://example.org/ines");
    }

    @Test
    void giveOrLeadNeedsATalkNounAndSetsTheKind() {
        assertThat(read("Ines Moreau will give a short presentation on tracing.").get(0).title()).contains("Tracing");
        assertThat(read("Ines Moreau will lead a hands-on workshop on tracing.").get(0).kind())
                .isEqualTo(TalkKind.WORKSHOP);
        assertThat(read("Ines Moreau will give everyone a ride home.")).isEmpty();
    }

    @Test
    void aSubjectThatDoesNotOpenItsClauseOrIsNoNameIsNotASpeaker() {
        assertThat(read("This month fellow Rustaceans will discuss their side projects.")).isEmpty();
        assertThat(read("The slides will cover everything.")).isEmpty();
        assertThat(read("We will talk about the venue.")).isEmpty();
        assertThat(read("Ines Moreau will host the evening.")).isEmpty();
    }

    @Test
    void isGoingToAndIsPresentingAnnounceATalkToo() {
        assertThat(read("Ines Moreau is going to demo her cache layer.").get(0).title()).contains("Her cache layer");
        assertThat(read("Ines Moreau is presenting \"Edge Caching\".").get(0).title()).contains("Edge Caching");
        assertThat(read("Ines Moreau is giving a lightning talk on tracing.").get(0).kind())
                .isEqualTo(TalkKind.LIGHTNING);
    }

    @Test
    void otherProgressivesAfterIsAreNoTalk() {
        assertThat(read("Acme Corp is covering the pizza.")).isEmpty();
        assertThat(read("Ines Moreau is showing us the venue.")).isEmpty();
        assertThat(read("Ines Moreau is a talking point.")).isEmpty();
        assertThat(read("Ines Moreau is going to the party.")).isEmpty();
    }
}
