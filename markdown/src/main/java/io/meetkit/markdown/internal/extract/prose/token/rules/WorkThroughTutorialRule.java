package io.meetkit.markdown.internal.extract.prose.token.rules;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.SentenceRule;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workshop that works through a named, linked tutorial, with or without a presenter:
 * <ul>
 *   <li>"Participants will begin by going through the [Flask Tutorial](https://example.org/flask) together."</li>
 *   <li>"We'll work through the [Rust Book Workshop](https://example.org/rust) in pairs."</li>
 * </ul>
 * The session is the tutorial, titled by the link's text and with the link as its resource; the text names no
 * speaker, so it has none. The link's text must call itself a tutorial, workshop or course and start with a capital:
 * "work through a tutorial" (no name) or "walk through the [docs](…)" is no session.
 */
public final class WorkThroughTutorialRule implements SentenceRule {

    /** Verbs that take "through" for doing a tutorial step by step. */
    private static final Set<String> VERBS = Lexicon.words(WordClass.WORK_THROUGH_VERB);
    private static final Set<String> SESSION_NOUNS = Lexicon.words(WordClass.TUTORIAL_NOUN);

    @Override
    public String name() {
        return "work-through-tutorial";
    }

    @Override
    public Set<String> triggers() {
        return Set.of("through");
    }

    @Override
    public List<TalkCandidate> apply(TokenizedSentence s, RuleContext ctx) {
        for (int i = 1; i + 1 < s.size(); i++) {
            if (!s.isWord(i, "through") || !VERBS.contains(s.get(i - 1).lower())) {
                continue;
            }
            int k = s.isWord(i + 1, "the") ? i + 2 : i + 1;
            if (k >= s.size() || s.get(k).link().isEmpty()) {
                continue;
            }
            Span link = s.get(k).link().get();
            String title = link.textIn(s.block().text()).strip();
            if (title.isEmpty() || !Character.isUpperCase(title.codePointAt(0)) || !namesASession(s, k, link)) {
                continue;
            }
            return List.of(new TalkCandidate(Optional.of(title), false, TalkKind.WORKSHOP, List.of(), s.lineOf(k),
                    name(), List.of(link.url())));
        }
        return List.of();
    }

    /** Whether a word of the link that starts at token {@code k} is "tutorial", "workshop" or "course". */
    private static boolean namesASession(TokenizedSentence s, int k, Span link) {
        for (int j = k; j < s.size() && s.get(j).link().filter(link::equals).isPresent(); j++) {
            if (SESSION_NOUNS.contains(s.get(j).lower())) {
                return true;
            }
        }
        return false;
    }
}
