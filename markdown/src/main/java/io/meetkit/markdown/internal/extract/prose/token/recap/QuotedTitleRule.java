package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.Optional;
import java.util.Set;

/**
 * A quoted phrase is the title ({@link Quotations}): the first one that is not a speaker's name.
 * <ul>
 *   <li>"Ana Silva gave a talk called “Caching at the Edge”." gives "Caching at the Edge";</li>
 *   <li>"Then 'Fast Loops' by Bo Chen." gives "Fast Loops";</li>
 *   <li>"We thanked "Ana Silva" for her talk on caching." skips the speaker's name.</li>
 * </ul>
 * A quotation that is no title ("'20 min'", "'the next one'") ends the search with no title: it is what the
 * sentence offers as one.
 */
public final class QuotedTitleRule implements TitleRule {

    @Override
    public String name() {
        return "quoted-title";
    }

    @Override
    public Set<String> triggers() {
        return Set.of();
    }

    @Override
    public boolean triggeredBy(Token token) {
        return Quotations.isMark(token);
    }

    @Override
    public Optional<RecapTitle> read(RecapSentence s) {
        for (Quotations.Quoted q : Quotations.in(s)) {
            if (!s.isSpeaker(q.text())) {
                return Optional.of(new RecapTitle(TitleReader.clean(q.text()), false, name()));
            }
        }
        return Optional.empty();
    }
}
