package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.NameReader.NameAt;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameReaderTest {

    private static Optional<String> first(String markdown) {
        return NameReader.forward(Prose.sentence(markdown), 0, Prose.CONTEXT).map(n -> n.person().name());
    }

    @Test
    void capitalisedWordsUpToTheFirstNonNameWordAreAName() {
        assertThat(first("Ana Lima Silva spoke")).contains("Ana Lima Silva");
        assertThat(first("Ana Lima Talk")).contains("Ana Lima");
    }

    @Test
    void anHonorificIsKeptAsWritten() {
        assertThat(first("Dr. Ana Lima spoke")).contains("Dr. Ana Lima");
    }

    @Test
    void aLinkedNameCarriesItsProfileButALinkedDocumentIsNoName() {
        NameAt n = NameReader.forward(Prose.sentence("[Ana Lima](https://github.com/analima) spoke"), 0,
                Prose.CONTEXT).orElseThrow();
        assertThat(n.person().profileUrl()).contains("https://github.com/analima");
        assertThat(first("[Ana Lima](https://www.youtube.com/watch?v=a1b2c3) spoke")).isEmpty();
    }

    @Test
    void phrasesDescribingPeopleAreNoNames() {
        assertThat(first("Multiple Javascript Ninjas")).isEmpty();
        assertThat(first("Special Guest Star")).isEmpty();
        assertThat(first("The Team")).isEmpty();
    }

    @Test
    void aNameIsReadBackwardFromTheWordAfterIt() {
        TokenizedSentence s = Prose.sentence("Tonight, Ana Lima will speak.");
        assertThat(NameReader.backward(s, 4, Prose.CONTEXT)).map(n -> n.person().name()).contains("Ana Lima");
    }

    @Test
    void peopleAreReadAcrossCommasAndAnd() {
        List<NameAt> people = NameReader.people(Prose.sentence("Ana Lima, Bo Chen (Acme) and Cy Diaz spoke"), 0,
                Prose.CONTEXT);
        assertThat(people).extracting(n -> n.person().name()).containsExactly("Ana Lima", "Bo Chen", "Cy Diaz");
    }

    @Test
    void aBoldNameWithItsRoleRunInIsTheNameBeforeTheComma() {
        assertThat(first("**Ines Moreau, Lakeside Analytics, Head of Data** spoke")).contains("Ines Moreau");
        assertThat(first("**Ines Moreau MSc, Head of Research** spoke")).contains("Ines Moreau");
        assertThat(first("*Ines Moreau - Staff Engineer* spoke")).contains("Ines Moreau");
    }

    @Test
    void aBoldListOfPeopleOrABoldPhraseIsNotCutToAName() {
        assertThat(first("**Ines Moreau, Tomas Berg** spoke")).isEmpty();
        assertThat(first("**Doors open, pizza served** at six")).isEmpty();
        assertThat(NameReader.nameBeforeAffiliation("Ines Moreau", Prose.CONTEXT)).isEmpty();
        assertThat(first("[Ines Moreau, Acme](https://github.com/imoreau) spoke")).isEmpty();
    }

    @Test
    void aListIsCutAtItsSeparatorsAsByTheirSplit() {
        Pattern old = Pattern.compile(",| and | & ");
        // The separators, their parts (a space, "and", "&") and runs where one separator's end starts another.
        String[] pieces = {",", " and ", " & ", " ", "and", "&", "Bo", " and", "and ", "a", " an", "d "};
        Random r = new Random(62);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(8); n > 0; n--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String t = b.toString();
            assertThat(NameReader.listParts(t)).as(t).isEqualTo(Arrays.asList(old.split(t)));
        }
    }
}
