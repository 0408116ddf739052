package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.Optional;
import java.util.Set;

/**
 * One way a recap sentence states its talk's title. A rule names the words it needs ({@link #triggers()}) and, for
 * a cue that is markup rather than a word, the tokens that may carry it ({@link #triggeredBy}); {@link RecapTitles}
 * asks it only about a sentence that holds one of them.
 */
public interface TitleRule {

    /** A short name, for tests and reports. */
    String name();

    /** Lower-case words, one of which must be a token of the sentence (none when only markup triggers the rule). */
    Set<String> triggers();

    /** Whether a token that is no trigger word still triggers the rule (a quotation mark, an emphasised word). */
    default boolean triggeredBy(Token token) {
        return false;
    }

    /** The title the sentence states this way, or empty when it states none this way and the next rule may try. */
    Optional<RecapTitle> read(RecapSentence sentence);
}
