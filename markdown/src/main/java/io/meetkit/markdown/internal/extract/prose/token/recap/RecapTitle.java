package io.meetkit.markdown.internal.extract.prose.token.recap;

import java.util.Objects;
import java.util.Optional;

/**
 * What a title rule read in a recap sentence: the title, or none when the rule's cue holds what is no title (a
 * quotation of "20 min" is what the sentence offers as its title, so no other rule is asked); whether the title is a
 * paraphrase of the topic rather than a stated title; and the rule's name.
 *
 * @param text the title, cleaned ({@link io.meetkit.markdown.internal.extract.prose.token.TitleReader#clean})
 * @param weak whether the title paraphrases the topic ("talked about caching at scale")
 * @param rule the name of the rule that read it
 */
public record RecapTitle(Optional<String> text, boolean weak, String rule) {

    /** Checks that no part is null. */
    public RecapTitle {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }
}
