package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.TalkDraft.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import io.meetkit.markdown.internal.extract.prose.token.RecapCues;
import io.meetkit.markdown.internal.extract.prose.token.RuleContext;
import io.meetkit.markdown.internal.extract.prose.token.TalkCandidate;
import io.meetkit.markdown.internal.extract.prose.token.TalkContext;
import io.meetkit.markdown.internal.extract.prose.token.TitleReader;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems;
import io.meetkit.markdown.internal.extract.prose.token.blocks.SectionSpeaker;
import io.meetkit.markdown.internal.extract.prose.token.blocks.TitleLineTalks;
import io.meetkit.markdown.internal.extract.prose.token.recap.NewTalkCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.OrdinalTalkCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.PronounOpeningCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.TalkKindCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.TalkWordCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.ThanksOrNextCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.NamedSessionCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.OrdinalWasAboutCue;
import io.meetkit.markdown.internal.extract.prose.token.recap.RecapSentence;
import io.meetkit.markdown.internal.extract.prose.token.recap.RecapTitle;
import io.meetkit.markdown.internal.extract.prose.token.recap.RecapTitles;

/**
 * Finds talks and their speakers in a post's body. Three readings are combined:
 * <ul>
 *   <li>agenda lines and title lines, read over tokens by
 *       {@link io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems} ("Title - Speaker",
 *       "Talk 1 - Speaker - "Title"", "Title by Speaker", "Title (Speaker - Role)", "18:00 Title - Speaker") and
 *       {@link io.meetkit.markdown.internal.extract.prose.token.blocks.TitleLineTalks} ("Title:" with "Speaker:");</li>
 *   <li>sections whose heading is a talk title and whose text names the person who gave it
 *       ("## Title" then "Speaker: Name" or "Name explained ...", "### Title (Name)");</li>
 *   <li>sentences: "The first talk was TITLE by NAME", "NAME gave a talk about ...", a profile-linked name with a
 *       talk word ("[Ann](https://x.com/ann) spoke about ..."), "a lightning talk by NAME on ...".</li>
 * </ul>
 * An agenda, when there is one, is authoritative: prose and sections then only add links to its talks. The last
 * two readings use hand-written scans over the sentence's characters, each checked against the pattern it
 * replaced; they are being ported to token rules one behaviour at a time.
 */
public final class TalkFinder {

    private static final Set<String> NOT_BY = Set.copyOf(java.util.List.of("hosted", "sponsored", "organized", "organised", "moderated",
            "supported", "powered", "followed", "attended", "accompanied", "joined", "inspired", "written", "run",
            "funded", "brought", "managed", "led", "introduced", "made", "created", "built", "drafted", "caused",
            "used", "developed", "maintained", "owned", "acquired", "trusted", "backed", "adopted", "employed",
            "designed", "published", "step", "side", "one"));


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

