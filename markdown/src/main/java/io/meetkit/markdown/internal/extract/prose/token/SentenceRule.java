package io.meetkit.markdown.internal.extract.prose.token;

import java.util.List;
import java.util.Set;

/**
 * One shape of sentence that names a talk. A rule says which lower-case words must occur in a sentence for it to
 * apply ({@link #triggers()}); the {@link RuleIndex} calls it only for such sentences, so a sentence without any of
 * them costs the rule nothing.
 */
public interface SentenceRule {

    /** A short name, used as the candidate's source. */
    String name();

    /** Lower-case words, one of which must be a token of the sentence. */
    Set<String> triggers();

    /** The talks the sentence names, or none. */
    List<TalkCandidate> apply(TokenizedSentence sentence, RuleContext context);
}
