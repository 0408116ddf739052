package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.blocks.BiosSectionReader;
import io.meetkit.markdown.internal.extract.prose.token.blocks.BiosSectionReader.Bio;
import io.meetkit.markdown.internal.extract.prose.token.blocks.ClosingBioReader;
import io.meetkit.markdown.internal.extract.prose.token.blocks.CodeBlockTalkMap;
import io.meetkit.markdown.internal.extract.prose.token.blocks.DashedLineupItems;
import io.meetkit.markdown.internal.extract.prose.token.blocks.LabelledFieldsReader;
import io.meetkit.markdown.internal.extract.prose.token.blocks.ListItemTalks;
import io.meetkit.markdown.internal.extract.prose.token.blocks.SpeakerCardReader;
import io.meetkit.markdown.internal.extract.prose.token.blocks.TalkSectionLeadNames;
import io.meetkit.markdown.internal.extract.prose.token.rules.QuotedTitleByRule;
import io.meetkit.markdown.internal.extract.prose.token.rules.SpeakerForTalkRule;
import io.meetkit.markdown.internal.extract.prose.token.rules.WillSpeakRule;
import io.meetkit.markdown.internal.extract.prose.token.rules.WorkThroughTutorialRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a post's talks with the token rules and block readers. The readers are asked in a fixed order, most explicit
 * first: labelled fields ("Speaker:", "Title:"), items of a talks list ("TITLE by NAME", "NAME: TITLE"), sentence
 * rules, then names opening paragraphs of a talks section; a later reading of a speaker already read only fills a
 * missing title. A speakers' section (bios) adds its people only when nothing else named a talk. Stateless and
 * thread-safe.
 */
public final class TokenTalkReader {

    private static final RuleIndex RULES = new RuleIndex(List.of(new WillSpeakRule(), new QuotedTitleByRule(),
            new SpeakerForTalkRule(), new WorkThroughTutorialRule()));

    private TokenTalkReader() {
    }

    /** The index of sentence rules, in the order they are asked. */
    public static RuleIndex rules() {
        return RULES;
    }

    /** The talks of the blocks, merged per speaker, in the order of the post. */
    public static List<TalkCandidate> read(List<ProseBlock> blocks, RuleContext ctx) {
        List<TalkCandidate> found = new ArrayList<>(LabelledFieldsReader.read(blocks, ctx));
        found.addAll(ListItemTalks.read(blocks, ctx));
        found.addAll(SpeakerCardReader.read(blocks, ctx));
        found.addAll(CodeBlockTalkMap.read(blocks, ctx));
        found.addAll(DashedLineupItems.read(blocks, ctx));
        for (ProseBlock b : blocks) {
            if (b.kind() == ProseBlock.Kind.PARAGRAPH || b.kind() == ProseBlock.Kind.ITEM) {
                for (TokenizedSentence s : Tokenizer.sentences(b)) {
                    found.addAll(RULES.apply(s, ctx));
                }
            }
        }
        found.addAll(TalkSectionLeadNames.read(blocks, ctx));
        List<TalkCandidate> merged = merge(found);
        List<Bio> bios = BiosSectionReader.read(blocks, ctx);
        if (!merged.isEmpty()) {
            merged = fullNames(merged, bios);
        } else {
            merged = fromBios(bios);
            if (merged.isEmpty()) {
                merged = new ArrayList<>(ClosingBioReader.read(blocks, ctx));
            }
            if (merged.size() == 1) {
                Optional<String> about = aboutTitle(blocks);
                if (about.isPresent()) {
                    TalkCandidate only = merged.get(0);
                    merged.set(0, new TalkCandidate(about, false, only.kind(), only.speakers(), only.line(),
                            only.source(), only.links()));
                }
            }
        }
        merged.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return merged;
    }

    /** Candidates sharing a speaker become one; the first keeps its place and takes a stated title if it had none. */
    static List<TalkCandidate> merge(List<TalkCandidate> found) {
        List<TalkCandidate> out = new ArrayList<>();
        for (TalkCandidate c : found) {
            int same = -1;
            for (int k = 0; k < out.size() && same < 0; k++) {
                if (shareSpeaker(out.get(k), c) && !twoTalksOfOneList(out.get(k), c)) {
                    same = k;
                }
            }
            if (same < 0) {
                out.add(c);
                continue;
            }
            TalkCandidate kept = out.get(same);
            boolean better = kept.title().isEmpty() && c.title().isPresent()
                    || kept.paraphrase() && !c.paraphrase() && c.title().isPresent();
            if (better) {
                out.set(same, new TalkCandidate(c.title(), c.paraphrase(), kept.kind(), kept.speakers(), kept.line(),
                        kept.source(), union(kept.links(), c.links())));
            }
        }
        return out;
    }

