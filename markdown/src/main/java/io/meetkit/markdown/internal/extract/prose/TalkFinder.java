package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.TalkDraft.Person;
import io.meetkit.markdown.internal.extract.prose.token.RecapCues;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkContext;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems;
import io.meetkit.markdown.internal.extract.prose.token.blocks.SectionSpeaker;
import io.meetkit.markdown.internal.extract.prose.token.blocks.TitleLineTalks;
import io.meetkit.markdown.internal.extract.prose.token.recap.ByClauseRule;
import io.meetkit.markdown.internal.extract.prose.token.recap.LinkedSpeakerRule;
import io.meetkit.markdown.internal.extract.prose.token.recap.NamedSessionCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.NewTalkCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.OrdinalTalkCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.OrdinalWasAboutCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.ProfileLinkRule;
import io.meetkit.markdown.internal.extract.prose.token.recap.PronounOpeningCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.RecapSentence;
import io.meetkit.markdown.internal.extract.prose.token.recap.RecapTitle;
import io.meetkit.markdown.internal.extract.prose.token.recap.RecapTitles;
import io.meetkit.markdown.internal.extract.prose.token.recap.SpeakerLabelRule;
import io.meetkit.markdown.internal.extract.prose.token.recap.SpeakingSubjectRule;
import io.meetkit.markdown.internal.extract.prose.token.recap.TalkKindCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.TalkWordCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.ThanksOrNextCue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds talks and their speakers in a post's body. Three readings are combined:
 * <ul>
 *   <li>agenda lines and title lines, read over tokens by
 *       {@link io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems} ("Title - Speaker",
 *       "Talk 1 - Speaker - "Title"", "Title by Speaker", "Title (Speaker - Role)", "18:00 Title - Speaker") and
 *       {@link io.meetkit.markdown.internal.extract.prose.token.blocks.TitleLineTalks} ("Title:" with "Speaker:");</li>
 *   <li>sections whose heading is a talk title and whose text names the person who gave it
 *       ("## Title" then "Speaker: Name" or "Name explained ...", "### Title (Name)");</li>
 *   <li>recap sentences: "The first talk was TITLE by NAME", "NAME gave a talk about ...", a profile-linked name
 *       with a talk word ("[Ann](https://x.com/ann) spoke about ..."), "a lightning talk by NAME on ...".</li>
 * </ul>
 * An agenda, when there is one, is authoritative: prose and sections then only add links to its talks. A recap
 * sentence is read by the token rules and cues of {@code token/recap}, each over the sentence's shared tokens: its
 * cues (whether it names a talk, starts a new one, its kind), where its people start (a "by" clause, a speaking
 * subject, a linked speaker, a profile link, a speaker label), and its title. The names found there are read by
 * {@link People}. This class keeps the flow between sentences and blocks (a title-only sentence waiting for its
 * speaker, a pronoun follow-up, a slides paragraph) and the merging of the three readings.
 */
public final class TalkFinder {


    /**
     * The most talks one reading (agenda, sections, prose) keeps, in the order of the body: far above real posts
     * and above the 200 a post keeps by default.
     */
    static final int MAX_DRAFTS = 1_000;

    private final List<ProseBlock> blocks;
    private final Set<String> stop;
    /** Titles as compared by {@link #sameTitle}, worked out once per title rather than once per comparison. */
    private final java.util.Map<String, String> comparableTitles = new java.util.HashMap<>();
    private final java.util.Map<String, List<String>> nameTokens = new java.util.HashMap<>();
    private final Set<String> ignoredUrls;
    private final TalkContext context = new TalkContext();
    private final java.util.Map<Integer, Integer> sectionEnds = new java.util.HashMap<>();
    /** Whether a block names a talk, asked once per sentence of it: remembered per block. */
    private final java.util.Map<ProseBlock, Boolean> blockNamesTalk = new java.util.IdentityHashMap<>();
    /** Whether a list lead-in announces talks, once per lead-in rather than once per item of its list. */
    private final java.util.Map<String, Boolean> talkListLeadIns = new java.util.HashMap<>();

    private TalkFinder(List<ProseBlock> blocks, Set<String> stop, Set<String> ignoredUrls) {
        this.blocks = blocks;
        this.stop = stop;
        this.ignoredUrls = ignoredUrls;
    }

