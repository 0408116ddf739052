package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.PeopleReader;
import io.meetkit.markdown.internal.extract.prose.token.PeopleReader.PeopleAt;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkContext;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems.AgendaTalk;
import io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A line that labels a talk's title, with its speaker on the same line or in a "Speaker:" line of the same block
 * or of one of the next two blocks:
 * <pre>
 * Talk 2: Profiling without Tears by Nora Quist
 *
 * Title: Caching at the Edge
 * Speaker: [Omar Haddad](https://example.org/omar)
 * </pre>
 * The labels are "Talk", "Title", "Topic" and "Session" (with an optional number) before a colon; "Speaker(s)",
 * "Presenter(s)", "Presented by" and "By" before a colon name the people. An open slot ("Talk 3: TBD") is no talk,
 * and neither is a title whose block is in a section or list about something else ({@link TalkContext#skipped}).
 * Each line is read once, token by token.
 */
public final class TitleLineTalks {

    private static final Set<String> TITLE_LABELS = Lexicon.words(WordClass.TITLE_LINE_LABEL);
    /** The speaker label words: a token is one word, so "presented by" is not read here. */
    private static final Set<String> SPEAKER_LABELS = Lexicon.words(WordClass.SPEAKER_LABEL_WORD);
    /** How many blocks after the title's may hold its "Speaker:" line (the title's own and the next two). */
    private static final int SPEAKER_BLOCKS = 3;
    /** The most tokens of a title line read for "TITLE by NAME": far above any title. */
    private static final int MAX_LINE_TOKENS = 400;

    private TitleLineTalks() {
    }

    /** The talks of the post's title lines, in order. */
    public static List<AgendaTalk> read(List<ProseBlock> blocks, RuleContext ctx, TalkContext context,
                                        Set<String> ignoredUrls) {
        List<AgendaTalk> out = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        List<int[]> speakerLabels = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            ProseBlock b = blocks.get(i);
            if (b.kind() == ProseBlock.Kind.CODE || b.kind() == ProseBlock.Kind.IMAGE || context.skipped(b)) {
                continue;
            }
            TokenizedSentence s = new TokenizedSentence(b, tokens(blocks, tokens, i));
            for (int k = 0; k < s.size(); k++) {
                if (!s.get(k).lineStart()) {
                    continue;
                }
                int value = titleValue(s, k);
                if (value < 0) {
                    continue;
                }
                int lineEnd = lineEnd(s, value);
                title(blocks, tokens, speakerLabels, i, s, k, value, lineEnd, ctx, ignoredUrls).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The tokens of block {@code i}, tokenized once for all the title lines that look at it. */
    private static List<Token> tokens(List<ProseBlock> blocks, List<List<Token>> cache, int i) {
        while (cache.size() <= i) {
            cache.add(null);
        }
        if (cache.get(i) == null) {
            cache.set(i, Tokenizer.tokens(blocks.get(i)));
        }
        return cache.get(i);
    }

    private static Optional<AgendaTalk> title(List<ProseBlock> blocks, List<List<Token>> tokens,
                                              List<int[]> speakerLabels, int i,
                                              TokenizedSentence s, int label, int value, int lineEnd,
                                              RuleContext ctx, Set<String> ignoredUrls) {
        ProseBlock b = s.block();
        String valueText = b.text().substring(s.get(value).start(), lineEndChar(s, lineEnd));
        TokenizedSentence line = new TokenizedSentence(b, s.tokens().subList(Math.max(0, lineEnd - MAX_LINE_TOKENS),
                lineEnd));
        int valueInLine = value - Math.max(0, lineEnd - MAX_LINE_TOKENS);
        if (valueInLine < 0 || AgendaItems.openSlot(line, valueInLine)) {
            return Optional.empty();
        }
        TalkKind kind = TalkContext.kindOf(b.section() + " " + valueText);
        Optional<TalkCandidate> inline = AgendaItems.titleBy(line, valueInLine, kind, ctx,
                new Links(0, b.text().length(), ignoredUrls, ctx.stopWords()));
        if (inline.isPresent()) {
            TalkCandidate c = inline.get();
            return Optional.of(new AgendaTalk(new TalkCandidate(c.title(), false, c.kind(), c.speakers(),
                    b.line(), "title-line", c.links()), i));
        }
        for (int k = i; k < Math.min(blocks.size(), i + SPEAKER_BLOCKS); k++) {
            TokenizedSentence sb = k == i ? s : new TokenizedSentence(blocks.get(k), tokens(blocks, tokens, k));
            int speaker = speakerValue(speakerLabels(speakerLabels, sb, k), k == i ? lineEnd : 0);
            if (speaker < 0) {
                continue;
            }
            PeopleAt people = PeopleReader.at(sb, speaker, sb.size(), ctx);
            if (people.isEmpty()) {
                return Optional.empty();
            }
            Links links = new Links(s.get(label).start(), b.text().length(), ignoredUrls, ctx.stopWords());
            return Optional.of(new AgendaTalk(new TalkCandidate(TitleReader.clean(valueText), false, kind,
                    people.people(), s.lineOf(label), "title-line", links.of(b, people.people())), i));
        }
        return Optional.empty();
    }

    /** The first token of the value after "Talk 2:", "Title:", "Topic:" or "Session:" at line start {@code k}. */
    private static int titleValue(TokenizedSentence s, int k) {
        if (k >= s.size() || s.get(k).kind() != Token.Kind.WORD || !TITLE_LABELS.contains(s.get(k).lower())) {
            return -1;
        }
        int j = k + 1;
        if (j < s.size() && s.get(j).kind() == Token.Kind.NUMBER) {
            j++;
        }
        return j + 1 < s.size() && s.get(j).is(':') ? j + 1 : -1; // the value may stand on the next line
    }

    /**
     * {label, value} token pairs of every "Speaker:" line of block {@code k}, found once per block so that many
     * title lines in one block do not each read the rest of it.
     */
    private static int[] speakerLabels(List<int[]> cache, TokenizedSentence s, int k) {
        while (cache.size() <= k) {
            cache.add(null);
        }
        if (cache.get(k) == null) {
            List<Integer> pairs = new ArrayList<>();
            for (int j = 0; j < s.size(); j++) {
                int value = s.get(j).lineStart() ? speakerValueAt(s, j) : -1;
                if (value >= 0) {
                    pairs.add(j);
                    pairs.add(value);
                }
            }
            cache.set(k, pairs.stream().mapToInt(Integer::intValue).toArray());
        }
        return cache.get(k);
    }

    /** The value of the first "Speaker:" line whose label is at or after token {@code from}, or -1. */
    private static int speakerValue(int[] labels, int from) {
        int lo = 0;
        int hi = labels.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (labels[2 * mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < labels.length / 2 ? labels[2 * lo + 1] : -1;
    }

    /** The first token of the people after a "Speaker:" label opening the line at token {@code k}, or -1. */
    private static int speakerValueAt(TokenizedSentence s, int k) {
        int j = k;
        if (s.isWord(j, "presented") && s.isWord(j + 1, "by")) {
            j += 2;
        } else if (j < s.size() && s.get(j).kind() == Token.Kind.WORD && SPEAKER_LABELS.contains(s.get(j).lower())) {
            j++;
        } else {
            return -1;
        }
        return j + 1 < s.size() && s.get(j).is(':') ? j + 1 : -1;
    }

    private static int lineEnd(TokenizedSentence s, int from) {
        int k = from + 1;
        while (k < s.size() && !s.get(k).lineStart()) {
            k++;
        }
        return k;
    }

    /** The character where the line of tokens before {@code lineEnd} ends (its line break, or the text's end). */
    private static int lineEndChar(TokenizedSentence s, int lineEnd) {
        String text = s.block().text();
        int c = s.get(lineEnd - 1).end();
        while (c < text.length() && text.charAt(c) != '\n' && text.charAt(c) != '\r') {
            c++;
        }
        return c;
    }
}