    /** Speakers named by first name only ("Luke will talk …") take the full name of their bio ("### Luke Crouch"). */
    private static List<TalkCandidate> fullNames(List<TalkCandidate> talks, List<Bio> bios) {
        List<TalkCandidate> out = new ArrayList<>();
        for (TalkCandidate c : talks) {
            List<SpeakerMention> speakers = new ArrayList<>();
            for (SpeakerMention m : c.speakers()) {
                SpeakerMention full = m;
                for (Bio b : bios) {
                    if (b.person().name().length() > full.name().length()
                            && Names.samePerson(b.person().name(), m.name())) {
                        full = new SpeakerMention(b.person().name(), m.profileUrl().or(() -> b.person().profileUrl()));
                    }
                }
                speakers.add(full);
            }
            out.add(new TalkCandidate(c.title(), c.paraphrase(), c.kind(), speakers, c.line(), c.source(), c.links()));
        }
        return out;
    }

    private static List<TalkCandidate> fromBios(List<Bio> bios) {
        List<TalkCandidate> out = new ArrayList<>();
        List<SpeakerMention> instructors = new ArrayList<>();
        int firstInstructorLine = Integer.MAX_VALUE;
        for (Bio b : bios) {
            if (out.stream().anyMatch(c -> Names.samePerson(c.speakers().get(0).name(), b.person().name()))
                    || instructors.stream().anyMatch(p -> Names.samePerson(p.name(), b.person().name()))) {
                continue;
            }
            if (b.instructor()) {
                instructors.add(b.person());
                firstInstructorLine = Math.min(firstInstructorLine, b.line());
            } else {
                out.add(new TalkCandidate(Optional.empty(), true, TalkKind.TALK, List.of(b.person()), b.line(),
                        "bios-section"));
            }
        }
        if (!instructors.isEmpty()) {
            out.add(new TalkCandidate(Optional.empty(), true, TalkKind.WORKSHOP, instructors, firstInstructorLine,
                    "bios-section"));
        }
        return out;
    }

    /**
     * The title of a line such as {@code ## About "Howler.js"} when the post has exactly one: beside a speakers'
     * section, it names what the one speaker presents.
     */
    static Optional<String> aboutTitle(List<ProseBlock> blocks) {
        Optional<String> found = Optional.empty();
        for (ProseBlock b : blocks) {
            if (b.kind() != ProseBlock.Kind.HEADING && b.kind() != ProseBlock.Kind.PARAGRAPH) {
                continue;
            }
            List<Token> tokens = Tokenizer.tokens(b);
            int k = 0;
            while (k < tokens.size() && k < 4 && (tokens.get(k).is('#') || tokens.get(k).kind() == Token.Kind.QUOTE)) {
                k++;
            }
            if (k >= tokens.size() || !tokens.get(k).lower().equals("about")) {
                continue;
            }
            TokenizedSentence s = new TokenizedSentence(b, tokens);
            boolean quoted = k + 1 < s.size() && s.get(k + 1).kind() == Token.Kind.QUOTE;
            Optional<TitleReader.TitleAt> t = TitleReader.stated(s, k + 1)
                    .filter(x -> quoted && (x.to() == s.size() || s.get(x.to()).lineStart()));
            if (t.isPresent()) {
                if (found.isPresent()) {
                    return Optional.empty();
                }
                found = Optional.of(t.get().text());
            }
        }
        return found;
    }

    /**
     * Whether two candidates are entries of one lineup with their own titles (one person giving two talks, or
     * "Ines" beside "Ines Moreau"): the same reader read both, on different lines, each with a stated title.
     */
    private static boolean twoTalksOfOneList(TalkCandidate a, TalkCandidate b) {
        return a.source().equals(b.source()) && a.line() != b.line() && !a.paraphrase() && !b.paraphrase()
                && a.title().isPresent() && b.title().isPresent() && !a.title().get().equals(b.title().get());
    }

    private static boolean shareSpeaker(TalkCandidate a, TalkCandidate b) {
        for (SpeakerMention x : a.speakers()) {
            for (SpeakerMention y : b.speakers()) {
                if (Names.samePerson(x.name(), y.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The links of both readings of one talk, each once, the kept reading's first. */
    private static List<String> union(List<String> kept, List<String> other) {
        List<String> out = new ArrayList<>(kept);
        other.stream().filter(l -> !out.contains(l)).forEach(out::add);
        return out;
    }
}
