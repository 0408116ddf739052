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
import io.meetkit.markdown.internal.extract.prose.token.TokenizedSentence;
import io.meetkit.markdown.internal.extract.prose.token.blocks.AgendaItems;
import io.meetkit.markdown.internal.extract.prose.token.blocks.SectionSpeaker;
import io.meetkit.markdown.internal.extract.prose.token.blocks.TitleLineTalks;
import io.meetkit.markdown.internal.extract.prose.token.recap.ByClauseRule;
import io.meetkit.markdown.internal.extract.prose.token.recap.LinkedSpeakerRule;
import io.meetkit.markdown.internal.extract.prose.token.recap.ProfileLinkRule;
import io.meetkit.markdown.internal.extract.prose.token.recap.SpeakerLabelRule;
import io.meetkit.markdown.internal.extract.prose.token.recap.SpeakingSubjectRule;

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
            if (blocks.get(k).kind() != ProseBlock.Kind.CODE && namesTalk(blocks.get(k).text())) {
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
                if (namesTalk(s.text())) {
                    String t = title(s.text(), s.spans(), -1, -1, people, new Reading());
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
                if (Hints.containsAny(lower, THANKS_OR_NEXT) && RecapCues.thanksOrNext(lower)) {
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
        boolean noun = namesTalk(text);
        r.kind = kindOf(text);
        // The words each pattern needs are looked for first: most sentences have none, and the patterns are slow.
        r.newTalk = Hints.containsAny(lower, NEW_TALK_HINTS)
                && newTalk(text)
                || (Hints.hasDigit(text) || Hints.containsAny(lower, ORDINAL_HINTS))
                && ordinalTalk(text);
        r.pronounSubject = RecapCues.opensWithPronounSubject(text);
        r.pronounOrThis = RecapCues.opensWithPronounOrThis(text);
        int byStart = -1;
        TokenizedSentence ts = new TokenizedSentence(s.block(), s.tokens());
        // 1. "... by NAME": the last "by" followed by people, unless hosted/sponsored/... by (ByClauseRule).
        int byEnd = -1;
        List<ByClauseRule.Clause> clauses = ByClauseRule.clauses(ts);
        if (!clauses.isEmpty()
                && (noun || talkListItem || blockNamesTalk.computeIfAbsent(s.block(), b -> namesTalk(b.text())))) {
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
        if (r.people.isEmpty() && (talkListItem || noun || LinkedSpeakerRule.triggered(ts))) {
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
        r.title = title(text, spans, byStart, Math.max(subjectEnd, byEnd), r.people, r);
        if (r.people.isEmpty() && r.title != null && namesSession(text, spans)) {
            r.titleOnly = true; // "our **Intro to FastAPI** workshop on ...": the speaker comes later
        }
        if (r.people.isEmpty() && r.title != null
                && wordRun(text, ORDINAL_ONE_WAS_ABOUT) && (noun || wordRun(text, ONE_WAS_ABOUT))) {
            r.titleOnly = true;
        }
        return r;
    }

    /** The offset in the sentence's text of token {@code i}, or the text's length for the index after the last. */
    private static int offset(Sentence s, TokenizedSentence ts, int i) {
        return i < ts.size() ? ts.get(i).start() - s.start() : s.end() - s.start();
    }

    /** Whether an emphasised, code or quoted phrase is directly followed by "workshop", "talk", ... */
    private static boolean namesSession(String text, List<Span> spans) {
        for (Span sp : spans) {
            if (sp.kind() != Span.Kind.LINK && namedSessionAt(text, sp.end())) {
                return true;
            }
        }
        for (int[] q = nextQuoted(text, 0); q != null; q = nextQuoted(text, q[1])) {
            if (namedSessionAt(text, q[1])) {
                return true;
            }
        }
        return false;
    }

    private String title(String text, List<Span> spans, int byStart, int subjectEnd, List<Person> people,
                         Reading r) {
        // Quoted phrases first.
        for (int[] q = nextQuoted(text, 0); q != null; q = nextQuoted(text, q[1])) {
            String quoted = text.substring(q[0] + 1, q[1] - 1);
            if (!isSpeakerText(quoted, people)) {
                return cleanTitle(quoted);
            }
        }
        for (Span sp : spans) {
            String t = sp.textIn(text);
            if ((sp.kind() == Span.Kind.CODE || sp.kind() == Span.Kind.STRONG || sp.kind() == Span.Kind.EMPHASIS)
                    && t.strip().length() >= 3 && !isSpeakerText(t, people)) {
                return cleanTitle(t);
            }
        }
        int titled = titledEnd(text);
        if (titled >= 0) {
            String rest = text.substring(titled);
            String t = upToBoundary(rest, byStart >= titled ? byStart - titled : -1);
            if (t != null && Character.isUpperCase(t.charAt(0))) {
                return t;
            }
        }
        // "The first talk was TITLE by NAME", "Next up TITLE by NAME"
        if (byStart > 0) {
            int from = -1;
            for (int[] was = nextWas(text, 0); was != null && was[1] <= byStart; was = nextWas(text, was[1])) {
                from = was[1];
            }
            if (from >= 0 && from < byStart) {
                String t = withoutTalkAbout(text.substring(from, byStart).strip());
                if (!t.isEmpty() && !notAWasTitle(t)) {
                    return cleanTitle(t);
                }
            }
        }
        // The text of a non-profile link after "about/on/discussing", or right after "talk".
        for (Span sp : spans) {
            if (sp.kind() != Span.Kind.LINK || Names.isProfileUrl(sp.url()) || isSpeakerText(sp.textIn(text), people)) {
                continue;
            }
            String before = text.substring(Math.max(0, sp.start() - 25), sp.start()).toLowerCase(Locale.ROOT);
            if (endsWithAboutWord(before)) {
                return cleanTitle(sp.textIn(text));
            }
        }
        int from = Math.max(subjectEnd, 0);
        for (int[] about = nextAbout(text, 0); about != null; about = nextAbout(text, about[1])) {
            if (about[0] < from) {
                continue;
            }
            String t = upToBoundary(text.substring(about[1]), byStart > about[1] ? byStart - about[1] : -1);
            if (t != null && splitCount(t) <= 12) {
                r.weakTitle = true;
                return withoutPossessive(t);
            }
            break;
        }
        return null;
    }

    private static boolean isSpeakerText(String t, List<Person> people) {
        for (Person p : people) {
            if (Names.samePerson(p.name(), t)) {
                return true;
            }
        }
        return false;
    }

    private static String upToBoundary(String rest, int hardEnd) {
        String r = hardEnd >= 0 && hardEnd <= rest.length() ? rest.substring(0, hardEnd) : rest;
        int stop = titleEnd(r);
        String t = stop >= 0 ? r.substring(0, stop) : r;
        return cleanTitle(t);
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

    private static final Set<String> TALK_NOUN_WORDS = Set.of("talk", "talks", "session", "presentation", "keynote",
            "workshop", "tutorial", "lightning", "lighting", "spoke", "speak", "speaks", "presented");
    /** {@link #TALK_NOUN_WORDS} as a list, walked by index in {@link #isTalkNounWord} without an iterator. */
    private static final List<String> TALK_NOUN_LIST = List.copyOf(TALK_NOUN_WORDS);
    private static final List<String> POSSESSIVES = List.of("his", "her", "their");
    private static final List<String> LIGHTNING_WORDS = List.of("lightning", "flash", "lighting");
    private static final List<String> ON_ABOUT = List.of("on", "about");
    private static final List<String> CAME_UP_WITH = List.of("came up with");
    private static final List<String> BY = List.of("by");

    /**
     * Whether the text holds a word that names a talk or speaking ("talk", "session", "spoke", "flash talk"…), in
     * one pass over its words.
     */
    static boolean namesTalk(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i - start >= 5 && i - start <= 12) {
                if (isTalkNounWord(text, start, i)
                        || isLowerWord(text, start, i, "flash") && text.regionMatches(true, i, " talk", 0, 5)
                        && (i + 5 == n || !isWordChar(text.charAt(i + 5)))) {
                    return true;
                }
            } else if (i - start == 4 && text.regionMatches(true, start, "talk", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word {@code [from, to)}, in root-locale lower case, is one of {@link #TALK_NOUN_WORDS}. */
    private static boolean isTalkNounWord(String text, int from, int to) {
        if (!asciiOnly(text, from, to)) {
            return TALK_NOUN_WORDS.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
        }
        for (int k = 0; k < TALK_NOUN_LIST.size(); k++) {
            String w = TALK_NOUN_LIST.get(k);
            if (w.length() == to - from && text.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word {@code [from, to)}, in root-locale lower case, is {@code lower}: an ASCII word is compared in
     * place, any other is lower-cased first (a few non-ASCII letters lower-case to ASCII or to two characters).
     */
    private static boolean isLowerWord(String text, int from, int to, String lower) {
        if (!asciiOnly(text, from, to)) {
            return text.substring(from, to).toLowerCase(Locale.ROOT).equals(lower);
        }
        return to - from == lower.length() && text.regionMatches(true, from, lower, 0, lower.length());
    }

    private static boolean asciiOnly(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** A word character as Java's {@code \\b} sees one. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** An ASCII word character, as {@code \\w} matches one. */
    private static boolean isAsciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
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

    /**
     * How many parts {@code text.split("\\s+")} gives: one for a text without white space, none for a text of white
     * space only, else its words plus one when it opens with white space (Java keeps that leading empty part).
     */
    static int splitCount(String text) {
        if (!hasPatternSpace(text)) {
            return 1;
        }
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Trim.isPatternSpace(text.charAt(i)) && (i == 0 || Trim.isPatternSpace(text.charAt(i - 1)))) {
                words++;
            }
        }
        return words == 0 ? 0 : words + (Trim.isPatternSpace(text.charAt(0)) ? 1 : 0);
    }

    /** A title without an opening "his", "her" or "their" (any ASCII case) and its white space. */
    static String withoutPossessive(String title) {
        for (int iP = 0; iP < POSSESSIVES.size(); iP++) {
            String p = POSSESSIVES.get(iP);
            if (asciiStartsWith(title, 0, p) && p.length() < title.length()
                    && Trim.isPatternSpace(title.charAt(p.length()))) {
                return title.substring(spacesAfter(title, p.length()));
            }
        }
        return title;
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


    // ---------------------------------------------------------------- word runs that replaced title patterns

    /** "The first talk was about …", "Another one is on …": an ordinal, a talk noun, "was"/"is", "about"/"on". */
    static final List<List<String>> ORDINAL_ONE_WAS_ABOUT = List.of(
            List.of("one more", "another", "next", "first", "second", "third", "fourth", "fifth", "last", "final"),
            List.of("talk", "session", "one", "presentation"), List.of("was", "is"), List.of("about", "around", "on"));
    /** "One was about …". */
    static final List<List<String>> ONE_WAS_ABOUT = List.of(List.of("one"), List.of("was", "is"),
            List.of("about", "around", "on"));
    private static final List<String> SESSION_NOUNS = List.of("workshop", "talk", "session", "tutorial", "keynote",
            "presentation");
    private static final List<String> NOT_A_WAS_TITLE_VERBS = List.of("presented", "delivered", "given",
            "conducted");
    private static final List<String> NOT_A_WAS_TITLE_NOUNS = List.of("talk", "session", "presentation", "workshop",
            "one");
    private static final List<String> WORDS_BEFORE_A_LINKED_TITLE = List.of("about", "on", "discussing", "into",
            "talk", "gave", "presented");

    /**
     * Whether the text holds, from the start of a word, one phrase of each slot in turn (ASCII letters in either
     * case), the phrases apart by white space and the last one ending a word: "first talk was about".
     */
    static boolean wordRun(String text, List<List<String>> slots) {
        for (int p = 0; p < text.length(); p++) {
            if ((p == 0 || !isWordAt(text, p - 1)) && wordRunFrom(text, p, slots, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordRunFrom(String text, int p, List<List<String>> slots, int slot) {
        for (int iPhrase = 0; iPhrase < slots.get(slot).size(); iPhrase++) {
            String phrase = slots.get(slot).get(iPhrase);
            if (!asciiStartsWith(text, p, phrase)) {
                continue;
            }
            int q = p + phrase.length();
            if (slot == slots.size() - 1) {
                if (q == text.length() || !isWordAt(text, q)) {
                    return true;
                }
            } else if (q < text.length() && Trim.isPatternSpace(text.charAt(q))
                    && wordRunFrom(text, spacesAfter(text, q), slots, slot + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word character (as Java's {@code \\b} sees one) holds the code point at {@code i} or ends there. */
    private static boolean isWordAt(String text, int i) {
        char c = text.charAt(i);
        int cp = Character.isLowSurrogate(c) && i > 0 ? text.codePointBefore(i + 1) : text.codePointAt(i);
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    /** Whether "workshop", "talk", "session", … (after a quote mark and white space) follows {@code from}. */
    static boolean namedSessionAt(String text, int from) {
        int i = from;
        if (i < text.length() && "\"”’".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        i = spacesAfter(text, i);
        for (int iNoun = 0; iNoun < SESSION_NOUNS.size(); iNoun++) {
            String noun = SESSION_NOUNS.get(iNoun);
            int end = i + noun.length();
            if (asciiStartsWith(text, i, noun) && (end == text.length() || !isWordAt(text, end))) {
                return true;
            }
        }
        return false;
    }

    /** A title without an opening "a lightning talk about", "flash talk on", "talk on" and the white space after. */
    static String withoutTalkAbout(String title) {
        int i = 0;
        if (asciiStartsWith(title, 0, "a") && 1 < title.length() && Trim.isPatternSpace(title.charAt(1))) {
            i = spacesAfter(title, 1);
        }
        for (int iKind = 0; iKind < LIGHTNING_WORDS.size(); iKind++) {
            String kind = LIGHTNING_WORDS.get(iKind);
            if (asciiStartsWith(title, i, kind)) {
                i += kind.length();
                break;
            }
        }
        i = spacesAfter(title, i);
        if (!asciiStartsWith(title, i, "talk") || i + 4 >= title.length() || !Trim.isPatternSpace(title.charAt(i + 4))) {
            return title;
        }
        i = spacesAfter(title, i + 4);
        int word = asciiStartsWith(title, i, "about") ? 5 : asciiStartsWith(title, i, "on") ? 2 : -1;
        if (word < 0 || i + word >= title.length() || !Trim.isPatternSpace(title.charAt(i + word))) {
            return title;
        }
        return title.substring(spacesAfter(title, i + word));
    }

    /**
     * Whether what stands between "was" and "by" only says that a talk was given: "presented", "a talk",
     * "another session", "one more talk", "the next one".
     */
    static boolean notAWasTitle(String t) {
        for (int iVerb = 0; iVerb < NOT_A_WAS_TITLE_VERBS.size(); iVerb++) {
            String verb = NOT_A_WAS_TITLE_VERBS.get(iVerb);
            if (t.length() == verb.length() && asciiStartsWith(t, 0, verb)) {
                return true;
            }
        }
        for (int iNoun = 0; iNoun < NOT_A_WAS_TITLE_NOUNS.size(); iNoun++) {
            String noun = NOT_A_WAS_TITLE_NOUNS.get(iNoun);
            int at = t.length() - noun.length();
            if (at < 0 || !asciiStartsWith(t, at, noun)) {
                continue;
            }
            int j = at;
            while (j > 0 && Trim.isPatternSpace(t.charAt(j - 1))) {
                j--;
            }
            if (j == 8 && asciiStartsWith(t, 0, "one more") || asciiWordChars(t, 0, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiWordChars(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiWord(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a lower-case text ends with "about", "on", "discussing", "talk", … as a word and white space. */
    static boolean endsWithAboutWord(String lower) {
        int j = lower.length();
        while (j > 0 && Trim.isPatternSpace(lower.charAt(j - 1))) {
            j--;
        }
        if (j == lower.length()) {
            return false;
        }
        for (int iW = 0; iW < WORDS_BEFORE_A_LINKED_TITLE.size(); iW++) {
            String w = WORDS_BEFORE_A_LINKED_TITLE.get(iW);
            int at = j - w.length();
            if (at >= 0 && lower.startsWith(w, at) && (at == 0 || !isWordAt(lower, at - 1))) {
                return true;
            }
        }
        return false;
    }


    // ---------------------------------------------------------------- phrase scans that replaced clause patterns

    // The words each cue needs (Hints.containsAny), as constants rather than an array made per sentence.
    private static final String[] THANKS_OR_NEXT = {"thank", "next meetup"};
    private static final String[] NEW_TALK_HINTS = {"talk", "session", "presentation", "workshop", "came up with"};
    private static final String[] ORDINAL_HINTS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "next", "last", "final", "another", "one more"};
    private static final List<String> TITLED = List.of("titled", "entitled", "called", "in this talk", "the talk",
            "a talk", "the session", "talk on", "talk about");
    private static final List<String> WAS = List.of("was", "is", "next up", "up next");
    private static final List<String> ABOUT = List.of("about", "on", "discussing", "around", "into", "regarding",
            "covering");
    private static final List<String> TITLE_END_WORDS = List.of("by", "with", "where", "which", "and how", "who",
            "from");

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

    /** Where a title after "titled", "called", "the talk", "talk about", … (and a comma or colon) starts, or -1. */
    static int titledEnd(String text) {
        for (int p = 0; p < text.length(); p++) {
            if (p > 0 && isWordAt(text, p - 1)) {
                continue;
            }
            for (int iPhrase = 0; iPhrase < TITLED.size(); iPhrase++) {
                String phrase = TITLED.get(iPhrase);
                if (asciiStartsWith(text, p, phrase)) {
                    int i = p + phrase.length();
                    int j = spacesAfter(text, i);
                    if (j + 1 < text.length() && (text.charAt(j) == ',' || text.charAt(j) == ':')
                            && Trim.isPatternSpace(text.charAt(j + 1))) {
                        return spacesAfter(text, j + 1);
                    }
                    if (j > i) {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The next "was", "is", "next up" or "up next" from {@code from}, with the white space and an "on"/"about"
     * after it: its start and end, or null.
     */
    static int[] nextWas(String text, int from) {
        int[] m = phraseThenSpace(text, from, WAS, true);
        if (m != null) {
            for (int iW = 0; iW < ON_ABOUT.size(); iW++) {
                String w = ON_ABOUT.get(iW);
                int end = m[1] + w.length();
                if (asciiStartsWith(text, m[1], w) && end < text.length() && Trim.isPatternSpace(text.charAt(end))) {
                    return new int[] {m[0], spacesAfter(text, end)};
                }
            }
        }
        return m;
    }

    /**
     * The next lower-case "about", "on", "discussing", "around", … from {@code from}, with the white space and a
     * "the topic" after it: its start and end, or null.
     */
    static int[] nextAbout(String text, int from) {
        int[] m = phraseThenSpace(text, from, ABOUT, false);
        if (m != null && text.startsWith("the", m[1]) && m[1] + 3 < text.length()
                && Trim.isPatternSpace(text.charAt(m[1] + 3))) {
            int topic = spacesAfter(text, m[1] + 3);
            if (text.startsWith("topic", topic) && topic + 5 < text.length()
                    && Trim.isPatternSpace(text.charAt(topic + 5))) {
                return new int[] {m[0], spacesAfter(text, topic + 5)};
            }
        }
        return m;
    }

    /**
     * Where a title read up to its clause's end stops: at ". ; ! ? (", a comma and white space, " - ", or white
     * space around "by", "with", "where", "which", "and how", "who", "from", "for 3"; or -1.
     */
    static int titleEnd(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (".;!?(".indexOf(c) >= 0 || c == ',' && i + 1 < n && Trim.isPatternSpace(text.charAt(i + 1))) {
                return i;
            }
            if (!Trim.isPatternSpace(c)) {
                continue;
            }
            if (i + 2 < n && text.charAt(i + 1) == '-' && Trim.isPatternSpace(text.charAt(i + 2))) {
                return i;
            }
            for (int iW = 0; iW < TITLE_END_WORDS.size(); iW++) {
                String w = TITLE_END_WORDS.get(iW);
                int end = i + 1 + w.length();
                if (asciiStartsWith(text, i + 1, w) && end < n && Trim.isPatternSpace(text.charAt(end))) {
                    return i;
                }
            }
            if (asciiStartsWith(text, i + 1, "for ") && i + 6 < n && text.charAt(i + 5) >= '0'
                    && text.charAt(i + 5) <= '9' && Trim.isPatternSpace(text.charAt(i + 6))) {
                return i;
            }
        }
        return -1;
    }


    // ---------------------------------------------------------------- quotes and speaker labels

    private static final String OPENING_QUOTES = "'\"“‘";
    private static final String CLOSING_QUOTES = "'\"”’";

    /**
     * The next quoted phrase from {@code from}: its opening and its closing mark ('…', "…", “…” or ‘…’) with three
     * to 150 characters between, not right after a letter (nor, for '…', right before one). Its start and end (after
     * the closing mark), or null.
     */
    static int[] nextQuoted(String text, int from) {
        for (int p = from; p < text.length(); p++) {
            int kind = OPENING_QUOTES.indexOf(text.charAt(p));
            // The pattern's look-behind saw one char: a letter outside the Basic Multilingual Plane did not count.
            if (kind < 0 || p > 0 && Character.isLetter(text.charAt(p - 1))) {
                continue;
            }
            int close = text.indexOf(CLOSING_QUOTES.charAt(kind), p + 1);
            // Counted in code points, as the pattern counted them.
            if (close < 0 || close - p - 1 < 3 || text.codePointCount(p + 1, close) < 3
                    || text.codePointCount(p + 1, close) > 150) {
                continue;
            }
            if (kind == 0 && close + 1 < text.length() && Character.isLetter(text.codePointAt(close + 1))) {
                continue;
            }
            return new int[] {p, close + 1};
        }
        return null;
    }



    // ---------------------------------------------------------------- cues of a new talk

    private static final List<String> ORDINAL_LEADS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "next", "last", "final", "another", "one more");
    private static final List<String> ORDINAL_NOUNS = List.of("talks", "talk", "session", "presentation", "workshop",
            "one", "was", "up");
    private static final List<String> NEW_TALK_LEADS = List.of("another", "also", "next", "one more", "first",
            "second", "third", "fourth", "fifth", "sixth", "seventh", "last", "final");
    private static final List<String> NEW_TALK_NOUNS = List.of("talk", "session", "presentation", "workshop");
    private static final List<String> GAVE = List.of("gave", "give", "gives", "delivered", "presented");
    private static final List<String> GAVE_DETERMINERS = List.of("", "a", "an", "the", "his", "her", "their");

    /**
     * Whether a sentence counts its talk: an ordinal ("second", "last", "another", "3rd"), white space, up to two
     * words, then "talk", "session", "one", "was", "up", …: "The second lightning talk", "The 3rd one was".
     */
    static boolean ordinalTalk(String text) {
        for (int p = 0; p < text.length(); p++) {
            if (p > 0 && isWordAt(text, p - 1)) {
                continue;
            }
            int end = -1;
            for (int iLead = 0; iLead < ORDINAL_LEADS.size(); iLead++) {
                String lead = ORDINAL_LEADS.get(iLead);
                if (asciiStartsWith(text, p, lead)) {
                    end = p + lead.length();
                    break;
                }
            }
            if (end < 0) {
                int d = p;
                while (d < text.length() && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
                    d++;
                }
                if (d > p && (asciiStartsWith(text, d, "st") || asciiStartsWith(text, d, "nd")
                        || asciiStartsWith(text, d, "rd") || asciiStartsWith(text, d, "th"))) {
                    end = d + 2;
                }
            }
            if (end >= 0 && end < text.length() && Trim.isPatternSpace(text.charAt(end))
                    && nounWithin(text, spacesAfter(text, end), ORDINAL_NOUNS, 2, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of {@code nouns} (ending a word) stands at {@code at} or after at most {@code words} words, each
     * followed by white space: ASCII word characters, and hyphens when {@code hyphens}.
     */
    private static boolean nounWithin(String text, int at, List<String> nouns, int words, boolean hyphens) {
        int j = at;
        for (int k = 0; ; k++) {
            if (verbAt(text, j, nouns)) {
                return true;
            }
            int e = j;
            while (e < text.length() && (isAsciiWord(text.charAt(e)) || hyphens && text.charAt(e) == '-')) {
                e++;
            }
            if (k == words || e == j || e >= text.length() || !Trim.isPatternSpace(text.charAt(e))) {
                return false;
            }
            j = spacesAfter(text, e);
        }
    }

    /**
     * Whether a sentence starts a new talk: "another", "next", "first", … then a talk noun before the next full
     * stop ("Next up was a short talk"); "gave/delivered/presented", a determiner and up to two words, then a talk
     * noun ("gave a lightning talk"); "talk by"; "came up with".
     */
    static boolean newTalk(String text) {
        boolean lead = false;
        for (int p = 0; p < text.length(); p++) {
            if (text.charAt(p) == '.') {
                lead = false;
                continue;
            }
            if (p > 0 && isWordAt(text, p - 1)) {
                continue;
            }
            if (lead && verbAt(text, p, NEW_TALK_NOUNS)) {
                return true;
            }
            lead |= verbAt(text, p, NEW_TALK_LEADS);
            if (verbAt(text, p, CAME_UP_WITH) || asciiStartsWith(text, p, "talk") && p + 4 < text.length()
                    && Trim.isPatternSpace(text.charAt(p + 4)) && verbAt(text, spacesAfter(text, p + 4), BY)) {
                return true;
            }
            for (int iVerb = 0; iVerb < GAVE.size(); iVerb++) {
                String verb = GAVE.get(iVerb);
                int end = p + verb.length();
                if (asciiStartsWith(text, p, verb) && end < text.length() && Trim.isPatternSpace(text.charAt(end))
                        && gaveATalk(text, spacesAfter(text, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean gaveATalk(String text, int at) {
        for (int iDeterminer = 0; iDeterminer < GAVE_DETERMINERS.size(); iDeterminer++) {
            String determiner = GAVE_DETERMINERS.get(iDeterminer);
            if (asciiStartsWith(text, at, determiner)
                    && nounWithin(text, spacesAfter(text, at + determiner.length()), NEW_TALK_NOUNS, 2, false)) {
                return true;
            }
        }
        return false;
    }

}
