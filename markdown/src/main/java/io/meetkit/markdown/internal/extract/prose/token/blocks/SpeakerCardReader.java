package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.NameReader;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A talk written as a title card, as Meetup descriptions often are: a line that is wholly bold or italic, giving
 * the title, directly above a line that opens with the speaker's name in bold or italics, the role run into it or
 * following it:
 * <pre>
 * **Profiling without Tears**
 * **Nora Quist, Acme Labs, Staff Engineer**
 * </pre>
 * or the same two lines as two paragraphs ("**Profiling without Tears**", then "**Nora Quist**" over
 * "*Staff Engineer at Acme*"). The title line must not be a label ("**Speaker:**", "**Abstract**", "**Second
 * talk**": one word, label words only, or ending in a colon) nor a name; the speaker line's emphasis must hold a person's name of two words or more
 * before any comma or dash ("**Acme Labs**" under a title is a sponsor, "**Abstract**" a label).
 */
public final class SpeakerCardReader {

    private static final int MAX_TITLE_LENGTH = 160;

    private SpeakerCardReader() {
    }

    /** One talk per title line directly followed by a speaker line. */
    public static List<TalkCandidate> read(List<ProseBlock> blocks, RuleContext ctx) {
        List<TalkCandidate> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            ProseBlock b = blocks.get(i);
            if (b.kind() != ProseBlock.Kind.PARAGRAPH) {
                continue;
            }
            List<int[]> lines = lines(b.text());
            for (int k = 0; k < lines.size(); k++) {
                Optional<String> title = title(b, lines.get(k), ctx);
                if (title.isEmpty()) {
                    continue;
                }
                Optional<SpeakerMention> speaker = Optional.empty();
                if (k + 1 < lines.size()) {
                    speaker = speaker(b, lines.get(k + 1), ctx);
                } else if (i + 1 < blocks.size() && blocks.get(i + 1).kind() == ProseBlock.Kind.PARAGRAPH) {
                    ProseBlock next = blocks.get(i + 1);
                    speaker = speaker(next, lines(next.text()).get(0), ctx);
                }
                int line = b.lineOf(lines.get(k)[0]);
                speaker.ifPresent(s -> out.add(new TalkCandidate(title, false, TalkKind.TALK, List.of(s), line,
                        "speaker-card")));
            }
        }
        return out;
    }

    /** The text of a line that one emphasis span covers whole, when it reads as a title. */
    private static Optional<String> title(ProseBlock b, int[] line, RuleContext ctx) {
        Optional<Span> whole = emphasisAt(b, line[0]).filter(s -> s.end() == line[1]);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        String t = whole.get().textIn(b.text()).strip();
        if (t.length() > MAX_TITLE_LENGTH || t.endsWith(":") || t.indexOf(' ') < 0
                || !Lexicon.anyWordOutside(t, WordClass.TITLE_LABEL, WordClass.SPEAKER_LABEL,
                        WordClass.SPEAKER_HEADING, WordClass.FUNCTION, WordClass.ORDINAL, WordClass.TALK_NOUN)
                || Names.isPersonName(Names.clean(t), ctx.stopWords())
                || NameReader.nameBeforeAffiliation(t, ctx).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** The person named by the emphasis that opens the line, when it ends the line or a comma or dash follows. */
    private static Optional<SpeakerMention> speaker(ProseBlock b, int[] line, RuleContext ctx) {
        Optional<Span> first = emphasisAt(b, line[0]);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Span s = first.get();
        String after = b.text().substring(s.end(), line[1]).strip();
        if (!after.isEmpty() && ",-–—|(".indexOf(after.charAt(0)) < 0) {
            return Optional.empty();
        }
        String written = s.textIn(b.text()).strip();
        String name = Names.clean(written);
        if (!Names.isPersonName(name, ctx.stopWords()) || Lexicon.anyWord(name, WordClass.NOT_NAME)) {
            name = NameReader.nameBeforeAffiliation(written, ctx).orElse("");
        }
        // A card names the speaker in full: one word ("**Abstract**", "**Agenda**") is a label.
        return name.indexOf(' ') < 0 ? Optional.empty() : Optional.of(new SpeakerMention(name, Optional.empty()));
    }

    /** The bold or italic span that starts at {@code offset}, the outermost one if several do. */
    private static Optional<Span> emphasisAt(ProseBlock b, int offset) {
        Span found = null;
        for (Span s : b.spansWithin(offset, b.text().length())) {
            if (s.start() > offset) {
                break;
            }
            boolean emphasis = s.kind() == Span.Kind.STRONG || s.kind() == Span.Kind.EMPHASIS;
            if (s.start() == offset && emphasis && (found == null || s.end() > found.end())) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Each line's start and end offsets in the text, leading and trailing spaces left out. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            out.add(new int[] {from, to});
            start = end + 1;
        }
        return out;
    }
}
