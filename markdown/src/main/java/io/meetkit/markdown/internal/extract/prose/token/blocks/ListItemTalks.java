package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.NameReader;
import io.meetkit.markdown.internal.extract.prose.token.NameReader.NameAt;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * List items that are talks, when the list is introduced as talks (its lead-in or section holds a talk word):
 * <pre>
 * Lightning talks:
 * - Fast Loops in Practice by [Ana Lima](https://example.org/ana)
 * - Bo Chen: Logging without Tears
 * </pre>
 * "TITLE by NAME[, NAME and NAME]" takes the last "by" that is followed by people up to the item's end; "NAME: TITLE"
 * needs the name to fill everything before the colon and to be linked, emphasised or of two words or more. Items
 * of other lists ("Books we liked: Dune by Frank Herbert") are not read.
 */
public final class ListItemTalks {

    private ListItemTalks() {
    }

    /** One talk per item of a talks list that has one of the two shapes. */
    public static List<TalkCandidate> read(List<ProseBlock> blocks, RuleContext ctx) {
        List<TalkCandidate> out = new ArrayList<>();
        for (ProseBlock b : blocks) {
            if (b.kind() != ProseBlock.Kind.ITEM || !talkList(b)) {
                continue;
            }
            TokenizedSentence t = firstLine(b);
            TalkKind kind = Lexicon.anyWord(b.leadIn(), WordClass.LIGHTNING) ? TalkKind.LIGHTNING : TalkKind.TALK;
            titleByNames(t, ctx).or(() -> nameColonTitle(t, ctx)).ifPresent(c -> out.add(
                    new TalkCandidate(c.title(), false, kind, c.speakers(), b.line(), "list-item")));
        }
        return out;
    }

    private static boolean talkList(ProseBlock b) {
        return Lexicon.anyWord(b.leadIn(), WordClass.TALK_NOUN, WordClass.SPEAKER_HEADING)
                || b.leadIn().isEmpty() && Lexicon.anyWord(b.section(), WordClass.TALK_NOUN);
    }

    private static Optional<TalkCandidate> titleByNames(TokenizedSentence t, RuleContext ctx) {
        for (int i = t.size() - 2; i > 0; i--) {
            if (!t.isWord(i, "by")) {
                continue;
            }
            List<NameAt> people = NameReader.people(t, i + 1, ctx);
            if (people.isEmpty() || NameReader.skipParenthetical(t, people.get(people.size() - 1).to()) != t.size()) {
                continue;
            }
            String title = trimmed(t.text(0, i));
            if (title.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TalkCandidate(Optional.of(title), false, TalkKind.TALK,
                    people.stream().map(NameAt::person).toList(), t.lineOf(0), "list-item"));
        }
        return Optional.empty();
    }

    private static Optional<TalkCandidate> nameColonTitle(TokenizedSentence t, RuleContext ctx) {
        Optional<NameAt> name = NameReader.forward(t, 0, ctx);
        boolean marked = t.get(0).link().isPresent() || t.get(0).emphasis().isPresent();
        if (name.isEmpty() || !marked && name.get().to() - name.get().from() < 2) {
            return Optional.empty(); // "Note: …", "Reminder: …": one plain word before a colon is a label
        }
        int colon = NameReader.skipParenthetical(t, name.get().to());
        if (colon >= t.size() - 1 || !t.get(colon).is(':')) {
            return Optional.empty();
        }
        String title = trimmed(t.text(colon + 1, t.size()));
        if (title.isEmpty() || t.get(colon + 1).kind() == Token.Kind.CLOCK) {
            return Optional.empty();
        }
        for (int k = colon + 1; k < t.size(); k++) {
            int at = k;
            boolean linkedPerson = t.get(k).link().filter(l -> l.start() == t.get(at).start()).isPresent()
                    && NameReader.forward(t, k, ctx).filter(n -> n.person().profileUrl().isPresent()).isPresent();
            if (linkedPerson) {
                return Optional.empty(); // "Fat Clients: Has JS Won? [Nathan Y](…)": the linked name is the speaker
            }
        }
        return Optional.of(new TalkCandidate(Optional.of(title), false, TalkKind.TALK,
                List.of(name.get().person()), t.lineOf(0), "list-item"));
    }

    private static TokenizedSentence firstLine(ProseBlock b) {
        List<Token> tokens = Tokenizer.tokens(b);
        int end = 1;
        while (end < tokens.size() && !tokens.get(end).lineStart()) {
            end++;
        }
        return new TokenizedSentence(b, tokens.subList(0, Math.min(end, tokens.size())));
    }

    private static String trimmed(String text) {
        String s = text.strip();
        int from = 0;
        int to = s.length();
        while (to > 0 && ",;:-–—".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        while (from < to && (s.charAt(from) == '"' || s.charAt(from) == '“')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == '"' || s.charAt(to - 1) == '”')) {
            to--;
        }
        return s.substring(from, to).strip();
    }
}
