package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Provenance;
import io.meetkit.markdown.internal.extract.prose.Found;
import io.meetkit.markdown.internal.extract.structured.StructuredEvent.Stated;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactChoiceTest {

    @Test
    void theFirstReadingOfferedWinsWithItsProvenance() {
        FactChoice<String> stated = FactChoice.stated(Optional.of(new Stated<>("Acme Hall", 4)))
                .or(Optional.of("Site Hall"), () -> Provenance.site("the site's venue"))
                .orProse(Optional.of(new Found<>("Prose Hall", 12)));
        assertThat(stated.value()).contains("Acme Hall");
        assertThat(stated.provenance()).contains(Provenance.frontMatter(4));

        FactChoice<String> site = FactChoice.<String>stated(Optional.empty())
                .or(Optional.of("Site Hall"), () -> Provenance.site("the site's venue"))
                .orProse(Optional.of(new Found<>("Prose Hall", 12)));
        assertThat(site.value()).contains("Site Hall");
        assertThat(site.provenance()).contains(Provenance.site("the site's venue"));

        FactChoice<String> prose = FactChoice.<String>stated(Optional.empty())
                .or(Optional.empty(), () -> Provenance.site("unused"))
                .orProse(Optional.of(new Found<>("Prose Hall", 12)));
        assertThat(prose.value()).contains("Prose Hall");
        assertThat(prose.provenance()).contains(Provenance.prose(12));
    }

    @Test
    void withoutAnyReadingThereIsNoFactAndNoProvenance() {
        FactChoice<String> none = FactChoice.<String>none().or(Optional.empty(), () -> Provenance.site("unused"))
                .orProse(Optional.empty());
        assertThat(none.value()).isEmpty();
        assertThat(none.provenance()).isEmpty();
    }

    @Test
    void aLaterReadingsProvenanceIsNotWorkedOutOnceAnEarlierOneWon() {
        FactChoice<String> c = FactChoice.stated(Optional.of(new Stated<>("Acme Hall", 4)))
                .or(Optional.of("Site Hall"), () -> {
                    throw new AssertionError("asked for the provenance of a reading that lost");
                });
        assertThat(c.value()).contains("Acme Hall");
    }
}
