package io.meetkit.markdown.internal.extract.prose.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LexiconScanTest {

    /** The scan as it was: every word cut and lower-cased, then looked up. */
    private static boolean reference(String text, boolean member, WordClass... classes) {
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                boolean in = false;
                for (WordClass c : classes) {
                    in |= Lexicon.is(c, w);
                }
                if (in == member) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void scansAnswerAsCuttingAndLowerCasingEveryWordWould() {
        // With the Kelvin sign, which lower-cases to an ASCII "k": "talK" is the list word "talk".
        List<String> words = new ArrayList<>(List.of("Slides", "SLIDES", "deck", "the", "Zebra", "Zoë", "İstanbul",
                "\u212Aelvin", "tal\u212A", "TAL\u212AS", "ÉCOLE", "über", "talk", "TALK", "x", "Recording", "42",
                "co-host", "of", "a"));
        for (WordClass c : WordClass.values()) {
            for (String w : Lexicon.words(c)) {
                words.add(w);
                words.add(w.toUpperCase(Locale.ROOT));
            }
        }
        Random random = new Random(11);
        WordClass[] all = WordClass.values();
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                text.append(words.get(random.nextInt(words.size()))).append(random.nextBoolean() ? " " : ", ");
            }
            WordClass[] classes = {all[random.nextInt(all.length)], all[random.nextInt(all.length)]};
            String t = text.toString();
            assertThat(Lexicon.anyWord(t, classes)).as(t).isEqualTo(reference(t, true, classes));
            assertThat(Lexicon.anyWordOutside(t, classes)).as(t).isEqualTo(reference(t, false, classes));
        }
    }
}
