package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.PeopleReader.PeopleAt;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeopleReaderTest {

    private static PeopleAt read(String markdown) {
        TokenizedSentence s = Prose.sentence(markdown);
        return PeopleReader.at(s, 0, s.size(), Prose.CONTEXT);
    }

    @Test
    void aNameWrittenWithTwoSpacesIsReadWithOne() {
        assertThat(read("Ann  Lee and Bob\tStone").people()).extracting(SpeakerMention::name)
                .containsExactly("Ann Lee", "Bob Stone");
        assertThat(read("Ann\n\nLee").people()).extracting(SpeakerMention::name).doesNotContain("Ann Lee");
    }

    @Test
    void linkedPlainAndCodeNamesJoinedByCommasAndAndAreAllRead() {
        PeopleAt p = read("[Ann Lee](https://twitter.com/annlee), Bob Stone and `Cy Diaz` gave it");
        assertThat(p.people()).extracting(SpeakerMention::name).containsExactly("Ann Lee", "Bob Stone", "Cy Diaz");
        assertThat(p.people().get(0).profileUrl()).contains("https://twitter.com/annlee");
    }

    @Test
    void anAffiliationInParenthesesOrAfterFromIsPassedOver() {
        PeopleAt p = read("Ann Lee (Acme) & Bob Stone from Acme Labs");
        assertThat(p.people()).extracting(SpeakerMention::name).containsExactly("Ann Lee", "Bob Stone");
        assertThat(p.to()).isEqualTo(Prose.sentence("Ann Lee (Acme) & Bob Stone from Acme Labs").size());
    }

    @Test
    void aMastodonHandleBecomesTheProfileAddress() {
        PeopleAt p = read("Ann Lee (@ann@example.social)");
        assertThat(p.people()).singleElement().extracting(SpeakerMention::profileUrl)
                .isEqualTo(Optional.of("https://example.social/@ann"));
    }

    @Test
    void aTeamLinkBeforeItsMembersIsPassedOver() {
        PeopleAt p = read("[Acme Team](https://acme.example), [Ann Lee](https://acme.example/ann) and Bob Stone");
        assertThat(p.people()).extracting(SpeakerMention::name).containsExactly("Ann Lee", "Bob Stone");
    }

    @Test
    void wordsThatNameNoPersonAreNotRead() {
        assertThat(read("The slides and the video").isEmpty()).isTrue();
        assertThat(read("[the slides](https://slides.example/x)").isEmpty()).isTrue();
        assertThat(read("Ann Lee and the team").people()).extracting(SpeakerMention::name).containsExactly("Ann Lee");
    }

    @Test
    void aLinkToADocumentIsNoPersonEvenOnAName() {
        assertThat(read("[Ann Lee](https://www.youtube.com/watch?v=x)").isEmpty()).isTrue();
    }
}
