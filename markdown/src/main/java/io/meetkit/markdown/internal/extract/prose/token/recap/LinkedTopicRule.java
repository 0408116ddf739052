package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.Optional;
import java.util.Set;

/**
 * A link right after "about", "on", "discussing", "into", "talk", "gave" or "presented" (and white space) is the
 * title, unless it is a profile or a speaker's name:
 * <ul>
 *   <li>"Ana Silva spoke about [Caching at the Edge](https://example.org/slides)." gives "Caching at the Edge";</li>
 *   <li>"Bo Chen gave a talk [Fast Loops](https://example.org/loops)." gives "Fast Loops";</li>
 *   <li>"We met at [Acme](https://acme.example)." and "A talk by [Ana](https://github.com/ana)." give none.</li>
 * </ul>
 */
public final class LinkedTopicRule implements TitleRule {

    private static final Set<String> BEFORE_A_LINKED_TITLE = Lexicon.words(WordClass.BEFORE_LINKED_TITLE);
    /** The word must lie within this many characters before the link, as the old look-behind window did. */
    private static final int WINDOW = 25;

    @Override
    public String name() {
        return "linked-topic";
    }

    @Override
    public Set<String> triggers() {
        return Set.of();
    }

    @Override
    public boolean triggeredBy(Token token) {
        return token.link().isPresent();
    }

    @Override
    public Optional<RecapTitle> read(RecapSentence s) {
        for (Span link : s.spans()) {
            if (link.kind() != Span.Kind.LINK || Names.isProfileUrl(link.url()) || s.isSpeaker(s.text(link))) {
                continue;
            }
            int before = s.firstTokenFrom(link.start()) - 1;
            if (before >= 0 && s.isWord(before, BEFORE_A_LINKED_TITLE) && s.gapAfter(before)
                    && link.start() - s.at(s.get(before).start()) <= WINDOW) {
                return Optional.of(new RecapTitle(TitleReader.clean(s.text(link)), false, name()));
            }
        }
        return Optional.empty();
    }
}
