package io.meetkit.markdown.internal.extract;

import io.meetkit.core.AttendanceMode;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import io.meetkit.core.Organizer;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.Venue;
import io.meetkit.markdown.internal.Dates;
import io.meetkit.markdown.internal.Limits;
import io.meetkit.markdown.internal.extract.prose.AttendanceFinder;
import io.meetkit.markdown.internal.extract.prose.AuthorTalk;
import io.meetkit.markdown.internal.extract.prose.DateFinder;
import io.meetkit.markdown.internal.extract.prose.EventCues;
import io.meetkit.markdown.internal.extract.prose.HostVenueFinder;
import io.meetkit.markdown.internal.extract.prose.Found;
import io.meetkit.markdown.internal.extract.prose.LinkFinder;
import io.meetkit.markdown.internal.extract.prose.Names;
import io.meetkit.markdown.internal.extract.prose.ParsedUrls;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.ProseReader;
import io.meetkit.markdown.internal.extract.prose.Sentence;
import io.meetkit.markdown.internal.extract.prose.Span;
import io.meetkit.markdown.internal.extract.prose.TalkDraft;
import io.meetkit.markdown.internal.extract.prose.ProseTalkReader;
import io.meetkit.markdown.internal.extract.prose.TimeFinder;
import io.meetkit.markdown.internal.extract.prose.TitleDate;
import io.meetkit.markdown.internal.extract.prose.VenueFinder;
import io.meetkit.markdown.internal.extract.prose.Zones;
import io.meetkit.markdown.internal.extract.prose.token.blocks.DemoSlots;
import io.meetkit.markdown.internal.extract.structured.FrontMatterEventReader;
import io.meetkit.markdown.internal.extract.structured.StructuredEvent;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the event a post is about, from its structured front-matter keys first and its prose second.
 * Stateless and thread-safe.
 */
public final class EventExtractor {

    /** A front-matter date with a time of day: "2024-05-01 18:30". Anchored, so it reads a bounded prefix. */
    /** How many days after its own date a post of notes on a meetup may still name that meetup's day. */
    private static final int RECAP_DAYS_AFTER_POST = 2;
    private static final Pattern DATE_WITH_TIME = Pattern.compile("^\\s*\\d{4}-\\d{1,2}-\\d{1,2}[ T]\\d{1,2}:\\d{2}");

    private final int maxLineLength;
    private final ProseReader.Bounds bounds;

    /** An extractor that searches every line, however long, within the default prose bounds. */
    public EventExtractor() {
        this(Integer.MAX_VALUE);
    }

    /** An extractor that leaves prose blocks with a line longer than {@code maxLineLength} unsearched. */
    public EventExtractor(int maxLineLength) {
        this(maxLineLength, ProseReader.Bounds.DEFAULT);
    }

    /**
     * An extractor that leaves prose blocks with a line longer than {@code maxLineLength} unsearched and reads no
     * more of the body than {@code bounds} allow, with a warning naming the limit that was hit.
     */
    public EventExtractor(int maxLineLength, ProseReader.Bounds bounds) {
        this.maxLineLength = maxLineLength;
        this.bounds = bounds;
    }

