package io.meetkit.markdown.internal.extract.prose.token.blocks;

import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.NameReader;
import io.meetkit.markdown.internal.extract.prose.token.NameReader.NameAt;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The people of a speakers' section: a heading such as "About our speakers", "Speakers", "Presenters" or "Our
 * instructors", followed either by one sub-heading per person
 * <pre>
 * ## About our speakers
 * ### Nora Quist
 * Nora builds compilers …
 * ### Omar Haddad
 * </pre>
 * or by paragraphs and items that open with a person's name ("Nora Quist is a …", "**Nora Quist** – …"). A
 * heading that itself names one ("Our featured speaker: Nora Quist") gives that person. The section ends at the
 * next heading of its level or above, or at a sub-heading that is not a name ("### Our sponsors").
 */
public final class BiosSectionReader {

    private static final int MAX_HEADING_WORDS = 8;

    private BiosSectionReader() {
    }

    /**
     * A person named in a speakers' section.
     *
     * @param person     the name and profile link
     * @param line       the 1-based file line
     * @param instructor whether the section calls its people instructors (who teach one workshop together)
     */
    public record Bio(SpeakerMention person, int line, boolean instructor) {
    }

    /** The people of every speakers' section of the post, in order. */
    public static List<Bio> read(List<ProseBlock> blocks, RuleContext ctx) {
        List<Bio> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            ProseBlock h = blocks.get(i);
            if (h.kind() != ProseBlock.Kind.HEADING) {
                continue;
            }
            TokenizedSentence heading = new TokenizedSentence(h, Tokenizer.tokens(h));
            int cue = speakerCue(heading);
            if (cue < 0) {
                continue;
            }
            boolean instructor = heading.get(cue).lower().startsWith("instructor");
            int colon = cue + 1;
            if (colon < heading.size() && heading.get(colon).is(':')) {
                NameReader.forward(heading, colon + 1, ctx)
                        .ifPresent(n -> out.add(new Bio(n.person(), h.line(), instructor)));
            }
            i = section(blocks, i, ctx, instructor, out);
        }
        return out;
    }

    /** Reads the section under heading {@code at}; returns the index of its last block. */
    private static int section(List<ProseBlock> blocks, int at, RuleContext ctx, boolean instructor, List<Bio> out) {
        int level = blocks.get(at).level();
        int nameLevel = -1;
        int j = at + 1;
        for (; j < blocks.size(); j++) {
            ProseBlock b = blocks.get(j);
            TokenizedSentence t = new TokenizedSentence(b, Tokenizer.tokens(b));
            if (t.size() == 0) {
                continue;
            }
            if (b.kind() == ProseBlock.Kind.HEADING) {
                if (b.level() <= level) {
                    break;
                }
                Optional<NameAt> n = wholeName(t, ctx);
                if (n.isPresent() && (nameLevel < 0 || b.level() == nameLevel)) {
                    nameLevel = b.level();
                    out.add(new Bio(n.get().person(), b.line(), instructor));
                } else if (nameLevel < 0 || b.level() <= nameLevel) {
                    break; // "### Our sponsors" after the people: the section is over
                }
            } else if (nameLevel < 0 && (b.kind() == ProseBlock.Kind.PARAGRAPH || b.kind() == ProseBlock.Kind.ITEM)) {
                leadingName(t, ctx).ifPresent(n -> out.add(new Bio(n.person(), b.line(), instructor)));
            }
        }
        return j - 1;
    }

    /** The index of the speaker word of a short heading, or -1. */
    private static int speakerCue(TokenizedSentence heading) {
        int words = 0;
        int cue = -1;
        for (int k = 0; k < heading.size(); k++) {
            if (heading.get(k).kind() == Token.Kind.WORD) {
                words++;
                if (cue < 0 && heading.isWord(k, WordClass.SPEAKER_HEADING)) {
                    cue = k;
                }
            }
        }
        return words <= MAX_HEADING_WORDS ? cue : -1;
    }

    /** A heading that is only a name, perhaps in brackets or linked: "Nora Quist", "[Nora Quist]". */
    private static Optional<NameAt> wholeName(TokenizedSentence t, RuleContext ctx) {
        int from = 0;
        int to = t.size();
        if (t.get(0).is('[') && t.get(to - 1).is(']')) {
            from++;
            to--;
        }
        int end = to;
        return NameReader.forward(t, from, ctx).filter(n -> NameReader.skipParenthetical(t, n.to()) == end);
    }

    /** A name that opens a paragraph and is followed by a verb, a dash, a comma, a colon or a parenthesis. */
    private static Optional<NameAt> leadingName(TokenizedSentence t, RuleContext ctx) {
        return NameReader.forward(t, 0, ctx).filter(n -> {
            int k = NameReader.skipParenthetical(t, n.to());
            if (k >= t.size()) {
                return n.person().profileUrl().isPresent() || t.get(0).emphasis().isPresent();
            }
            Token next = t.get(k);
            return next.is(',') || next.is(':') || next.is('-') || next.is('–') || next.is('—')
                    || t.isWord(k, WordClass.BIO_LINE_VERB);
        });
    }
}
