package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.Sentence;
import io.meetkit.markdown.internal.extract.prose.token.Prose;
import java.util.List;
import java.util.Optional;

/** Recap sentences written in a test, read as {@code TalkFinder} hands them to the title rules. */
final class Recap {

    private Recap() {
    }

    private static Sentence first(String markdown) {
        return Sentence.split(Prose.blocks(markdown).get(0)).get(0);
    }

    /** The first sentence of the Markdown, with no speakers read in it. */
    static RecapSentence of(String markdown) {
        Sentence s = first(markdown);
        return RecapSentence.of(s, s.spans(), -1, -1, List.of());
    }

    /** The first sentence, its speaker read after its last " by ". */
    static RecapSentence by(String markdown, String speaker) {
        Sentence s = first(markdown);
        int by = s.text().lastIndexOf(" by ") + 1;
        return RecapSentence.of(s, s.spans(), by, -1, List.of(speaker));
    }

    /** The first sentence, its speaker read as its subject (the speaker's first occurrence). */
    static RecapSentence subject(String markdown, String speaker) {
        Sentence s = first(markdown);
        int end = s.text().indexOf(speaker) + speaker.length();
        return RecapSentence.of(s, s.spans(), -1, end, List.of(speaker));
    }

    /** The title the rule reads, or "(none)" when it reads a cue without a title, or "(no cue)". */
    static String read(TitleRule rule, RecapSentence s) {
        Optional<RecapTitle> t = rule.read(s);
        return t.map(x -> x.text().orElse("(none)")).orElse("(no cue)");
    }
}