    /** Extracts the event of one post; never throws on bad input, reports it as diagnostics instead. */
    public ExtractionResult extract(ExtractionInput input) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            return new ExtractionResult(extract(input, diagnostics), diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not cost the user the whole post: report it where the post starts, naming only the
            // failure's class (its message may quote the file).
            diagnostics.add(Diagnostic.error(input.source(), 1, 1, "event extraction failed: internal error ("
                    + e.getClass().getSimpleName() + "); please report it"));
            return new ExtractionResult(Optional.empty(), diagnostics);
        }
    }

    /**
     * The local time in {@code zone}. A time the clocks skip (a spring-forward hour, or Samoa's 30 December 2011) is
     * moved forward by the gap, and one they show twice (a fall-back hour) takes the earlier offset, as
     * {@link ZonedDateTime#of} does; either is reported, with the time used, rather than done in silence.
     */
    private static ZonedDateTime zoned(LocalDate date, LocalTime time, ZoneId zone, ExtractionInput input, int line,
                                       List<Diagnostic> diagnostics) {
        java.time.LocalDateTime local = java.time.LocalDateTime.of(date, time);
        ZonedDateTime used = ZonedDateTime.of(local, zone);
        Dates.clockChange(local, zone).ifPresent(message ->
                diagnostics.add(Diagnostic.warning(input.source(), Math.max(1, line), 1, message)));
        return used;
    }

    /**
     * The block with the text of its inline code blanked out (offsets kept): {@code `parse("2024-05-01")`} is an
     * example in a how-to, never the event's date, time or head count.
     */
    private static ProseBlock withoutInlineCode(ProseBlock b) {
        if (!b.has(Span.Kind.CODE)) {
            return b;
        }
        char[] text = b.text().toCharArray();
        for (Span s : b.spans()) {
            if (s.kind() == Span.Kind.CODE) {
                for (int i = Math.max(0, s.start()); i < Math.min(text.length, s.end()); i++) {
                    if (text[i] != '\n') {
                        text[i] = ' ';
                    }
                }
            }
        }
        return new ProseBlock(b.kind(), b.level(), new String(text), b.line(), b.spans(), b.listId(), b.leadIn(),
                b.section(), b.imageTitle());
    }

    /** {@code path} without its leading and trailing slashes, in one pass each way. */
    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    private Optional<Event> extract(ExtractionInput input, List<Diagnostic> diagnostics) {
        StructuredEvent stated = FrontMatterEventReader.read(input, diagnostics);
        ProseReader.Read read = ProseReader.read(input.document(), bounds);
        if (read.blocksCut()) {
            diagnostics.add(Diagnostic.warning(input.source(), 1, 1, "the body has more than " + bounds.maxBlocks()
                    + " blocks (paragraphs, headings, list items, table rows); the first " + bounds.maxBlocks()
                    + " are searched for event facts" + Limits.raiseWith("maxBlocksPerPost")));
        }
        if (read.spansCut()) {
            diagnostics.add(Diagnostic.warning(input.source(), 1, 1, "the body has more than " + bounds.maxSpans()
                    + " links, code spans and emphases; the first " + bounds.maxSpans()
                    + " are searched for event facts" + Limits.raiseWith("maxSpansPerPost")));
        }
        List<ProseBlock> blocks = read.blocks().stream()
                .filter(b -> longestLine(b.text()) <= maxLineLength).toList();
        List<Sentence> sentences = new ArrayList<>();
        for (ProseBlock b : blocks) {
            if (b.kind() != ProseBlock.Kind.CODE && b.kind() != ProseBlock.Kind.IMAGE) {
                sentences.addAll(Sentence.split(withoutInlineCode(b)));
            }
        }
        Optional<LocalDate> postDate = input.postDate().map(ZonedDateTime::toLocalDate);

        // Prose facts.
        Sentence[] dateSentence = new Sentence[1];
        // The first day a sentence about this event names decides whether the post is an event at all ...
        Optional<Found<LocalDate>> mentioned = findDate(sentences, postDate, false, dateSentence);
        Optional<Found<LocalDate>> proseDate = mentioned;
        // ... but notes on a past meetup that name a later day speak of another event: look past such days.
        boolean laterInRecap = mentioned.isPresent() && postDate.filter(p -> mentioned.get().value()
                .isAfter(p.plusDays(RECAP_DAYS_AFTER_POST))).isPresent() && EventCues.namesRecap(input.title());
        if (laterInRecap) {
            dateSentence[0] = null;
            proseDate = findDate(sentences, postDate, true, dateSentence);
        }
        Optional<Found<TimeFinder.Times>> proseTime = TimeFinder.find(sentences, dateSentence[0]);
        Optional<Found<Venue>> proseVenue = VenueFinder.find(blocks, input.site().title());
        if (proseVenue.flatMap(v -> v.value().name()).isEmpty()) {
            // A city alone says less than a host named elsewhere in the post.
            Optional<Found<Venue>> host = HostVenueFinder.find(blocks, input.site().title());
            Optional<String> city = proseVenue.flatMap(v -> v.value().locality());
            if (host.isPresent()) {
                proseVenue = host.get().value().locality().isPresent() || city.isEmpty() ? host
                        : Optional.of(new Found<>(host.get().value().toBuilder().locality(city.get()).build(),
                        host.get().line()));
            }
        }
        Optional<Found<Integer>> proseAttendance = AttendanceFinder.find(sentences);
        Optional<Found<URI>> proseOnline = findOnline(sentences, blocks);
        Optional<String> groupName = input.site().title();
        Set<String> stop = new HashSet<>();
        groupName.ifPresent(g -> stop.addAll(Names.tokens(g)));
        Set<String> ignored = new HashSet<>();
        proseVenue.flatMap(v -> v.value().url()).ifPresent(u -> ignored.add(u.toString()));
        List<Link> community = LinkFinder.community(blocks, groupName);
        List<TalkDraft> drafts = stated.talks().isPresent() ? List.of()
                : DemoSlots.withoutDemos(ProseTalkReader.find(blocks, stop, ignored));
        List<Link> eventLinks = LinkFinder.eventLinks(blocks);

        boolean proseEvent = !drafts.isEmpty() || proseVenue.filter(v -> v.value().name().isPresent()).isPresent()
                || proseAttendance.isPresent() || proseOnline.isPresent()
                || mentioned.isPresent() && (proseTime.isPresent() || proseVenue.isPresent()
                || eventish(sentences, mentioned.get().line()));
        if (!stated.any() && !proseEvent) {
            return Optional.empty();
        }
        boolean talksAlone = !drafts.isEmpty() && proseVenue.filter(v -> v.value().name().isPresent()).isEmpty()
                && proseAttendance.isEmpty() && proseOnline.isEmpty() && mentioned.isEmpty();
        if (!stated.any() && talksAlone && !namesGathering(input.title(), sentences)) {
            // Talks read from a post that never says it is about a gathering (a how-to's numbered steps, a list of
            // resources, a newsletter) are a misreading, not an event.
            return Optional.empty();
        }
        if (drafts.isEmpty() && stated.talks().isEmpty()) {
            drafts = AuthorTalk.find(blocks, input.frontMatter(), stop); // "My slides from the workshop …"
        }

        // Each fact below takes the first of its readings in the order front matter, site conventions, prose,
        // default (FactChoice), and records where it came from.
        FactChoice<String> name = FactChoice.stated(stated.name())
                .or(Optional.of(input.title()), () -> Provenance.defaulted("the post's title"));
        Event.Builder event = Event.builder(name.value().orElseThrow());
        event.provenance(EventFact.NAME, name.provenance().orElseThrow());

        // Venue and online attendance.
        Optional<Venue> venue = choose(event, EventFact.VENUE, FactChoice.stated(stated.venue()).orProse(proseVenue),
                event::venue);
        Optional<URI> online = stated.onlineUrl().map(StructuredEvent.Stated::value);
        choose(event, EventFact.ONLINE_URL, FactChoice.stated(stated.onlineUrl())
                .orProse(proseOnline.filter(f -> !f.value().toString().isEmpty())), event::onlineUrl);
        boolean isOnline = online.isPresent() || stated.online().isPresent() || proseOnline.isPresent();
        event.attendanceMode(isOnline ? venue.isPresent() ? AttendanceMode.MIXED : AttendanceMode.ONLINE
                : AttendanceMode.OFFLINE);
        stated.status().ifPresent(s -> event.status(s.value())
                .provenance(EventFact.STATUS, s.provenance()));

        // Date, time and zone.
        SiteConventions site = input.conventions();
        // The site's convention: this post's date and time are its event's day and start.
        Optional<ZonedDateTime> siteStart = stated.date().isEmpty() && stated.any()
                && site.dateTimeIsEventStart().isPresent() && input.frontMatter().get("date") instanceof String d
                && DATE_WITH_TIME.matcher(d).find() ? input.postDate() : Optional.empty();
        Optional<LocalDate> sitePostDate = stated.any() && site.postDateIsEventDate().isPresent()
                ? postDate : Optional.empty();
        // A day the title names wins over a different day in the body (or over none, in notes whose body only
        // names a later event's day).
        Optional<LocalDate> titled = proseDate.isPresent() || laterInRecap ? TitleDate.overriding(input.title(),
                postDate, proseDate.map(Found::value).orElse(LocalDate.MIN)) : Optional.empty();
        FactChoice<LocalDate> eventDay = FactChoice.stated(stated.date())
                .or(siteStart.map(ZonedDateTime::toLocalDate),
                        () -> Provenance.site(site.dateTimeIsEventStart().orElseThrow()))
                .or(sitePostDate, () -> Provenance.site(site.postDateIsEventDate().orElseThrow()))
                .or(titled, () -> Provenance.frontMatter(input.positionOf("/title").line())
                        .withDetail("the day the post's title names"))
                .orProse(proseDate);
        Optional<LocalDate> date = eventDay.value();
        eventDay.provenance().ifPresent(p -> event.provenance(EventFact.DATE, p));
        Optional<LocalTime> start = stated.start().map(StructuredEvent.Stated::value);
        Optional<LocalTime> end = stated.end().map(StructuredEvent.Stated::value);
        Provenance timeProvenance = null;
        if (start.isPresent()) {
            timeProvenance = stated.start().get().provenance();
        } else if (siteStart.isPresent()) {
            start = siteStart.map(ZonedDateTime::toLocalTime);
            timeProvenance = Provenance.site(site.dateTimeIsEventStart().orElseThrow());
        } else if (proseTime.isPresent() && stated.date().isEmpty()) {
            start = Optional.of(proseTime.get().value().start());
            end = proseTime.get().value().end();
            timeProvenance = Provenance.prose(proseTime.get().line());
        }
        if (end.isEmpty() && start.isPresent() && stated.duration().isPresent()) {
            end = Optional.of(start.get().plus(stated.duration().get().value()));
        }
        Optional<ZoneId> zone = Optional.empty();
        if (date.isPresent() && start.isPresent()) {
            Map.Entry<ZoneId, Provenance> z = zone(input, stated, venue, sentences, diagnostics,
                    stated.start().map(StructuredEvent.Stated::line).orElse(proseTime.map(Found::line).orElse(1)));
            zone = Optional.of(z.getKey());
            Provenance zoneProvenance = z.getValue();
            LocalDate day = date.get();
            LocalTime begin = start.get();
            ZoneId local = z.getKey();
            int timeLine = stated.start().map(StructuredEvent.Stated::line).orElse(proseTime.map(Found::line)
                    .orElse(1));
            int endLine = stated.end().map(StructuredEvent.Stated::line).orElse(timeLine);
            ZonedDateTime from;
            Optional<ZonedDateTime> to;
            if (site.timesInUtc().isPresent() && stated.start().isPresent() && stated.zone().isEmpty()) {
                // The site stores its clock times in UTC: the same instants, shown in the event's zone.
                from = ZonedDateTime.of(day, begin, ZoneOffset.UTC).withZoneSameInstant(local);
                to = end.filter(e -> e.isAfter(begin))
                        .map(e -> ZonedDateTime.of(day, e, ZoneOffset.UTC).withZoneSameInstant(local));
                timeProvenance = Provenance.site(site.timesInUtc().get());
            } else if (siteStart.isPresent() && (stated.zone().isEmpty()
                    || input.frontMatter().get("date") instanceof String stamp && statesOffset(stamp))
                    && !local.getRules().getOffset(java.time.LocalDateTime.of(day, begin))
                    .equals(siteStart.get().getOffset())) {
                // The post's date carried an offset (its own, or the one its generator gives a date without one:
                // UTC for Hugo), which the zone found otherwise does not have then. A zone the post states wins
                // over an offset the reader gave its date.
                ZoneId stamped = siteStart.get().getZone();
                zone = Optional.of(stamped);
                zoneProvenance = Provenance.site("the offset of the post's date");
                from = siteStart.get();
                to = end.filter(e -> e.isAfter(begin)).map(e -> ZonedDateTime.of(day, e, stamped));
            } else {
                from = zoned(day, begin, local, input, timeLine, diagnostics);
                to = end.filter(e -> e.isAfter(begin)).map(e -> zoned(day, e, local, input, endLine, diagnostics));
            }
            event.provenance(EventFact.TIME_ZONE, zoneProvenance);
            event.time(to.isPresent() ? EventTime.between(from, to.get()) : EventTime.at(from));
            event.provenance(EventFact.TIME, timeProvenance);
        } else if (date.isPresent()) {
            event.time(EventTime.allDay(date.get()));
        }

        choose(event, EventFact.ATTENDANCE, FactChoice.stated(stated.attendance()).orProse(proseAttendance),
                event::attendance);

        // Talks.
        if (stated.talks().isPresent()) {
            List<Talk> talks = new ArrayList<>();
            for (Talk t : stated.talks().get().value()) {
                Optional<LocalTime> talkStart = stated.startOf(t);
                if (talkStart.isPresent() && date.isPresent()) {
                    ZoneId z = zone.orElseGet(() -> zone(input, stated, Optional.empty(), sentences, diagnostics,
                            t.provenance().line().orElse(1)).getKey());
                    talks.add(t.toBuilder().start(zoned(date.get(), talkStart.get(), z, input,
                            t.provenance().line().orElse(1), diagnostics)).build());
                } else {
                    talks.add(t);
                }
            }
            event.talks(talks).provenance(EventFact.TALKS, stated.talks().get().provenance());
        } else if (!drafts.isEmpty()) {
            event.talks(toTalks(drafts)).provenance(EventFact.TALKS, Provenance.prose(drafts.get(0).line()));
        }

        // Links: the event's own page, its other pages, and the group's channels.
        Optional<Link> page = eventLinks.stream().filter(LinkFinder::isEventPage).findFirst();
        choose(event, EventFact.URL, FactChoice.stated(stated.url())
                .or(page.map(Link::url), () -> Provenance.prose(lineOfLink(blocks, page.orElseThrow()))), event::url);
        event.links(eventLinks);
        organizer(input, community).ifPresent(o -> event.organizer(o).provenance(EventFact.ORGANIZER,
                community.isEmpty() ? Provenance.site("the site's title") : Provenance.prose(
                        lineOfLink(blocks, community.get(0)))));
        return Optional.of(event.build());
    }

    /**
     * Whether a front-matter date and time names its own offset ("2024-05-01T19:00:00Z", "2024-05-01 19:00 -0400",
     * "…+02:00"); a date and time without one was put in a zone by the reader, not by the writer.
     */
    static boolean statesOffset(String date) {
        String t = date.strip();
        int n = t.length();
        if (n > 10 && (t.charAt(n - 1) == 'Z' || t.charAt(n - 1) == 'z')) {
            return true;
        }
        for (int width : new int[] {6, 5, 3}) { // +hh:mm, +hhmm, +hh
            int at = n - width;
            if (at <= 10 || t.charAt(at) != '+' && t.charAt(at) != '-') {
                continue;
            }
            boolean digits = true;
            for (int k = at + 1; k < n && digits; k++) {
                char c = t.charAt(k);
                digits = c >= '0' && c <= '9' || width == 6 && k == at + 3 && c == ':';
            }
            if (digits) {
                return true;
            }
        }
        return false;
    }

    /** Sets the chosen reading of {@code fact}, if any, with its provenance; gives the reading. */
    private static <T> Optional<T> choose(Event.Builder event, EventFact fact, FactChoice<T> choice,
                                          java.util.function.Consumer<T> set) {
        choice.value().ifPresent(set);
        choice.provenance().ifPresent(p -> event.provenance(fact, p));
        return choice.value();
    }

    /**
     * The event's day in prose: a "Date:" line, else the first date of a sentence about this event. In a post whose
     * title says it looks back on a meetup ({@code recap}), a day more than two days after the post's own date is
     * a later event's (the next meetup, a hackathon announced at the end of the notes).
     */
    private static Optional<Found<LocalDate>> findDate(List<Sentence> sentences, Optional<LocalDate> postDate,
                                                       boolean recap, Sentence[] where) {
        // A "Date: ..." line wins over a date mentioned in passing.
        for (Sentence s : sentences) {
            if (EventCues.mayHoldDate(s) && EventCues.isDateLabel(s)) {
                Optional<DateFinder.Dated> d = DateFinder.findDated(s, postDate);
                if (d.isPresent()) {
                    where[0] = s;
                    return Optional.of(new Found<>(d.get().date(), s.line()));
                }
            }
        }
        Map<String, Boolean> otherEventsHeadings = new HashMap<>();
        for (Sentence s : sentences) {
            if (!EventCues.mayHoldDate(s) || EventCues.aboutOtherEvent(s) || otherEventsHeadings.computeIfAbsent(
                    s.block().section(), EventCues::isOtherEventsHeading)) {
                continue;
            }
            Optional<DateFinder.Dated> d = DateFinder.findDated(s, postDate);
            if (d.isPresent() && recap && postDate.filter(p -> d.get().date()
                    .isAfter(p.plusDays(RECAP_DAYS_AFTER_POST))).isPresent()) {
                continue;
            }
            // A meetup's post is written within weeks of it; a day and month months away is another event's.
            if (d.isPresent() && (d.get().yearStated() || postDate.map(p -> Math.abs(ChronoUnit.DAYS.between(p,
                    d.get().date())) <= 60).orElse(true))) {
                where[0] = s;
                return Optional.of(new Found<>(d.get().date(), s.line()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the post says it is about a gathering: its title, or a sentence of a paragraph or heading (not a list
     * item, whose words may be a menu of tags), names a meetup, talk, workshop or the like; a title naming a call for
     * proposals or a deadline is about a submission, not a gathering.
     */
    private static boolean namesGathering(String title, List<Sentence> sentences) {
        if (EventCues.aboutOtherEvent(title)) {
            return false;
        }
        if (EventCues.namesGathering(title)) {
            return true;
        }
        for (Sentence s : sentences) {
            ProseBlock.Kind kind = s.block().kind();
            if ((kind == ProseBlock.Kind.PARAGRAPH || kind == ProseBlock.Kind.HEADING)
                    && EventCues.namesGathering(s) && !EventCues.aboutOtherEvent(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean eventish(List<Sentence> sentences, int line) {
        for (Sentence s : sentences) {
            if (s.line() == line && EventCues.isEventish(s)) {
                return true;
            }
        }
        return false;
    }

    /** An online event: a meeting link, or words such as "on Zoom" (then with an empty URL marker). */
    private static Optional<Found<URI>> findOnline(List<Sentence> sentences, List<ProseBlock> blocks) {
        for (ProseBlock b : blocks) {
            for (var span : b.spans()) {
                if (span.kind() == Span.Kind.LINK && EventCues.isMeetingUrl(span.url())) {
                    Optional<URI> uri = ParsedUrls.uri(span.url());
                    if (uri.isPresent()) { // else not a usable URL; keep looking
                        return Optional.of(new Found<>(uri.get(), b.line()));
                    }
                }
            }
        }
        for (Sentence s : sentences) {
            if (EventCues.isOnline(s)) {
                return Optional.of(new Found<>(URI.create(""), s.line()));
            }
        }
        return Optional.empty();
    }

    private static Map.Entry<ZoneId, Provenance> zone(ExtractionInput input, StructuredEvent stated,
                                                      Optional<Venue> venue, List<Sentence> sentences,
                                                      List<Diagnostic> diagnostics, int line) {
        if (stated.zone().isPresent()) {
            return Map.entry(stated.zone().get().value(), stated.zone().get().provenance());
        }
        if (input.site().timeZone().isPresent()) {
            return Map.entry(input.site().timeZone().get(), Provenance.site("the site's timezone"));
        }
        if (input.conventions().zone().isPresent()) {
            return Map.entry(input.conventions().zone().get(), Provenance.site("the zone of the site's conventions: "
                    + "declared, or of the place most of its posts name"));
        }
        if (input.defaultZone().isPresent()) {
            return Map.entry(input.defaultZone().get(), Provenance.defaulted("the zone given by the caller"));
        }
        List<String> places = new ArrayList<>();
        venue.ifPresent(v -> {
            v.locality().ifPresent(places::add);
            v.country().ifPresent(places::add);
            v.streetAddress().ifPresent(places::add);
            v.name().ifPresent(places::add);
        });
        for (String p : places) {
            Optional<String> place = Zones.zonePlaceIn(p);
            if (place.isPresent()) {
                return inferred(place.get(), "the venue");
            }
        }
        for (Sentence s : sentences) {
            Optional<String> place = Zones.zonePlaceIn(s.text());
            if (place.isPresent()) {
                return inferred(place.get(), "the post");
            }
        }
        for (Optional<String> siteText : List.of(input.site().title(), input.site().description())) {
            Optional<String> place = siteText.flatMap(Zones::zonePlaceIn);
            if (place.isPresent()) {
                return inferred(place.get(), "the site's description");
            }
        }
        diagnostics.add(Diagnostic.warning(input.source(), line, 1, "the event has a time of day but no time zone "
                + "is known (no timezone key, site timezone or city); UTC assumed").withKey("timezone"));
        return Map.entry(ZoneOffset.UTC, Provenance.defaulted("no zone known; UTC assumed"));
    }

    private static Map.Entry<ZoneId, Provenance> inferred(String place, String where) {
        ZoneId z = Zones.of(place).orElse(ZoneOffset.UTC);
        return Map.entry(z, Provenance.defaulted("zone inferred from " + place + " named in " + where));
    }

    /** Drafts to talks, with one {@link Speaker} per person across the post (linked mentions give the links). */
    private static List<Talk> toTalks(List<TalkDraft> drafts) {
        Map<String, Speaker> people = new LinkedHashMap<>();
        for (TalkDraft d : drafts) {
            for (TalkDraft.Person p : d.speakers()) {
                String key = personKey(people, p.name());
                Speaker s = people.getOrDefault(key, Speaker.of(p.name()));
                if (p.profileUrl().isPresent()) {
                    Optional<Link> link = Names.link(p.profileUrl().get(), p.name());
                    if (link.isPresent()) {
                        s = s.withLink(link.get().withLabel(p.name()));
                    }
                }
                if (p.name().length() > s.name().length() && Names.samePerson(p.name(), s.name())
                        && s.links().isEmpty()) {
                    s = Speaker.of(p.name(), s.links());
                }
                people.put(key, s);
            }
        }
        List<Talk> out = new ArrayList<>();
        for (TalkDraft d : drafts) {
            Talk.Builder b = Talk.builder().kind(d.kind()).provenance(Provenance.prose(d.line()));
            d.title().ifPresent(b::title);
            Set<String> seen = new HashSet<>();
            for (TalkDraft.Person p : d.speakers()) {
                Speaker s = people.get(personKey(people, p.name()));
                if (seen.add(s.identity())) {
                    b.speaker(s);
                }
            }
            for (String url : d.links()) {
                Names.link(url, url).map(l -> Link.of(l.url())).ifPresent(b::link);
            }
            try {
                out.add(b.build());
            } catch (IllegalArgumentException ignored) {
                // a draft with neither title nor speaker is not a talk
            }
        }
        return out;
    }

    private static String personKey(Map<String, Speaker> people, String name) {
        for (String k : people.keySet()) {
            if (Names.samePerson(k, name)) {
                return k;
            }
        }
        return name;
    }

    private static Optional<Organizer> organizer(ExtractionInput input, List<Link> community) {
        Optional<Organizer> site = input.site().organizer();
        if (community.isEmpty()) {
            return site;
        }
        List<Link> links = new ArrayList<>(site.map(Organizer::links).orElse(List.of()));
        Set<String> known = new HashSet<>();
        links.forEach(l -> known.add(l.identity()));
        for (Link l : community) {
            if (known.add(l.identity())) {
                links.add(l);
            }
        }
        String name = site.map(Organizer::name).orElseGet(() -> groupNameFrom(community));
        return Optional.of(new Organizer(name, site.flatMap(Organizer::url), links));
    }

    /**
     * A name for a group whose site has no title, from its own channels: the Meetup group's slug
     * ("lakeside-python-users" reads "lakeside python users"), else the Twitter handle, else a host name.
     */
    private static String groupNameFrom(List<Link> community) {
        for (LinkKind kind : List.of(LinkKind.MEETUP, LinkKind.TWITTER)) {
            for (Link l : community) {
                String path = l.url().getRawPath() == null ? "" : trimSlashes(l.url().getRawPath());
                if (l.kind() == kind && !path.isEmpty() && !path.contains("/")) {
                    return kind == LinkKind.MEETUP ? path.replace('-', ' ') : "@" + path;
                }
            }
        }
        return community.get(0).url().getHost() != null ? community.get(0).url().getHost()
                : community.get(0).url().toString();
    }

    private static int lineOfLink(List<ProseBlock> blocks, Link link) {
        for (ProseBlock b : blocks) {
            for (var s : b.links()) {
                if (s.url().equals(link.url().toString())) {
                    return b.line();
                }
            }
        }
        return 1;
    }
}
