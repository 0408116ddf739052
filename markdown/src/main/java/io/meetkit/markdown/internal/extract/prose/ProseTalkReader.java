package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.TalkDraft.Person;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate.SpeakerMention;
import io.meetkit.markdown.internal.extract.prose.token.TokenTalkReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The one place that decides between the two families of token rules that read a post's talks: the recap rules
 * ({@link TalkFinder}: agendas, talk sections, recap sentences) and the announcement rules ({@link TokenTalkReader}:
 * "NAME will talk about …", labelled fields, talk lists, bios). Below, "finders" are the recap rules and "token
 * reader" the announcement rules. Precedence:
 * <ol>
 *   <li>the token reader's talks alone, when they are more and two or more of them share their speakers with one
 *       finder talk (the finders lumped separate talks together);</li>
 *   <li>the finders' talks, when the token reader finds fewer talks or only people the finders know;</li>
 *   <li>as many talks, all by other people: both readings, in the order of the post;</li>
 *   <li>otherwise (at least as many talks, some by people the finders missed): the token reader's talks, where a
 *       finder talk of the same speaker stands in for the token talk (it has the links and fuller names).</li>
 * </ol>
 * So recaps and agendas ("gave a talk", "Title - Speaker") keep the recap reading, and posts whose talks are
 * announced in sentences or bios the recap rules do not read get the announcement reading.
 */
public final class ProseTalkReader {

    private ProseTalkReader() {
    }

    /** The talks of a post's blocks, as {@link TalkFinder#find} reports them. */
    public static List<TalkDraft> find(List<ProseBlock> blocks, Set<String> stop, Set<String> ignoredUrls) {
        List<TalkDraft> finders = TalkFinder.find(blocks, stop, ignoredUrls);
        List<TalkCandidate> tokens = TokenTalkReader.read(blocks, new RuleContext(stop));
        boolean split = tokens.size() > finders.size() && splitsAFinderTalk(tokens, finders);
        if (!split && (tokens.size() < finders.size() || !namesSomeoneNew(tokens, finders))) {
            return finders;
        }
        List<TalkDraft> out = new ArrayList<>();
        if (split) {
            // The finders lumped the speakers of separate talks into one: the token talks stand alone.
            for (TalkCandidate c : tokens) {
                out.add(draft(c));
            }
            return out;
        }
        if (tokens.size() == finders.size() && !knowsSomeone(tokens, finders)) {
            out.addAll(finders); // as many talks by wholly other people: both readings name real talks
        }
        for (TalkCandidate c : tokens) {
            List<Person> people = c.speakers().stream().map(ProseTalkReader::person).toList();
            TalkDraft same = finders.stream().filter(f -> f.sharesSpeaker(people)).findFirst().orElse(null);
            if (same != null) {
                // The finders read this talk too, with its links and fuller names: keep their draft.
                if (same.title().isEmpty() && c.title().isPresent()) {
                    same.title = c.title().get();
                    same.weakTitle = c.paraphrase();
                }
                if (!out.contains(same)) {
                    out.add(same);
                }
                continue;
            }
            out.add(draft(c));
        }
        out.sort(Comparator.comparingInt(TalkDraft::line));
        return out;
    }

    private static TalkDraft draft(TalkCandidate c) {
        TalkDraft d = new TalkDraft(c.line(), -1, true);
        d.kind = c.kind();
        d.title = c.title().orElse(null);
        d.weakTitle = c.paraphrase();
        d.addSpeakers(c.speakers().stream().map(ProseTalkReader::person).toList());
        c.links().forEach(d::addLink); // the talk's resources the token reader found (a tutorial's link, slides)
        return d;
    }

    /** Whether one finder talk holds the speakers of two or more token talks, each of one of its speakers. */
    private static boolean splitsAFinderTalk(List<TalkCandidate> tokens, List<TalkDraft> finders) {
        for (TalkDraft f : finders) {
            int shared = 0;
            for (TalkCandidate c : tokens) {
                if (f.sharesSpeaker(c.speakers().stream().map(ProseTalkReader::person).toList())) {
                    shared++;
                }
            }
            if (shared >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token talk shares a speaker with a finder talk. */
    private static boolean knowsSomeone(List<TalkCandidate> tokens, List<TalkDraft> finders) {
        for (TalkCandidate c : tokens) {
            List<Person> people = c.speakers().stream().map(ProseTalkReader::person).toList();
            if (finders.stream().anyMatch(f -> f.sharesSpeaker(people))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesSomeoneNew(List<TalkCandidate> tokens, List<TalkDraft> finders) {
        for (TalkCandidate c : tokens) {
            List<Person> people = c.speakers().stream().map(ProseTalkReader::person).toList();
            if (finders.stream().noneMatch(f -> f.sharesSpeaker(people))) {
                return true;
            }
        }
        return false;
    }

    private static Person person(SpeakerMention m) {
        return new Person(m.name(), m.profileUrl());
    }
}
