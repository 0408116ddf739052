package io.meetkit.markdown.internal.extract.prose.token;

import java.util.Set;

/**
 * What a rule may know beyond its sentence: the lower-case words that never form part of a person's name here
 * (the group's own name, for one).
 *
 * @param stopWords lower-case words that are not name words in this post
 */
public record RuleContext(Set<String> stopWords) {

    public RuleContext {
        stopWords = Set.copyOf(stopWords);
    }
}