    /**
     * The talks of a post.
     *
     * @param blocks      the post's blocks
     * @param stop        lower-case words that are never a person's name here (e.g. the group's name)
     * @param ignoredUrls URLs that are never a talk's resource (the venue's link, the group's channels)
     */
    public static List<TalkDraft> find(List<ProseBlock> blocks, Set<String> stop, Set<String> ignoredUrls) {
        return new TalkFinder(blocks, stop, ignoredUrls).find();
    }

    private List<TalkDraft> find() {
        List<TalkDraft> agenda = new ArrayList<>();
        RuleContext ctx = new RuleContext(stop);
        for (AgendaItems.AgendaTalk a : AgendaItems.read(blocks, ctx, context, ignoredUrls)) {
            agenda.add(draft(a));
        }
        for (AgendaItems.AgendaTalk a : TitleLineTalks.read(blocks, ctx, context, ignoredUrls)) {
            agenda.add(draft(a));
        }
        agenda.sort(Comparator.comparingInt(d -> d.blockIndex));
        // Merging compares every talk of one reading with every talk of another: each reading keeps its first
        // MAX_DRAFTS talks, so that a crafted post of thousands of talks costs a bounded time per post.
        agenda = first(agenda);
        List<TalkDraft> sections = first(sections());
        List<TalkDraft> prose = first(prose());
        List<TalkDraft> result;
        if (!agenda.isEmpty()) {
            result = agenda;
            mergeInto(result, sections, false);
            mergeInto(result, prose, false);
        } else if (!sections.isEmpty()) {
            result = sections;
            mergeInto(result, prose, true);
        } else {
            result = prose;
        }
        result.sort(Comparator.comparingInt(d -> d.blockIndex));
        imageTitles(result);
        return result;
    }

    private static TalkDraft draft(AgendaItems.AgendaTalk a) {
        TalkDraft d = new TalkDraft(a.talk().line(), a.block(), true);
        d.title = a.talk().title().orElse(null);
        d.kind = a.talk().kind();
        d.addSpeakers(a.talk().speakers().stream().map(m -> new Person(m.name(), m.profileUrl())).toList());
        a.talk().links().forEach(d::addLink);
        return d;
    }

    private static List<TalkDraft> first(List<TalkDraft> drafts) {
        return drafts.size() <= MAX_DRAFTS ? drafts : new ArrayList<>(drafts.subList(0, MAX_DRAFTS));
    }

    private boolean skipped(ProseBlock b) {
        return context.skipped(b);
    }


    static String[] titleAndParenthesis(String text) {
        return AgendaItems.titleAndParenthesis(text);
    }


    private TalkDraft draft(ProseBlock b, int index, String title, TalkKind kind, List<Person> people) {
        TalkDraft d = new TalkDraft(b.line(), index, true);
        d.title = cleanTitle(title);
        d.kind = kind;
        d.addSpeakers(people);
        return d;
    }

    static String cleanTitle(String title) {
        return TitleReader.clean(title).orElse(null);
    }

    private static TalkKind kindOf(String context) {
        return TalkContext.kindOf(context);
    }

    // ---------------------------------------------------------------- sections

