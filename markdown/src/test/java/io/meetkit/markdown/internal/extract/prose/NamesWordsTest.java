package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesWordsTest {

    @Test
    void aCityAloneOrAnAgendaWordIsNoPersonsName() {
        for (String notAName : new String[] {"Calgary", "Tips", "Tools", "Lastly", "Beginner", "Notes", "PDFs",
                "Founders", "House Keeping", "Scheduled"}) {
            assertThat(Names.isPersonName(notAName, Set.of())).as(notAName).isFalse();
        }
        for (String name : new String[] {"Sasha", "Derick Bailey", "Calgary Smith", "Lina Tipsy"}) {
            assertThat(Names.isPersonName(name, Set.of())).as(name).isTrue();
        }
    }
}
