package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.NameReader;
import io.meetkit.markdown.internal.extract.prose.token.NameReader.NameAt;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Talks given as labelled lines of a paragraph or list item:
 * <pre>
 * Speaker: Nora Quist
 * Title: Profiling without Tears
 *
 * + Nora Quist (she/her)
 * Topic: Profiling without Tears
 * </pre>
 * A "Title:"/"Topic:" line makes a talk when the same block names its speaker, either in a "Speaker:" line or as a
 * line holding only a person's name just before it. A block with a "Speaker:" line but no title gives an untitled
 * talk, or takes the title of a "First talk:"/"Title:" block up to three blocks before it. A label alone on its line
 * takes the next line as its value. Lines are read token by token; no pattern runs over the block.
 */
public final class LabelledFieldsReader {

    /** How many blocks (an abstract, say) may stand between a talk's title and its "Speaker:" block. */
    private static final int MAX_BLOCKS_TO_SPEAKER = 3;

    private LabelledFieldsReader() {
    }

    /** The talks of the blocks' labelled lines, in order. */
    public static List<TalkCandidate> read(List<ProseBlock> blocks, RuleContext ctx) {
        List<TalkCandidate> out = new ArrayList<>();
        Optional<String> pendingTitle = Optional.empty();
        int since = 0;
        for (ProseBlock b : blocks) {
            if (b.kind() != ProseBlock.Kind.PARAGRAPH && b.kind() != ProseBlock.Kind.ITEM) {
                pendingTitle = Optional.empty();
                continue;
            }
            Fields f = fields(b, ctx);
            if (f.labelled() && !f.speakers().isEmpty()) {
                // "First talk:\nTITLE" in one paragraph, "Speaker:\nNAME" in one a little further on.
                Optional<String> title = f.title().isPresent() ? f.title() : pendingTitle;
                out.add(new TalkCandidate(title, false, TalkKind.TALK, f.speakers(), f.line(), "labelled-fields"));
                pendingTitle = Optional.empty();
            } else if (f.title().isPresent() && f.speakers().isEmpty()) {
                pendingTitle = f.title();
                since = 0;
            } else if (++since > MAX_BLOCKS_TO_SPEAKER) {
                pendingTitle = Optional.empty();
            }
        }
        return out;
    }

    /** What one block's labelled lines say. */
    private record Fields(Optional<String> title, List<SpeakerMention> speakers, boolean labelled, int line) {
    }

    private static Fields fields(ProseBlock b, RuleContext ctx) {
        List<TokenizedSentence> lines = lines(b);
        List<SpeakerMention> speakers = new ArrayList<>();
        Optional<String> title = Optional.empty();
        SpeakerMention bareName = null;
        boolean labelled = false;
        boolean titleNext = false;
        boolean speakerNext = false;
        int line = b.line();
        for (TokenizedSentence l : lines) {
            int start = skipBullet(l);
            if (titleNext || speakerNext) {
                // A label alone on its line ("Speaker:") gives its value on the next line.
                if (titleNext) {
                    String text = clean(l.text(start, l.size()));
                    if (!text.isEmpty() && title.isEmpty() && Character.isLetter(text.codePointAt(0))) {
                        title = Optional.of(text);
                        labelled = true;
                    }
                } else {
                    List<NameAt> people = NameReader.people(l, start, ctx);
                    for (NameAt n : people) {
                        speakers.add(n.person());
                    }
                    if (!people.isEmpty()) {
                        labelled = true;
                        line = l.lineOf(start);
                    }
                }
                titleNext = false;
                speakerNext = false;
                continue;
            }
            int label = l.isWord(start, WordClass.ORDINAL) && labelAt(l, start + 1, WordClass.TITLE_LABEL)
                    ? start + 1 : start;
            if (labelAt(l, label, WordClass.TITLE_LABEL)) {
                String text = clean(l.text(label + 2, l.size()));
                titleNext = text.isEmpty();
                if (!text.isEmpty() && title.isEmpty() && Character.isLetter(text.codePointAt(0))) {
                    title = Optional.of(text);
                    labelled = true;
                    if (speakers.isEmpty() && bareName != null) {
                        speakers.add(bareName);
                    }
                }
            } else if (labelAt(l, start, WordClass.SPEAKER_LABEL)) {
                List<NameAt> people = NameReader.people(l, start + 2, ctx);
                for (NameAt n : people) {
                    speakers.add(n.person());
                }
                speakerNext = people.isEmpty() && start + 2 >= l.size();
                labelled = true;
                line = l.lineOf(start);
            } else if (title.isEmpty() && speakers.isEmpty()) {
                Optional<NameAt> n = NameReader.forward(l, start, ctx);
                bareName = n.filter(x -> NameReader.skipParenthetical(l, x.to()) == l.size()).map(NameAt::person)
                        .orElse(null);
                if (bareName != null) {
                    line = l.lineOf(start);
                }
            }
        }
        return new Fields(title, speakers, labelled, line);
    }

    /** Whether the line has a word of the class followed by a colon at token {@code i}. */
    private static boolean labelAt(TokenizedSentence l, int i, WordClass label) {
        return l.isWord(i, label) && i + 1 < l.size() && l.get(i + 1).is(':');
    }

    private static int skipBullet(TokenizedSentence l) {
        int i = 0;
        while (i < l.size() && i < 2 && l.get(i).kind() == Token.Kind.PUNCT && "+-*•".contains(l.get(i).text())) {
            i++;
        }
        return i;
    }

    private static String clean(String text) {
        String t = text.strip();
        int end = t.length();
        while (end > 0 && ".,;:".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        t = t.substring(0, end).strip();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '“')
                && (t.charAt(t.length() - 1) == '"' || t.charAt(t.length() - 1) == '”')) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** The block's lines, each as a token sequence. */
    static List<TokenizedSentence> lines(ProseBlock b) {
        List<Token> tokens = Tokenizer.tokens(b);
        List<TokenizedSentence> out = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= tokens.size(); k++) {
            if (k == tokens.size() || tokens.get(k).lineStart()) {
                if (k > from) {
                    out.add(new TokenizedSentence(b, tokens.subList(from, k)));
                }
                from = k;
            }
        }
        return out;
    }
}