    private List<TalkDraft> sections() {
        List<TalkDraft> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            ProseBlock h = blocks.get(i);
            if (h.kind() != ProseBlock.Kind.HEADING) {
                continue;
            }
            String heading = TalkContext.withoutNumber(Window.head(h.text()).replace('\n', ' ').strip());
            if (heading.isEmpty() || TalkContext.genericHeading(heading) || skipped(h)) {
                continue;
            }
            int end = sectionEnd(i);
            String title = heading;
            List<Person> people = List.of();
            String[] paren = titleAndParenthesis(heading);
            if (paren != null && Names.isPersonName(Names.clean(paren[1]), stop)) {
                title = paren[0];
                people = List.of(new Person(Names.clean(paren[1]), Optional.empty()));
            } else {
                Optional<TalkCandidate> by = AgendaItems.headingTitleBy(h, new RuleContext(stop));
                if (by.isPresent() && !by.get().speakers().isEmpty()) {
                    title = by.get().title().orElse(heading);
                    people = by.get().speakers().stream().map(m -> new Person(m.name(), m.profileUrl())).toList();
                }
            }
            if (people.isEmpty()) {
                people = sectionSpeaker(i + 1, end);
            }
            if (people.isEmpty() && Names.isPersonName(heading, stop) && hasPatternSpace(heading.strip())
                    && mentionsTalk(i + 1, end)) {
                // "### Jane Doe" over a bio that says what she will talk about: the heading is the speaker.
                people = List.of(new Person(Names.clean(heading), Optional.empty()));
                title = sectionTitle(i + 1, end, people);
            }
            if (people.isEmpty()) {
                continue;
            }
            TalkDraft d = new TalkDraft(h.line(), i, true);
            d.title = title == null ? null
                    : cleanTitle(TalkContext.withoutSessionLabel(title));
            d.kind = kindOf(heading);
            d.addSpeakers(people);
            for (int k = i + 1; k < end; k++) {
                addLinks(d, blocks.get(k), 0, blocks.get(k).text().length());
            }
            out.add(d);
        }
        return out;
    }

    private boolean mentionsTalk(int from, int to) {
        for (int k = from; k < to; k++) {
            if (blocks.get(k).kind() != ProseBlock.Kind.CODE && TalkWordCue.in(blocks.get(k).tokens())) {
                return true;
            }
        }
        return false;
    }

    /** The first title a sentence of the section gives (quoted, emphasised, "talk about X"), or null. */
    private String sectionTitle(int from, int to, List<Person> people) {
        for (int k = from; k < to; k++) {
            ProseBlock b = blocks.get(k);
            if (b.kind() == ProseBlock.Kind.CODE || b.kind() == ProseBlock.Kind.IMAGE) {
                continue;
            }
            for (Sentence s : Sentence.split(b)) {
                if (TalkWordCue.in(s.tokens())) {
                    String t = title(s, new TokenizedSentence(b, s.tokens()), s.spans(), -1, -1, people,
                            new Reading());
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    private List<Person> sectionSpeaker(int from, int to) {
        return SectionSpeaker.of(blocks, from, to, new RuleContext(stop)).stream()
                .map(m -> new Person(m.name(), m.profileUrl())).toList();
    }

    // ---------------------------------------------------------------- prose

    private List<TalkDraft> prose() {
        List<TalkDraft> out = new ArrayList<>();
        TalkDraft previous = null;
        for (int i = 0; i < blocks.size(); i++) {
            ProseBlock b = blocks.get(i);
            if (b.kind() == ProseBlock.Kind.HEADING) {
                previous = null;
                continue;
            }
            if (b.kind() != ProseBlock.Kind.PARAGRAPH && b.kind() != ProseBlock.Kind.ITEM || skipped(b)) {
                continue;
            }
            boolean talkList = b.kind() == ProseBlock.Kind.ITEM
                    && talkListLeadIns.computeIfAbsent(b.leadIn(), RecapCues::talkListLeadIn);
            TalkDraft current = null;
            for (Sentence s : Sentence.split(b)) {
                if (ThanksOrNextCue.in(s.tokens())) {
                    continue;
                }
                TalkDraft waiting = current != null ? current : previous;
                Reading r = read(s, talkList && current == null, waiting != null && waiting.speakers.isEmpty());
                if (r.people.isEmpty() && r.titleOnly && r.title != null) {
                    current = new TalkDraft(s.line(), i, true);
                    current.title = r.title;
                    current.weakTitle = r.weakTitle;
                    current.kind = r.kind;
                    addLinks(current, b, s.start(), b.text().length());
                    out.add(current);
                    continue;
                }
                if (r.people.isEmpty()) {
                    if (current != null || previous != null) {
                        TalkDraft target = current != null ? current : previous;
                        if (target.title == null && r.title != null && r.pronounSubject) {
                            target.title = r.title;
                        }
                        if (r.kind == TalkKind.LIGHTNING && r.pronounOrThis) {
                            target.kind = TalkKind.LIGHTNING;
                        }
                    }
                    continue;
                }
                if (current == null && previous != null && previous.speakers.isEmpty() && !r.newTalk) {
                    current = previous; // "our **X** workshop ..." then "[Ann](url) will lead the workshop."
                }
                if (current != null && current.speakers.isEmpty()) {
                    current.addSpeakers(r.people);
                    if (current.title == null) {
                        current.title = r.title;
                    }
                    continue;
                }
                TalkDraft same = current != null ? current : previous;
                if (same != null && same.sharesSpeaker(r.people) && !r.newTalk) {
                    same.addSpeakers(r.people);
                    if (same.title == null) {
                        same.title = r.title;
                    }
                    continue;
                }
                if (current != null && !r.newTalk && !r.explicit) {
                    continue;
                }
                TalkDraft d = new TalkDraft(s.line(), i, true);
                d.title = r.title;
                d.weakTitle = r.weakTitle;
                d.kind = talkList && r.kind == TalkKind.TALK ? kindOf(b.leadIn()) : r.kind;
                d.addSpeakers(r.people);
                addLinks(d, b, s.start(), b.text().length());
                out.add(d);
                current = d;
            }
            if (current != null) {
                previous = current;
            } else if (previous != null && previous.blockIndex != i && !b.links().isEmpty()
                    && b.kind() == ProseBlock.Kind.PARAGRAPH && RecapCues.resourceParagraph(b.text())) {
                addLinks(previous, b, 0, b.text().length()); // a following "slides are here" paragraph
            }
        }
        return out;
    }

    /** What one sentence says about a talk. */
    private static final class Reading {
        List<Person> people = List.of();
        String title;
        TalkKind kind = TalkKind.TALK;
        boolean newTalk;
        boolean explicit;
        boolean titleOnly;
        boolean pronounSubject;
        boolean pronounOrThis;
        boolean weakTitle;
    }

    /** "by Shourya" in a sentence that starts "[Shourya Gupta](url)": the linked, fuller name. */
    private List<Person> withLinkedNames(List<Person> people, String text, List<Span> spans) {
        List<Person> out = new ArrayList<>();
        for (Person p : people) {
            Person best = p;
            if (p.profileUrl().isEmpty()) {
                for (Span sp : spans) {
                    String t = Names.clean(sp.textIn(text));
                    if (sp.kind() == Span.Kind.LINK && Names.mayBeProfileUrl(sp.url()) && Names.samePerson(t, p.name())
                            && Names.isPersonName(t, stop)) {
                        best = new Person(t, Optional.of(sp.url()));
                        break;
                    }
                }
            }
            out.add(best);
        }
        return out;
    }

    /**
     * What sentence {@code s} says, read from its tokens by the rules of {@code token/recap}; {@code talkListItem}
     * when it is an item of a list of talks, {@code talkWaits} when a talk before it still has no speaker.
     */
    private Reading read(Sentence s, boolean talkListItem, boolean talkWaits) {
        Reading r = new Reading();
        String text = s.text();
        List<Span> spans = s.spans();
        List<Token> tokens = s.tokens();
        boolean noun = TalkWordCue.in(tokens);
        r.kind = TalkKindCue.of(tokens);
        r.newTalk = NewTalkCue.in(tokens) || OrdinalTalkCue.in(tokens);
        r.pronounSubject = PronounOpeningCue.SUBJECT.opens(tokens);
        r.pronounOrThis = PronounOpeningCue.SUBJECT_OR_THIS.opens(tokens);
        int byStart = -1;
        TokenizedSentence ts = new TokenizedSentence(s.block(), tokens); // read by every rule below
        // 1. "... by NAME": the last "by" followed by people, unless hosted/sponsored/... by (ByClauseRule).
        int byEnd = -1;
        List<ByClauseRule.Clause> clauses = ByClauseRule.clauses(ts);
        if (!clauses.isEmpty()
                && (noun || talkListItem || blockNamesTalk.computeIfAbsent(s.block(), b -> TalkWordCue.in(b.tokens())))) {
            for (ByClauseRule.Clause by : clauses) {
                int[] end = new int[1];
                List<Person> people = People.at(text, spans, offset(s, ts, by.people()), stop, end);
                if (!people.isEmpty()) {
                    r.people = withLinkedNames(people, text, spans);
                    byStart = offset(s, ts, by.keyword());
                    byEnd = end[0];
                }
            }
        }
        // 2. A subject: "NAME gave a talk", "[NAME](profile) spoke about", "Out of the blue, NAME came up with".
        int subjectEnd = -1;
        // Outside a talk list and without a talk noun only a strong verb after the subject ("NAME presented")
        // takes it, and that verb is then in the sentence: without one, no subject is read (People.at is costly).
        // A talk read without its speaker ("Our **Intro to Go** workshop opened the evening.") lets the next sentence
        // name them without a talk noun of its own: "[Sam Ito](…) led it."
        if (r.people.isEmpty() && (talkListItem || noun || talkWaits || LinkedSpeakerRule.triggered(ts))) {
            for (int startAt : SpeakingSubjectRule.starts(ts)) {
                int[] end = new int[1];
                List<Person> people = People.at(text, spans, offset(s, ts, startAt), stop, end);
                if (people.isEmpty()) {
                    continue;
                }
                int after = SpeakingSubjectRule.tokenAt(ts, s.start() + end[0]);
                int verbAt = SpeakingSubjectRule.afterApposition(ts, after);
                boolean linked = people.get(0).profileUrl().isPresent()
                        || LinkedSpeakerRule.opensWithMarkup(ts, startAt);
                boolean strongProfile = people.stream().anyMatch(p -> p.profileUrl().map(Names::isProfileUrl)
                        .orElse(false));
                boolean verb = SpeakingSubjectRule.opensWithVerb(ts, verbAt);
                boolean strong = LinkedSpeakerRule.opensWithStrongVerb(ts, verbAt);
                boolean introduced = linked || verb || SpeakingSubjectRule.opensApposition(ts, after);
                if (talkListItem && introduced && startAt == 0 || verb && (noun || linked && strong)
                        || talkWaits && linked && verb && startAt == 0
                        || strongProfile && noun && startAt == 0) {
                    r.people = people;
                    subjectEnd = end[0];
                    break;
                }
            }
        }
        // 3. A profile link anywhere in a sentence about a talk (ProfileLinkRule).
        if (r.people.isEmpty() && noun) {
            for (Span link : ProfileLinkRule.links(ts)) {
                int[] end = new int[1];
                List<Person> people = People.at(text, spans, link.start() - s.start(), stop, end);
                if (!people.isEmpty()) {
                    r.people = people;
                    subjectEnd = end[0];
                    break;
                }
            }
        }
        // 4. "The speaker for the talk was NAME." (SpeakerLabelRule)
        if (r.people.isEmpty()) {
            int label = SpeakerLabelRule.peopleStart(ts);
            if (label >= 0) {
                int[] end = new int[1];
                r.people = People.at(text, spans, offset(s, ts, label), stop, end);
            }
        }
        r.explicit = noun && !r.people.isEmpty();
        r.title = title(s, ts, spans, byStart, Math.max(subjectEnd, byEnd), r.people, r);
        if (r.people.isEmpty() && r.title != null) {
            RecapSentence recap = RecapSentence.of(s, ts, spans, -1, -1, List.of());
            if (NamedSessionCue.in(recap)) {
                r.titleOnly = true; // "our **Intro to FastAPI** workshop on ...": the speaker comes later
            }
            if (OrdinalWasAboutCue.ordinal(recap) && (noun || OrdinalWasAboutCue.one(recap))) {
                r.titleOnly = true;
            }
        }
        return r;
    }

    /** The people's names, as an unmodifiable list that {@link RecapSentence#of} keeps without a copy. */
    private static List<String> names(List<Person> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        String[] names = new String[people.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = people.get(i).name();
        }
        return List.of(names);
    }

    /** The offset in the sentence's text of token {@code i}, or the text's length for the index after the last. */
    private static int offset(Sentence s, TokenizedSentence ts, int i) {
        return i < ts.size() ? ts.get(i).start() - s.start() : s.end() - s.start();
    }

    /**
     * The title sentence {@code s} states ({@link RecapTitles}); {@code byStart} and {@code subjectEnd} are where the
     * speakers' "by" clause starts and where the speakers read as its subject end in its text, or -1. A paraphrased
     * title makes {@code r} weak.
     */
    private String title(Sentence s, TokenizedSentence ts, List<Span> spans, int byStart, int subjectEnd,
                         List<Person> people, Reading r) {
        Optional<RecapTitle> t = RecapTitles.read(RecapSentence.of(s, ts, spans, byStart, subjectEnd,
                names(people)));
        if (t.isEmpty() || t.get().text().isEmpty()) {
            return null;
        }
        r.weakTitle |= t.get().weak();
        return t.get().text().get();
    }

    // ---------------------------------------------------------------- merging and resources

    private void mergeInto(List<TalkDraft> base, List<TalkDraft> extra, boolean keepUnmatched) {
        List<TalkDraft> added = new ArrayList<>();
        for (TalkDraft e : extra) {
            TalkDraft match = null;
            for (TalkDraft b : base) {
                if (!e.speakers.isEmpty() && sharesSpeaker(b, e.speakers) || e.title != null && b.title != null
                        && sameTitle(e.title, b.title)) {
                    match = b;
                    break;
                }
            }
            if (match != null) {
                match.addSpeakers(e.speakers);
                e.links.forEach(match::addLink);
                if (match.title == null) {
                    match.title = e.title;
                }
            } else if (keepUnmatched && !insideSection(e, base)) {
                added.add(e);
            }
        }
        base.addAll(added);
    }

    private boolean insideSection(TalkDraft e, List<TalkDraft> sections) {
        for (TalkDraft s : sections) {
            if (e.blockIndex > s.blockIndex && e.blockIndex < sectionEnd(s.blockIndex)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the block after the section under heading {@code heading}: its next heading of the same level or
     * above. Worked out once per heading, where walking it again for every talk compared was quadratic.
     */
    private int sectionEnd(int heading) {
        return sectionEnds.computeIfAbsent(heading, h -> {
            int level = blocks.get(h).level();
            int k = h + 1;
            while (k < blocks.size() && !(blocks.get(k).kind() == ProseBlock.Kind.HEADING
                    && blocks.get(k).level() <= level)) {
                k++;
            }
            return k;
        });
    }

    /** {@link TalkDraft#sharesSpeaker}, with each name cut into tokens once rather than once per comparison. */
    private boolean sharesSpeaker(TalkDraft d, List<Person> others) {
        for (Person o : others) {
            List<String> theirs = nameTokens.computeIfAbsent(o.name(), Names::tokens);
            for (Person p : d.speakers) {
                if (Names.samePerson(nameTokens.computeIfAbsent(p.name(), Names::tokens), theirs)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean sameTitle(String a, String b) {
        String x = comparableTitles.computeIfAbsent(a, t -> comparable(t.toLowerCase(Locale.ROOT)));
        String y = comparableTitles.computeIfAbsent(b, t -> comparable(t.toLowerCase(Locale.ROOT)));
        return !x.isEmpty() && !y.isEmpty() && (x.startsWith(y) || y.startsWith(x));
    }

    private void addLinks(TalkDraft d, ProseBlock b, int from, int to) {
        for (Span s : b.links()) {
            if (s.start() < from || s.end() > to || ignoredUrls.contains(s.url())) {
                continue;
            }
            boolean speaker = false;
            for (Person p : d.speakers) {
                if (p.profileUrl().filter(s.url()::equals).isPresent()) {
                    speaker = true;
                }
            }
            if (!speaker && !(Names.isProfileUrl(s.url()) && Names.isPersonName(s.textIn(b.text()), stop))) {
                d.addLink(s.url());
            }
        }
    }

    private void imageTitles(List<TalkDraft> talks) {
        for (int t = 0; t < talks.size(); t++) {
            TalkDraft d = talks.get(t);
            if (d.title != null && !d.weakTitle) {
                continue;
            }
            int limit = t + 1 < talks.size() ? talks.get(t + 1).blockIndex : blocks.size();
            for (int k = d.blockIndex + 1; k < limit && k < d.blockIndex + 6; k++) {
                ProseBlock b = blocks.get(k);
                if (b.kind() == ProseBlock.Kind.HEADING) {
                    break;
                }
                if (b.kind() == ProseBlock.Kind.IMAGE && b.imageTitle().filter(s -> !s.isBlank()).isPresent()) {
                    d.title = b.imageTitle().get().strip();
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- small scans

    /** Whether a text holds one of the white-space characters Java's {@code \\s} knows. */
    static boolean hasPatternSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Trim.isPatternSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A title as two titles are compared: each run of characters other than letters and ASCII digits as one space. */
    static String comparable(String title) {
        StringBuilder out = new StringBuilder(title.length());
        boolean gap = false;
        for (int i = 0; i < title.length(); ) {
            int c = title.codePointAt(i);
            if (Character.isLetter(c) || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