    private static boolean insideLink(List<Span> spans, int pos) {
        for (Span s : spans) {
            if (s.kind() == Span.Kind.LINK && s.start() <= pos && pos < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
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
                    String t = title(s, s.spans(), -1, -1, people, new Reading());
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
                String text = s.text();
                String lower = text.toLowerCase(Locale.ROOT);
                if (ThanksOrNextCue.in(s.tokens())) {
                    continue;
                }
                Reading r = read(s, lower, talkList && current == null);
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

    /** What sentence {@code s} says; {@code lower} is its text in root-locale lower case. */
    private Reading read(Sentence s, String lower, boolean talkListItem) {
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
        // 1. "... by NAME": the last "by" followed by people, unless hosted/sponsored/... by.
        int byEnd = -1;
        if ((noun || talkListItem || blockNamesTalk.computeIfAbsent(s.block(),
                b -> TalkWordCue.in(b.tokens()))) && Hints.containsAny(lower, BY_OR_FROM)) {
            for (ByClause by : byClauses(text)) {
                if (by.excluded() || insideLink(spans, by.word())) {
                    continue;
                }
                int[] end = new int[1];
                List<Person> people = People.at(text, spans, by.end(), stop, end);
                if (!people.isEmpty()) {
                    r.people = withLinkedNames(people, text, spans);
                    byStart = by.word();
                    byEnd = end[0];
                }
            }
        }
        // 2. A subject: "NAME gave a talk", "[NAME](profile) spoke about", "Out of the blue, NAME came up with".
        int subjectEnd = -1;
        // Outside a talk list and without a talk noun only a strong verb after the subject ("NAME presented")
        // takes it, and that verb is then in the sentence: without one, no subject is read (People.at is costly).
        if (r.people.isEmpty() && (talkListItem || noun || Hints.containsAny(lower, STRONG_VERB_WORDS))) {
            for (int startAt : subjectStarts(text, lower)) {
                int[] end = new int[1];
                List<Person> people = People.at(text, spans, startAt, stop, end);
                if (people.isEmpty()) {
                    continue;
                }
                String rest = skipAppositive(text.substring(end[0])).strip();
                Span first = People.spanAt(spans, skipSpaces(text, startAt));
                boolean linked = people.get(0).profileUrl().isPresent() || first != null
                        && (first.kind() == Span.Kind.STRONG || first.kind() == Span.Kind.EMPHASIS);
                boolean strongProfile = people.stream().anyMatch(p -> p.profileUrl().map(Names::isProfileUrl)
                        .orElse(false));
                boolean verb = opensWithVerb(rest, SUBJECT_VERBS);
                boolean strong = opensWithVerb(rest, STRONG_VERBS);
                boolean introduced = linked || verb || opensApposition(text, end[0]);
                if (talkListItem && introduced && startAt == 0 || verb && (noun || linked && strong)
                        || strongProfile && noun && startAt == 0) {
                    r.people = people;
                    subjectEnd = end[0];
                    break;
                }
            }
        }
        // 3. A profile link anywhere in a sentence about a talk.
        if (r.people.isEmpty() && noun) {
            for (Span sp : spans) {
                if (sp.kind() == Span.Kind.LINK && Names.isProfileUrl(sp.url())) {
                    int[] end = new int[1];
                    List<Person> people = People.at(text, spans, sp.start(), stop, end);
                    if (!people.isEmpty()) {
                        r.people = people;
                        subjectEnd = end[0];
                        break;
                    }
                }
            }
        }
        // 4. "The speaker for the talk was NAME."
        if (r.people.isEmpty()) {
            int[] label = lower.contains("speaker") ? speakerLabel(text) : null;
            if (label != null && label[0] < 20) {
                int[] end = new int[1];
                r.people = People.at(text, spans, label[1], stop, end);
            }
        }
        r.explicit = noun && !r.people.isEmpty();
        r.title = title(s, spans, byStart, Math.max(subjectEnd, byEnd), r.people, r);
        if (r.people.isEmpty() && r.title != null) {
            RecapSentence recap = RecapSentence.of(s, spans, -1, -1, List.of());
            if (NamedSessionCue.in(recap)) {
                r.titleOnly = true; // "our **Intro to FastAPI** workshop on ...": the speaker comes later
            }
            if (OrdinalWasAboutCue.ordinal(recap) && (noun || OrdinalWasAboutCue.one(recap))) {
                r.titleOnly = true;
            }
        }
        return r;
    }

    private static String skipAppositive(String rest) {
        // "[Ann](url), a programmer at Acme, presented ..." and "Ann (@ann) presented"
        String r = withoutProfileAfterName(rest);
        int end = appositiveEnd(r);
        if (end >= 0) {
            return r.substring(end);
        }
        return withoutLeadingComma(r);
    }

    private static List<Integer> subjectStarts(String text, String lower) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        int intro = introClauseEnd(text);
        if (intro >= 0) {
            out.add(intro);
        }
        int with = Hints.containsAny(lower, OPENED_WITH_HINTS)
                ? openedWithEnd(text) : -1;
        if (with >= 0) {
            out.add(with);
        }
        return out;
    }

    /**
     * The title sentence {@code s} states ({@link RecapTitles}); {@code byStart} and {@code subjectEnd} are where the
     * speakers' "by" clause starts and where the speakers read as its subject end in its text, or -1. A paraphrased
     * title makes {@code r} weak.
     */
    private String title(Sentence s, List<Span> spans, int byStart, int subjectEnd, List<Person> people,
                         Reading r) {
        Optional<RecapTitle> t = RecapTitles.read(RecapSentence.of(s, spans, byStart, subjectEnd,
                people.stream().map(Person::name).toList()));
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

    // ---------------------------------------------------------------- scans that replaced patterns

    private static final Set<String> FROM_AFTER = Set.of("talk", "session", "presentation", "keynote");

    /** An ASCII word character, as {@code \\w} matches one. */
    private static boolean isAsciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * A "by NAME" (or "talk from NAME") clause.
     *
     * @param start    where the clause starts: at the word before "by" when there is one
     * @param word     where "by" (or "from") starts
     * @param end      where the people may start: after "by" (twice: "by by") and the spaces after it
     * @param excluded whether the word before makes it no speaker's "by" ("hosted by", "step by step")
     */
    record ByClause(int start, int word, int end, boolean excluded) {
    }

    /**
     * Every "by" followed by white space, and every "from" after "talk ", "session ", "presentation " or
     * "keynote ", with the word before it when only spaces stand between; clauses do not overlap, and a word before
     * "by" belongs to the clause rather than being read as a "by" of its own. One pass over the ASCII words.
     */
    static List<ByClause> byClauses(String text) {
        List<int[]> words = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!isAsciiWord(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiWord(text.charAt(i))) {
                i++;
            }
            words.add(new int[] {start, i});
        }
        List<ByClause> out = new ArrayList<>();
        int lastEnd = 0;
        for (int k = 0; k < words.size(); k++) {
            int[] w = words.get(k);
            if (w[0] < lastEnd) {
                continue;
            }
            int[] next = k + 1 < words.size() ? words.get(k + 1) : null;
            boolean spacesBetween = next != null && w[1] < next[0] && onlySpaces(text, w[1], next[0]);
            int keyword = -1;
            int prevStart = -1;
            if (spacesBetween && (isBy(text, next) || isFrom(text, next))) {
                keyword = k + 1;
                prevStart = w[0];
            } else if (isBy(text, w) || isFrom(text, w)) {
                keyword = k;
            }
            if (keyword < 0) {
                continue;
            }
            int[] kw = words.get(keyword);
            int end = spacesAfter(text, kw[1]);
            if (text.regionMatches(true, kw[0], "by", 0, 2) && keyword + 1 < words.size()
                    && words.get(keyword + 1)[0] == end && isBy(text, words.get(keyword + 1))) {
                end = spacesAfter(text, words.get(keyword + 1)[1]); // "by by NAME"
            }
            boolean excluded = prevStart >= 0
                    && NOT_BY.contains(text.substring(prevStart, w[1]).toLowerCase(Locale.ROOT));
            out.add(new ByClause(prevStart >= 0 ? prevStart : kw[0], kw[0], end, excluded));
            lastEnd = end;
        }
        return out;
    }

    private static boolean isBy(String text, int[] w) {
        return w[1] - w[0] == 2 && text.regionMatches(true, w[0], "by", 0, 2) && w[1] < text.length()
                && Trim.isPatternSpace(text.charAt(w[1]));
    }

    private static boolean isFrom(String text, int[] w) {
        if (w[1] - w[0] != 4 || !text.regionMatches(true, w[0], "from", 0, 4) || w[1] >= text.length()
                || !Trim.isPatternSpace(text.charAt(w[1])) || w[0] < 2 || !Trim.isPatternSpace(text.charAt(w[0] - 1))) {
            return false;
        }
        for (String noun : FROM_AFTER) {
            int at = w[0] - 1 - noun.length();
            if (at >= 0 && text.regionMatches(true, at, noun, 0, noun.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Trim.isPatternSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int spacesAfter(String text, int i) {
        int j = i;
        while (j < text.length() && Trim.isPatternSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    // ---------------------------------------------------------------- small scans that replaced anchored patterns

    /** Whether a text holds one of the white-space characters Java's {@code \\s} knows. */
    static boolean hasPatternSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Trim.isPatternSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether white space, then "(" or ",", follows {@code from}: a name's parenthesis or apposition. */
    static boolean opensApposition(String text, int from) {
        int i = spacesAfter(text, from);
        return i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == ',');
    }

    /** The text without a leading "(@handle)" or "(https://…)" after a name. */
    static String withoutProfileAfterName(String text) {
        int i = spacesAfter(text, 0);
        if (i < text.length() && text.charAt(i) == '('
                && (text.startsWith("@", i + 1) || text.startsWith("http", i + 1))) {
            int close = text.indexOf(')', i + 1);
            if (close >= 0) {
                return text.substring(close + 1);
            }
        }
        return text;
    }

    /** A text opening with a comma, as one space and what follows the comma and its white space. */
    static String withoutLeadingComma(String text) {
        int i = spacesAfter(text, 0);
        if (i < text.length() && text.charAt(i) == ',') {
            return " " + text.substring(spacesAfter(text, i + 1));
        }
        return text;
    }

    /** Where a short opening clause ends: after the text's first comma, within 40 characters, and its white space. */
    static int introClauseEnd(String text) {
        int comma = text.indexOf(',');
        if (comma < 1 || comma > 40 || comma + 1 >= text.length() || !Trim.isPatternSpace(text.charAt(comma + 1))) {
            return -1;
        }
        return spacesAfter(text, comma + 1);
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

    /** Whether {@code text} holds {@code word} at {@code at}, ASCII letters compared in either case. */
    static boolean asciiStartsWith(String text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char a = text.charAt(at + k);
            char b = word.charAt(k);
            if (a != b && !(Character.toLowerCase(a) == b && a < 128)) {
                return false;
            }
        }
        return true;
    }


    // ---------------------------------------------------------------- word scans

    /** Whether a word character (as Java's {@code \\b} sees one) holds the code point at {@code i} or ends there. */
    private static boolean isWordAt(String text, int i) {
        char c = text.charAt(i);
        int cp = Character.isLowSurrogate(c) && i > 0 ? text.codePointBefore(i + 1) : text.codePointAt(i);
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    // ---------------------------------------------------------------- phrase scans that replaced clause patterns

    /** Verbs after a sentence's subject that make it say who gave a talk: "NAME presented …", "NAME took the stage". */
    static final List<String> SUBJECT_VERBS = List.of("spoke", "speaks", "talked", "talks", "presented", "presents",
            "delivered", "delivers", "gave", "gives", "took the stage", "kicked off", "kicked things off",
            "kicked it off", "started", "starts", "began", "begins", "introduced", "shared", "demonstrated", "demoed",
            "showed", "walked", "explained", "discussed", "covered", "dwelled", "dwelt", "narrated", "conducted", "led",
            "handled", "took", "came up with", "opened", "ran", "hosted a", "taught", "explored", "continued",
            "followed up");
    /** The subject verbs that say so even without a talk noun in the sentence, after a linked or bold name. */
    static final List<String> STRONG_VERBS = List.of("spoke", "speaks", "talked", "presented", "presents",
            "delivered", "gave", "gives", "took the stage", "came up with", "narrated", "walked", "kicked off",
            "kicked things off", "kicked it off", "demonstrated", "demoed", "shared", "introduced", "dwelled", "dwelt");
    // The words each cue needs (Hints.containsAny), as constants rather than an array made per sentence.
    private static final String[] BY_OR_FROM = {"by", "from"};
    private static final String[] OPENED_WITH_HINTS = {"with", "followed by", "next up", "up next"};
    /** {@link #STRONG_VERBS} for {@link Hints#containsAny}. */
    private static final String[] STRONG_VERB_WORDS = STRONG_VERBS.toArray(new String[0]);
    private static final List<String> SEQUENCE_ADVERBS = List.of("also", "then", "later", "finally", "next");
    /** Longer forms first: "next up was" is read before "next up". */
    private static final List<String> OPENED_WITH = List.of("kicked off with", "started with", "began with",
            "opened with", "followed by", "next up was", "next up is", "next up", "up next was", "up next is",
            "up next");

    /**
     * Whether a text (what follows a name) opens with one of {@code verbs} as whole words, perhaps after "also",
     * "then", "later", "finally" or "next" and an optional comma: "also, presented …", "took the stage".
     */
    static boolean opensWithVerb(String text, List<String> verbs) {
        if (verbAt(text, 0, verbs)) {
            return true;
        }
        int i = spacesAfter(text, 0);
        for (int iAdverb = 0; iAdverb < SEQUENCE_ADVERBS.size(); iAdverb++) {
            String adverb = SEQUENCE_ADVERBS.get(iAdverb);
            if (asciiStartsWith(text, i, adverb)) {
                int k = i + adverb.length();
                if (k < text.length() && text.charAt(k) == ',') {
                    k++;
                }
                return k < text.length() && Trim.isPatternSpace(text.charAt(k)) && verbAt(text, spacesAfter(text, k), verbs);
            }
        }
        return false;
    }

    private static boolean verbAt(String text, int at, List<String> verbs) {
        return verbAt(text, at, verbs, true);
    }

    private static boolean verbAt(String text, int at, List<String> verbs, boolean anyCase) {
        for (int iV = 0; iV < verbs.size(); iV++) {
            String v = verbs.get(iV);
            int end = at + v.length();
            if ((anyCase ? asciiStartsWith(text, at, v) : text.startsWith(v, at))
                    && (end == text.length() || !isWordAt(text, end))) {
                return true;
            }
        }
        return false;
    }

    /** Where the first phrase of {@code phrases} that starts a word and is followed by white space ends, or -1. */
    private static int[] phraseThenSpace(String text, int from, List<String> phrases, boolean anyCase) {
        for (int p = from; p < text.length(); p++) {
            if (p > 0 && isWordAt(text, p - 1)) {
                continue;
            }
            for (int iPhrase = 0; iPhrase < phrases.size(); iPhrase++) {
                String phrase = phrases.get(iPhrase);
                int end = p + phrase.length();
                if ((anyCase ? asciiStartsWith(text, p, phrase) : text.startsWith(phrase, p)) && end < text.length()
                        && Trim.isPatternSpace(text.charAt(end))) {
                    return new int[] {p, spacesAfter(text, end)};
                }
            }
        }
        return null;
    }

    /** Where the people after "kicked off with", "followed by", "next up was", … may start, or -1. */
    static int openedWithEnd(String text) {
        int[] m = phraseThenSpace(text, 0, OPENED_WITH, true);
        return m == null ? -1 : m[1];
    }

    // ---------------------------------------------------------------- quotes and speaker labels

    private static final List<String> SPEAKER_LABEL_WORDS = List.of("speakers", "speaker", "presenters", "presenter",
            "presented by", "by");
    private static final List<String> SPEAKER_LABEL_LINKS = List.of("was", "were", "is", "will be");

    /**
     * The first "Speaker:", "speakers were", "presented by … is", "by … will be" (the label word, up to 25
     * characters without . , : ;, then a colon or the verb, and white space): its start and where the people
     * start, or null.
     */
    static int[] speakerLabel(String text) {
        for (int p = 0; p < text.length(); p++) {
            if (p > 0 && isWordAt(text, p - 1)) {
                continue;
            }
            for (int iWord = 0; iWord < SPEAKER_LABEL_WORDS.size(); iWord++) {
                String word = SPEAKER_LABEL_WORDS.get(iWord);
                int at = p + word.length();
                if (!asciiStartsWith(text, p, word) || at < text.length() && isWordAt(text, at)) {
                    continue;
                }
                int end = speakerLabelEnd(text, at);
                if (end >= 0) {
                    return new int[] {p, end};
                }
                break; // the label word that ends a word here is the only one that can
            }
        }
        return null;
    }

    private static int speakerLabelEnd(String text, int from) {
        // Up to 25 code points between, as the pattern counted them.
        for (int q = from, taken = 0; taken <= 25 && q <= text.length();
                taken++, q += q < text.length() ? Character.charCount(text.codePointAt(q)) : 1) {
            if (q > from && ".,:;".indexOf(text.charAt(q - 1)) >= 0) {
                return -1;
            }
            if (q < text.length() && text.charAt(q) == ':') {
                return spacesAfter(text, q + 1);
            }
            if (q > 0 && isWordAt(text, q - 1)) {
                continue;
            }
            for (int iLink = 0; iLink < SPEAKER_LABEL_LINKS.size(); iLink++) {
                String link = SPEAKER_LABEL_LINKS.get(iLink);
                int end = q + link.length();
                if (asciiStartsWith(text, q, link) && (end == text.length() || !isWordAt(text, end))) {
                    return spacesAfter(text, end);
                }
            }
        }
        return -1;
    }


    private static final List<String> APPOSITION_OPENERS = List.of("a", "an", "the", "our", "who", "one");

    /**
     * Where a name's apposition ends: ", a developer at Acme," or ", who works at Acme" before a lower-case
     * speaking verb, the apposition opening with "a", "an", "the", "our", "who" or "one" and running up to 120
     * characters (code points) without a comma; after its closing comma or the white space before the verb, or -1.
     */
    static int appositiveEnd(String text) {
        int i = spacesAfter(text, 0);
        if (i >= text.length() || text.charAt(i) != ',') {
            return -1;
        }
        i = spacesAfter(text, i + 1);
        for (int iOpener = 0; iOpener < APPOSITION_OPENERS.size(); iOpener++) {
            String opener = APPOSITION_OPENERS.get(iOpener);
            int from = i + opener.length();
            if (!text.startsWith(opener, i) || from < text.length() && isWordAt(text, from)) {
                continue;
            }
            for (int q = from, taken = 0; taken <= 120 && q < text.length();
                    taken++, q += Character.charCount(text.codePointAt(q))) {
                char c = text.charAt(q);
                if (c == ',' || Trim.isPatternSpace(c) && verbAt(text, q + 1, SUBJECT_VERBS, false)) {
                    return q + 1;
                }
            }
            return -1; // the opener that ends a word here is the only one that can
        }
        return -1;
    }
}
