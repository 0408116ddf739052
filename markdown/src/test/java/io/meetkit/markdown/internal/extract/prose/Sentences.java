package io.meetkit.markdown.internal.extract.prose;

import java.util.List;
import java.util.Optional;

/** Test inputs: a paragraph of text as a block and as its sentences. */
final class Sentences {

    private Sentences() {
    }

    static ProseBlock block(String text) {
        return new ProseBlock(ProseBlock.Kind.PARAGRAPH, 0, text, 1, List.of(), -1, "", "", Optional.empty());
    }

    static List<Sentence> of(String text) {
        return Sentence.split(block(text));
    }

    static Sentence one(String text) {
        List<Sentence> s = of(text);
        if (s.size() != 1) {
            throw new IllegalArgumentException("not one sentence: " + s);
        }
        return s.get(0);
    }
}
