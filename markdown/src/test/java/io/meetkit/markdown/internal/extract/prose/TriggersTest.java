package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TriggersTest {

    @Test
    void theInPlaceReadingOfRareWordsGivesTheBitsOfTheLowerCaseReading() {
        // Every word of every list, in both cases and with endings (so that prefix entries such as "attend*"
        // match words of no list), beside rare and non-ASCII words and joined words.
        List<String> words = new ArrayList<>(List.of("Zebra", "QUOKKA", "Zoë", "İstanbul", "tal\u212A", "noon",
                "Noon", "co-hosted", "don't", "6pm", "18/06/2022", "21st", "x"));
        for (WordClass c : WordClass.values()) {
            for (String entry : Lexicon.words(c)) {
                for (String w : entry.split("[ |*]")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                        words.add(w.toUpperCase(Locale.ROOT));
                        words.add(w + "ees");
                        words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1) + "ing");
                    }
                }
            }
        }
        Random random = new Random(5);
        int withBits = 0;
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder("Word");
            for (int i = 0; i < 8; i++) {
                text.append(' ').append(words.get(random.nextInt(words.size())));
            }
            List<Token> tokens = Tokenizer.tokens(Prose.blocks(text.toString()).get(0));
            long plain = Triggers.of(tokens, false);
            assertThat(Triggers.of(tokens)).as(text.toString()).isEqualTo(plain);
            withBits += Long.bitCount(plain) > 1 ? 1 : 0;
        }
        assertThat(withBits).isGreaterThan(1000); // the texts do trigger lists, so the comparison says something
    }

    @Test
    void aRareWordStartingWithAPrefixEntrySetsItsBitWithoutALowerCaseCopy() {
        Token rare = Tokenizer.tokens(Prose.blocks("QUOKKAS").get(0)).get(0);
        assertThat(rare.isRareAsciiWord()).isTrue();
        assertThat(rare.lowerStartsWith("quokka")).isTrue();
        assertThat(rare.lowerStartsWith("quokkas!")).isFalse();
        assertThat(Tokenizer.tokens(Prose.blocks("The").get(0)).get(0).isRareAsciiWord()).isFalse();
        assertThat(Tokenizer.tokens(Prose.blocks("Zoë").get(0)).get(0).isRareAsciiWord()).isFalse();
    }
}
