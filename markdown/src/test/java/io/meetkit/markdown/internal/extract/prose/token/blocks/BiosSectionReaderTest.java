package io.meetkit.markdown.internal.extract.prose.token.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.blocks.BiosSectionReader.Bio;
import java.util.List;
import org.junit.jupiter.api.Test;

class BiosSectionReaderTest {

    private static List<Bio> read(String markdown) {
        return BiosSectionReader.read(Prose.blocks(markdown), Prose.CONTEXT);
    }

    private static List<String> names(List<Bio> bios) {
        return bios.stream().map(b -> b.person().name()).toList();
    }

    @Test
    void subHeadingsThatAreNamesAreTheSpeakersUntilOneIsNot() {
        List<Bio> bios = read("""
                ## About our speakers

                ### Nora Quist

                Nora builds compilers for small chips.

                ### [Omar Haddad]

                Omar Haddad runs the city's bike-share data team.

                ### Our sponsors

                Pizza Planet is feeding us tonight.
                """);
        assertThat(names(bios)).containsExactly("Nora Quist", "Omar Haddad");
        assertThat(bios).noneMatch(Bio::instructor);
    }

    @Test
    void paragraphsOpeningWithANameAreSpeakersWhenThereAreNoSubHeadings() {
        assertThat(names(read("""
                ## Speakers

                **Nora Quist** – compiler engineer at a chip maker.

                Omar Haddad is a data engineer.

                Doors open at six.
                """))).containsExactly("Nora Quist", "Omar Haddad");
    }

    @Test
    void anInstructorsHeadingMarksItsPeopleAsInstructors() {
        List<Bio> bios = read("""
                ## Our instructors

                ### Nora Quist
                ### Omar Haddad
                """);
        assertThat(bios).hasSize(2).allMatch(Bio::instructor);
    }

    @Test
    void aHeadingThatNamesTheSpeakerAfterAColonGivesThem() {
        assertThat(names(read("## Featured speaker: Dr. Nora Quist\n\nShe builds compilers.")))
                .containsExactly("Dr. Nora Quist");
    }

    @Test
    void aSectionWithoutASpeakerHeadingGivesNoOne() {
        assertThat(read("""
                ## About the venue

                ### Pizza Planet

                Nora Quist is our host.
                """)).isEmpty();
    }
}
