package io.meetkit.markdown.internal.extract.prose.token.recap;

import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.sentence;
import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByClauseRuleTest {

    private static List<String> people(String markdown) {
        TokenizedSentence s = sentence(markdown);
        return ByClauseRule.clauses(s).stream().map(c -> text(s, c.keyword()) + " " + text(s, c.people())).toList();
    }

    @Test
    void theFirstTalkByANameGivesWhereThePeopleStart() {
        assertThat(people("The first talk was *Packaging Python* by Ana Silva.")).containsExactly("by Ana");
    }

    @Test
    void aTalkNounThenFromNamesTheSpeakerAndOtherFromsDoNot() {
        assertThat(people("Then came a keynote from Tom Reed on tracing.")).containsExactly("from Tom");
        assertThat(people("Tom Reed, coming from Lisbon, spoke on tracing.")).isEmpty();
    }

    @Test
    void everyClauseIsGivenInOrder() {
        assertThat(people("A talk by Ana Silva and a demo by Tom Reed.")).containsExactly("by Ana", "by Tom");
    }

    @Test
    void aByAfterHostingMakingOrUsingNamesNoSpeaker() {
        assertThat(people("The evening was hosted by Acme Labs.")).isEmpty();
        assertThat(people("The evening was co-hosted by Acme Labs.")).isEmpty();
        assertThat(people("A library developed by Ana Silva was the topic.")).isEmpty();
        assertThat(people("We went through it step by step.")).isEmpty();
    }

    @Test
    void aByInsideALinksTextIsNoClause() {
        assertThat(people("Read [a post by Ana Silva](https://example.org/post) about the talk.")).isEmpty();
    }

    @Test
    void aDoubledByIsReadOnce() {
        assertThat(people("A demo by by Ana Silva.")).containsExactly("by Ana");
    }

    @Test
    void aByWithoutWhiteSpaceAfterItIsNoClause() {
        assertThat(people("Talk by: Ana Silva")).isEmpty();
    }

    @Test
    void standByIsOneWordSoItHoldsNoBy() {
        // The character scan found "by" after the hyphen and read the people from "speaker"; one word token has none.
        assertThat(people("The stand-by speaker was Ana Silva.")).isEmpty();
    }
}
