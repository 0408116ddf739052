package io.meetkit.markdown.internal.extract.prose.token.recap;

import static io.meetkit.markdown.internal.extract.prose.token.recap.Tokens.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.Span;
import org.junit.jupiter.api.Test;

class ProfileLinkRuleTest {

    @Test
    void aProfileLinkInATalkSentenceIsFound() {
        assertThat(ProfileLinkRule.links(sentence("The keynote came from [Ana Silva](https://twitter.com/ana).")))
                .extracting(Span::url).containsExactly("https://twitter.com/ana");
    }

    @Test
    void eachProfileLinkIsGivenOnceInOrder() {
        assertThat(ProfileLinkRule.links(sentence(
                "Great talks by [Tom Reed](https://github.com/tom) and [Ana](https://github.com/ana)!")))
                .extracting(Span::url).containsExactly("https://github.com/tom", "https://github.com/ana");
    }

    @Test
    void aLinkGluedToTheWordAfterItIsFound() {
        assertThat(ProfileLinkRule.links(sentence("We enjoyed [Ana](https://github.com/ana)'s talk on parsers.")))
                .extracting(Span::url).containsExactly("https://github.com/ana");
    }

    @Test
    void aLinkToSomethingElseIsNoProfile() {
        assertThat(ProfileLinkRule.links(sentence("The talk's [slides](https://example.org/slides.pdf) are up.")))
                .isEmpty();
        assertThat(ProfileLinkRule.links(sentence("The talk was great."))).isEmpty();
    }
}
