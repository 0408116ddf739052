package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Prose;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;

/** Test sentences and the tokens the recap rules answer with. */
final class Tokens {

    private Tokens() {
    }

    static TokenizedSentence sentence(String markdown) {
        return Prose.sentence(markdown);
    }

    /** The index of the first token written {@code text}. */
    static int index(TokenizedSentence s, String text) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no token " + text + " in " + s);
    }

    /** The text of token {@code i}, or "" past the end. */
    static String text(TokenizedSentence s, int i) {
        return i < s.size() ? s.get(i).text() : "";
    }
}
