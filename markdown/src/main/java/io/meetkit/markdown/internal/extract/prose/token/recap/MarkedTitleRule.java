package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.Optional;
import java.util.Set;

/**
 * An emphasised, strong or code phrase of three characters or more is the title: the first one that is not a
 * speaker's name.
 * <ul>
 *   <li>"The first talk was *Packaging Python* by Ana Silva." gives "Packaging Python";</li>
 *   <li>"**Ana Silva** walked us through `asyncio` internals." skips the bold speaker and gives "asyncio";</li>
 *   <li>"*Go* was the theme" gives none (two characters).</li>
 * </ul>
 * A marked phrase that is no title ("**7 pm**") ends the search with no title.
 */
public final class MarkedTitleRule implements TitleRule {

    private static final int MIN_CHARS = 3;

    @Override
    public String name() {
        return "marked-title";
    }

    @Override
    public Set<String> triggers() {
        return Set.of();
    }

    @Override
    public boolean triggeredBy(Token token) {
        return token.emphasis().isPresent() || token.code();
    }

    @Override
    public Optional<RecapTitle> read(RecapSentence s) {
        for (Span span : s.markedSpans()) {
            String t = s.text(span);
            if (t.strip().length() >= MIN_CHARS && !s.isSpeaker(t)) {
                return Optional.of(new RecapTitle(TitleReader.clean(t), false, name()));
            }
        }
        return Optional.empty();
    }
}
