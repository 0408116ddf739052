package io.meetkit.markdown.internal.extract.prose.token.recap;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The title follows "titled", "entitled", "called", "in this talk", "the talk", "a talk", "the session", "talk on"
 * or "talk about" (then perhaps a comma or colon), starts with a capital letter and runs to its clause's end
 * ({@link TitleEnd}) or the speakers' "by":
 * <ul>
 *   <li>"Ana Silva gave a talk titled Caching at the Edge, with demos." gives "Caching at the Edge";</li>
 *   <li>"The talk: Fast Loops in Rust by Bo Chen." gives "Fast Loops in Rust";</li>
 *   <li>"Ana gave a talk about caching." gives none here (lower case: a paraphrase, read by
 *       {@link AboutTopicRule}).</li>
 * </ul>
 * Only the first cue is read, with the cues that follow it right away ("a talk titled …", "the talk called …").
 */
public final class TitledTitleRule implements TitleRule {

    /** Each cue as its words, tried in this order at a token. */
    private static final List<List<String>> CUES = Lexicon.phraseWords(WordClass.TITLE_CUE);

    @Override
    public String name() {
        return "titled";
    }

    @Override
    public Set<String> triggers() {
        return Set.of("titled", "entitled", "called", "talk", "session");
    }

    @Override
    public Optional<RecapTitle> read(RecapSentence s) {
        int from = titleStart(s);
        if (from < 0) {
            return Optional.empty();
        }
        int by = s.byToken();
        Optional<String> t = TitleEnd.title(s, from, by >= from ? by : -1);
        if (t.isPresent() && Character.isUpperCase(t.get().charAt(0))) {
            return Optional.of(new RecapTitle(t, false, name()));
        }
        return Optional.empty();
    }

    /** The token after the first cue followed by white space (or by a comma or colon and white space), or -1. */
    static int titleStart(RecapSentence s) {
        for (int i = 0; i < s.size(); i++) {
            int start = afterCue(s, i);
            if (start >= 0) {
                // "a talk titled X", "the talk called X": a cue right after the cue is part of it
                for (int next = afterCue(s, start); next >= 0; next = afterCue(s, start)) {
                    start = next;
                }
                return start;
            }
        }
        return -1;
    }

    /** The token after a cue at token {@code i} and its white space (or comma or colon and white space), or -1. */
    private static int afterCue(RecapSentence s, int i) {
        for (List<String> cue : CUES) {
            int end = cueEnd(s, i, cue);
            if (end < 0 || end >= s.size()) {
                continue;
            }
            if (s.isChar(end, ",:") && s.gapAfter(end)) {
                return end + 1;
            }
            if (s.gapAfter(end - 1)) {
                return end;
            }
        }
        return -1;
    }

    private static int cueEnd(RecapSentence s, int i, List<String> cue) {
        for (int k = 0; k < cue.size(); k++) {
            if (!s.isWord(i + k, cue.get(k)) || k > 0 && !s.gapAfter(i + k - 1)) {
                return -1;
            }
        }
        return i + cue.size();
    }
}
