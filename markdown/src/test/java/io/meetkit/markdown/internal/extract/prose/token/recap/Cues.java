package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.List;
import java.util.Random;

/** The tokens of a test's one sentence (or paragraph), as the recap reader hands them to a cue. */
final class Cues {

    private Cues() {
    }

    /** The tokens of the first block, or none for a text without a block. */
    static List<Token> tokens(String markdown) {
        var blocks = Prose.blocks(markdown);
        return blocks.isEmpty() ? List.of() : blocks.get(0).tokens();
    }

    /**
     * One to {@code most} of {@code words} apart by single spaces, where the cues and the character patterns they
     * replaced must agree (they differ only at the edges of words: joiners, digits, dots, runs of spaces).
     */
    static String plainWords(Random random, String[] words, int most) {
        StringBuilder text = new StringBuilder(words[random.nextInt(words.length)]);
        for (int w = random.nextInt(most); w > 0; w--) {
            text.append(' ').append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }
}
