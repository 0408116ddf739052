package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;

/**
 * Finds where an event took place: a "Venue: ..." line, "the venue was the office of X", "X gave us the venue",
 * "X hosted us", and "held/happened/hosted/organised ... at X, City" or "... in X office". The name is the place as
 * written without a generic "office"; a known city after it becomes the locality, other words the address.
 */
public final class VenueFinder {

    /** A "Where:" value that names no place: "Online across time zones", "Anywhere! This is remote", "IRC". */
    private static final List<String> NO_PLACE = List.of("online", "anywhere", "remote", "virtually", "virtual",
            "internet", "the web", "irc", "slack", "discord", "zoom", "tbd", "tba", "to be announced",
            "to be decided", "to be confirmed");
    private static final List<String> LABELS = List.of("venue", "location", "where", "place", "address");
    private static final Phrases VENUE_VERB = Phrases.of(WordClass.VENUE_VERB);
    private static final Phrases GAVE_VENUE = Phrases.of(WordClass.GAVE_VENUE);
    private static final Phrases HOST_VERB = Phrases.of(WordClass.HOST_VERB);
    private static final long CUES = Triggers.bit(WordClass.VENUE_VERB) | Triggers.bit(WordClass.GAVE_VENUE)
            | Triggers.bit(WordClass.HOST_VERB) | Triggers.bit(Token.Kind.CLOCK);
    private static final Set<String> NOT_NAMES = Set.copyOf(java.util.List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "python", "the", "this", "our", "a", "an", "which", "we", "it", "they", "he", "she",
            "you", "i", "there", "here", "their", "his", "her", "its", "my", "your", "collaboration",
            "addition", "case", "person", "total", "order", "between", "front", "time", "general", "short", "spite"));

    private VenueFinder() {
    }

    /** The venue and, when its link is not a map, the link. */
    public static Optional<Found<Venue>> find(List<ProseBlock> blocks, Optional<String> group) {
        // "a meetup in Southampton" names the city only: the rest of its paragraph or the next one may still name
        // the place in it ("Come and meet us in The Vestry"). Further on, a named place is another story.
        Found<Venue> cityOnly = null;
        int cityBlock = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (cityOnly != null && i > cityBlock + 1) {
                return Optional.of(cityOnly);
            }
            ProseBlock b = blocks.get(i);
            if (b.kind() == ProseBlock.Kind.CODE || b.kind() == ProseBlock.Kind.IMAGE) {
                continue;
            }
            String whole = b.text();
            int label = b.kind() == ProseBlock.Kind.HEADING ? -1 : labelValue(whole, 0, whole.length());
            if (label >= 0 && !namesNoPlace(value(whole.replace('\n', ' '), label))) {
                Optional<Venue> v = fromLabel(b, label, value(whole.replace('\n', ' '), label))
                        .filter(VenueFinder::plausible);
                if (v.isPresent()) {
                    return Optional.of(new Found<>(withAddressBlock(v.get(), blocks, i), b.line()));
                }
            }
            Optional<Found<Venue>> line = (b.kind() == ProseBlock.Kind.HEADING ? Optional.<Found<Venue>>empty()
                    : labelLine(b)).filter(f -> plausible(f.value()));
            if (line.isPresent()) {
                return Optional.of(new Found<>(withAddressBlock(line.get().value(), blocks, i), line.get().line()));
            }
            for (Sentence s : Sentence.split(b)) {
                if (!s.has(CUES)) {
                    continue; // no verb, "venue" or host word: nothing below can match
                }
                Optional<Venue> v = fromSentence(s, group).filter(x -> x.name().map(n -> !isGroup(n, group))
                        .orElse(true)).filter(VenueFinder::plausible);
                if (v.isPresent() && v.get().name().isEmpty()) {
                    if (cityOnly == null) {
                        cityOnly = new Found<>(v.get(), s.line());
                        cityBlock = i;
                    }
                } else if (v.isPresent()) {
                    Venue named = v.get();
                    if (cityOnly != null && named.locality().isEmpty() && cityOnly.value().locality().isPresent()) {
                        named = named.toBuilder().locality(cityOnly.value().locality().get()).build();
                    }
                    return Optional.of(new Found<>(withAddressBlock(named, blocks, i), s.line()));
                }
            }
        }
        return Optional.ofNullable(cityOnly);
    }

    /** A "Where: ..." line among other lines of a block ("When: ...\nWhere: Acme Hall, Pune"). */
    private static Optional<Found<Venue>> labelLine(ProseBlock b) {
        String text = b.text();
        if (text.indexOf('\n') < 0) {
            return Optional.empty();
        }
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            int label = labelValue(text, from, to);
            if (label >= 0 && !namesNoPlace(value(text.substring(0, to), label))) {
                Optional<Venue> v = fromLabel(b, label, value(text.substring(0, to), label));
                if (v.isPresent()) {
                    return Optional.of(new Found<>(v.get(), b.lineOf(from)));
                }
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return Optional.empty();
    }

    private static Optional<Venue> fromLabel(ProseBlock b, int offset, String value) {
        String v = Trim.end(value.strip(), "*_", false, false).strip();
        Optional<String> url = Optional.empty();
        for (Span link : b.links()) {
            if (link.start() >= offset) {
                url = Optional.of(link.url());
                break;
            }
        }
        List<String> parts = new ArrayList<>(NameScan.commaParts(v));
        if (parts.size() > 1 && parts.get(0).strip().equalsIgnoreCase("in person")) {
            parts.remove(0); // "Where: In person, room 2-49 in the Computing Centre. Live online via …"
            int stop = parts.get(0).indexOf(". ");
            if (stop > 0) {
                parts.set(0, parts.get(0).substring(0, stop));
            }
        }
        if (parts.isEmpty() || parts.get(0).isBlank()) {
            return Optional.empty();
        }
        Venue.Builder vb = Venue.builder().name(clean(parts.get(0)));
        List<String> rest = new ArrayList<>();
        String city = null;
        for (int k = 1; k < parts.size(); k++) {
            rest.add(parts.get(k));
            if (Zones.isPlace(Trim.end(parts.get(k), ".-", true, true)) && city == null) {
                city = Trim.end(parts.get(k), ".-", true, true).strip();
            }
        }
        if (city != null) {
            vb.locality(city);
        }
        if (!rest.isEmpty()) {
            vb.streetAddress(String.join(", ", rest));
        }
        url.flatMap(VenueFinder::uri).ifPresent(vb::url);
        return Optional.of(vb.build());
    }

    private static boolean isGroup(String name, Optional<String> group) {
        return group.filter(g -> g.equalsIgnoreCase(name.strip())).isPresent();
    }

    /**
     * The value of a "Venue: …" label in {@code text[from, to)}: the offset where the value starts, or -1. The label
     * (one of {@link #LABELS}, any case) opens the line after white space and is followed by a colon; the value is
     * what follows the colon and its spaces, and may not be empty.
     */
    static int labelValue(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        for (String label : LABELS) {
            if (!text.regionMatches(true, i, label, 0, label.length())) {
                continue;
            }
            int j = i + label.length();
            while (j < to && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j >= to || text.charAt(j) != ':') {
                continue;
            }
            int v = j + 1;
            while (v < to && Character.isWhitespace(text.charAt(v))) {
                v++;
            }
            // A value of spaces only is one space, as the pattern this replaces read it.
            return v < to ? v : v > j + 1 ? to - 1 : -1;
        }
        return -1;
    }

    /** The label's value from {@code at} to the end of {@code text}. */
    private static String value(String text, int at) {
        return text.substring(at);
    }

    /** Whether a "Where:" value names no place: "Online", "TBA", "to be announced". */
    private static boolean namesNoPlace(String value) {
        int i = 0;
        while (i < value.length() && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == '*'
                || value.charAt(i) == '_')) {
            i++;
        }
        for (String w : NO_PLACE) {
            int end = i + w.length();
            if (value.regionMatches(true, i, w, 0, w.length()) && (end == value.length()
                    || !Character.isLetterOrDigit(value.charAt(end)) && value.charAt(end) != '_')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A venue named in a sentence holding a cue ({@link WordClass#VENUE_VERB}, {@link WordClass#GAVE_VENUE},
     * {@link WordClass#HOST_VERB}): "The venue was the office of Acme", "Acme provided us the venue", "Acme hosted
     * us", "The meetup was held at Acme Hall, Pune", "hosted by Acme".
     */
    private static Optional<Venue> fromSentence(Sentence s, Optional<String> group) {
        String text = s.text();
        List<Token> tk = s.tokens();
        int was = venueWas(s);
        if (was >= 0) {
            Optional<Venue> v = candidate(s, was);
            if (v.isPresent()) {
                return v;
            }
        }
        if (GAVE_VENUE.in(tk)) {
            Optional<Venue> v = candidate(s, 0);
            if (v.isPresent()) {
                return v;
            }
        }
        int[] host = hostAtStart(s);
        if (host != null) {
            String name = text.substring(host[0], host[1]);
            if (!Zones.isPlace(name) && !isGroup(name, group)) {
                Optional<Venue> v = candidate(s, host[0]);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        int cue = VENUE_VERB.find(tk, 0);
        if (cue < 0) {
            cue = clockThenAt(tk); // "Meeting March 20 from 11:30am - 12:30pm at [the Div](…)"
        }
        if (cue < 0 || text.toLowerCase(Locale.ROOT).contains("next meetup")) {
            return Optional.empty();
        }
        int cueAt = offset(s, cue);
        String city = null;
        for (int k = cue; k < tk.size(); k++) {
            Token at = tk.get(k);
            if (!at.isWord("at") && !at.isWord("in") || k + 1 >= tk.size()) {
                continue;
            }
            int atStart = offset(s, k);
            if (atStart - cueAt > 80) {
                break;
            }
            // The place follows its verb closely: "held at X", "was in X office", "organised ... on DATE at X".
            // "the" is skipped unless a link starts with it ("at [the Div](…)": the link's text is the name).
            int after = tk.get(k + 1).isWord("the") && k + 2 < tk.size() && !linkStartsAt(s, tk.get(k + 1))
                    ? k + 2 : k + 1;
            int atEnd = offset(s, after);
            Optional<Venue> v = candidate(s, atEnd);
            // "in X" names a place when a verb of meeting leads to it, or when X stands in a known city ("meet us
            // in The Vestry in Southampton"); otherwise it is as often a topic ("interested in Rust").
            if (v.isPresent() && at.isWord("in") && v.get().name().isPresent() && !inCity(s.text(), atEnd, v.get())
                    && !inIsVenue(s, atStart, atEnd)) {
                v = Optional.empty();
            }
            if (v.isPresent()) {
                if (v.get().name().isPresent()) {
                    return v;
                }
                city = city == null ? v.get().locality().orElse(null) : city;
            }
            k = after - 1;
        }
        int hostedBy = hostedBy(tk);
        if (hostedBy >= 0) {
            Optional<Venue> v = candidate(s, offset(s, hostedBy));
            if (v.isPresent() && v.get().name().isPresent() && !isGroup(v.get().name().get(), group)) {
                return v;
            }
        }
        return city == null ? Optional.empty() : Optional.of(Venue.builder().locality(city).build());
    }

    /**
     * A clock time directly followed by "at" ("from 6:30pm at Acme Hall", "11:30 am at the Div"): the index of the
     * clock token, or -1. A time then "at" says where the event is as a verb would.
     */
    private static int clockThenAt(List<Token> tk) {
        for (int i = 0; i + 1 < tk.size(); i++) {
            if (tk.get(i).kind() != Token.Kind.CLOCK) {
                continue;
            }
            int j = i + 1;
            if (j + 1 < tk.size() && (tk.get(j).isWord("am") || tk.get(j).isWord("pm"))) {
                j++;
            }
            if (tk.get(j).isWord("at")) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a link of the sentence starts at the token. */
    private static boolean linkStartsAt(Sentence s, Token t) {
        int at = t.start() - s.start();
        for (Span span : s.spans()) {
            if (span.kind() == Span.Kind.LINK && span.start() == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a venue read from prose can be a place: not a web address standing as its name, not a person linked
     * to a profile ("hosted by [Ann](https://twitter.com/ann)"), and not a chat or video room ("join us in
     * [PyLadies Slack](…)").
     */
    static boolean plausible(Venue v) {
        if (v.name().isEmpty()) {
            return true;
        }
        String name = v.name().get().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")) {
            return false;
        }
        if (v.url().map(u -> Names.isProfileUrl(u.toString())).orElse(false)) {
            return false;
        }
        List<String> words = NameScan.words(name);
        return words.isEmpty() || !ROOMS_ONLINE.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
    }

    /** Last words of a name that make it a room online rather than a place. */
    private static final Set<String> ROOMS_ONLINE = Set.of("slack", "discord", "zoom", "irc", "gitter", "matrix",
            "webex", "jitsi", "online");

    /** Token {@code k}'s offset in the sentence's text (the text's end for {@code k} past the last token). */
    private static int offset(Sentence s, int k) {
        List<Token> tk = s.tokens();
        return k < tk.size() ? tk.get(k).start() - s.start() : s.end() - s.start();
    }


    /**
     * "the venue was the office of X", "venue for the evening is at the main campus of X": the offset right after
     * "of", or -1. No full stop may stand between "venue" and its verb.
     */
    private static int venueWas(Sentence s) {
        List<Token> tk = s.tokens();
        String block = s.block().text();
        for (int v = 0; v < tk.size(); v++) {
            if (!Phrases.isWord(tk.get(v), "venue")) {
                continue;
            }
            int scanned = tk.get(v).end(); // the text up to here holds no '.' since the cue
            for (int j = v + 1; j < tk.size(); j++) {
                int next = tk.get(j).start();
                if (hasFullStop(block, scanned, next)) {
                    break;
                }
                scanned = Math.max(scanned, next);
                int k = tk.get(j).isWord("was") || tk.get(j).isWord("is") ? j + 1
                        : tk.get(j).isWord("will") && j + 1 < tk.size() && tk.get(j + 1).isWord("be") ? j + 2 : -1;
                if (k < 0) {
                    continue;
                }
                if (k < tk.size() && tk.get(k).isWord("at")) {
                    k++;
                }
                if (k < tk.size() && tk.get(k).isWord("the")) {
                    k++;
                }
                for (int skip = 0; skip <= 2 && k + skip + 1 < tk.size(); skip++) {
                    if (skip > 0 && !isAsciiWord(tk.get(k + skip - 1))) {
                        break;
                    }
                    int office = k + skip;
                    if (tk.get(office).kind() == Token.Kind.WORD
                            && Lexicon.is(WordClass.OFFICE_WORD, tk.get(office).lower())
                            && tk.get(office + 1).isWord("of") && office + 2 < tk.size()) {
                        return offset(s, office + 2);
                    }
                }
            }
        }
        return -1;
    }

    /** Whether {@code text} holds a '.' in {@code [from, to)}; each character is looked at once per cue. */
    private static boolean hasFullStop(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * "Acme Labs hosted us", "The Acme Foundation is hosting": one to five capitalised words opening the sentence
     * (after "The") and a host verb in lower case, maybe after "kindly"; the name's offsets, or null.
     */
    private static int[] hostAtStart(Sentence s) {
        List<Token> tk = s.tokens();
        if (tk.isEmpty() || HOST_VERB.find(tk, 0) < 0) {
            return null;
        }
        String text = s.text();
        // The name opens the sentence, perhaps after "The" or a short opening clause ("As before, Acme hosts us").
        int afterClause = -1;
        for (int k = 1; k < Math.min(tk.size(), 4); k++) {
            if (tk.get(k).is(',')) {
                afterClause = k + 1;
                break;
            }
        }
        for (int first : new int[] {tk.get(0).text().equals("The") ? 1 : -1, 0, afterClause}) {
            if (first < 0 || first >= tk.size() || offset(s, 0) != 0) {
                continue;
            }
            int pos = offset(s, first);
            int end = pos;
            int words = 0;
            while (words < 6) {
                int w = nameWordEnd(text, pos);
                if (w == pos) {
                    break;
                }
                end = w;
                words++;
                int next = w;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next == w || next >= text.length() || !Character.isUpperCase(text.charAt(next))) {
                    break;
                }
                pos = next;
            }
            if (words == 0 || words > 5) {
                continue;
            }
            int k = firstTokenFrom(s, end);
            if (k < tk.size() && tk.get(k).start() - s.start() > end && tk.get(k).text().equals("kindly")) {
                k++;
            }
            if (k < tk.size() && tk.get(k).start() - s.start() > end && isLowerHostVerb(tk, k)) {
                return new int[] {offset(s, first), end};
            }
        }
        return null;
    }

    private static boolean isLowerHostVerb(List<Token> tk, int k) {
        int end = HOST_VERB.matchAt(tk, k);
        if (end < 0) {
            return false;
        }
        for (int i = k; i < end; i++) {
            if (!tk.get(i).text().equals(tk.get(i).lower())) {
                return false;
            }
        }
        return end == tk.size() || tk.get(end).kind() != Token.Kind.WORD || tk.get(end).start() > tk.get(end - 1).end();
    }

    /** The end of a capitalised name word at {@code pos}: an upper-case letter, then letters, digits, "&.'-". */
    private static int nameWordEnd(String text, int pos) {
        if (pos >= text.length() || !Character.isUpperCase(text.charAt(pos))) {
            return pos;
        }
        int i = pos + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "&.'-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static int firstTokenFrom(Sentence s, int offset) {
        List<Token> tk = s.tokens();
        int k = 0;
        while (k < tk.size() && tk.get(k).start() - s.start() < offset) {
            k++;
        }
        return k;
    }

    /** "hosted by (the) X", maybe after "kindly": the token where X starts, or -1. */
    private static int hostedBy(List<Token> tk) {
        for (int k = 0; k + 2 < tk.size(); k++) {
            if (tk.get(k).isWord("hosted") && tk.get(k + 1).isWord("by")) {
                return tk.get(k + 2).isWord("the") && k + 3 < tk.size() ? k + 3 : k + 2;
            }
        }
        return -1;
    }

    private static boolean isAsciiWord(Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        for (int i = 0; i < t.text().length(); i++) {
            char c = Character.toLowerCase(t.text().charAt(i));
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** A venue named at {@code offset} of the sentence: a link's text, or a run of capitalised words. */
    static Optional<Venue> candidate(Sentence s, int offset) {
        String text = s.text();
        int officeOf = NameScan.officesOf(text, offset);
        int i = NameScan.skipAdjectives(text, officeOf >= 0 ? officeOf : offset);
        String name = null;
        int end = i;
        Optional<String> url = Optional.empty();
        for (Span link : s.spans()) {
            if (link.kind() == Span.Kind.LINK && link.start() == i) {
                name = text.substring(link.start(), link.end()).strip();
                end = link.end();
                url = Optional.of(link.url());
                break;
            }
        }
        if (name == null) {
            int pos = i;
            List<String> words = new ArrayList<>();
            for (int tEnd = NameScan.nameWordEnd(text, pos); tEnd >= 0; tEnd = NameScan.nameWordEnd(text, pos)) {
                String w = text.substring(pos, tEnd);
                boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) && !words.isEmpty();
                if (!capital && !(words.isEmpty() ? false : Set.of("of", "&", "and", "de", "la").contains(w))) {
                    if (words.isEmpty() && NameScan.officeNext(text, tEnd)) {
                        words.add(w);
                        pos = tEnd;
                        end = pos;
                    }
                    break;
                }
                words.add(Trim.end(w, ".'’", false, false));
                end = pos + Trim.end(w, ".'’", false, false).length();
                pos = tEnd;
                if (pos < text.length() && text.charAt(pos) == ' ') {
                    pos++;
                } else {
                    break;
                }
            }
            while (!words.isEmpty() && Set.of("of", "&", "and", "de", "la").contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            if (words.isEmpty() || NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            name = String.join(" ", words);
        }
        String rest = text.substring(Math.min(end, text.length()));
        int office = NameScan.officeAfter(rest);
        if (office >= 0) {
            rest = rest.substring(office);
        }
        name = NameScan.withoutOffice(name).strip();
        // "Details will be given at the Meetup": the gathering itself is no place.
        if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))
                || name.equalsIgnoreCase("meetup") || name.equalsIgnoreCase("event")) {
            return Optional.empty();
        }
        Venue.Builder vb = Venue.builder();
        String city = null;
        // "Cyware Labs Bangalore": a known city at the end of the name is the locality.
        List<String> words = NameScan.words(name);
        if (words.size() > 1 && Zones.isPlace(words.get(words.size() - 1))) {
            city = words.get(words.size() - 1);
            name = name.substring(0, name.length() - city.length()).strip();
        }
        if (Zones.isPlace(name)) {
            return Optional.of(Venue.builder().locality(name).build());
        }
        vb.name(name);
        int[] paren = NameScan.parenthesis(rest);
        if (paren != null && NameScan.addressLike(rest.substring(paren[0], paren[1]))) {
            String address = rest.substring(paren[0], paren[1]).strip();
            vb.streetAddress(address);
            for (String part : NameScan.commaParts(address)) {
                String p = Trim.end(part, "-", true, true).strip();
                if (city == null && Zones.isPlace(p)) {
                    city = p;
                }
            }
            rest = rest.substring(paren[1] + 1);
        }
        int[] after = NameScan.placeAfter(rest);
        if (after != null) {
            String place = rest.substring(after[0], after[1]).strip();
            if (Zones.isPlace(place)) {
                city = city == null ? place : city;
            } else if (!place.isEmpty() && NameScan.words(place).size() <= 5) {
                vb.streetAddress(place);
            }
        }
        if (city != null) {
            vb.locality(city);
        }
        url.flatMap(VenueFinder::uri).ifPresent(vb::url);
        return Optional.of(vb.build());
    }

    /**
     * "in X" names a venue only right after its verb ("was in X", "held in X"), for a linked name, or for
     * "in X office"; otherwise "themed around AI in Production" would be a place.
     */
    /** Whether the text at {@code from} reads "NAME in CITY", the venue's name and its known city. */
    private static boolean inCity(String text, int from, Venue v) {
        return v.locality().filter(Zones::isPlace)
                .filter(city -> text.startsWith(v.name().orElseThrow() + " in " + city, from)).isPresent();
    }

    private static boolean inIsVenue(Sentence s, int atStart, int atEnd) {
        String text = s.text();
        String before = text.substring(Math.max(0, atStart - 30), atStart).toLowerCase(Locale.ROOT);
        String wider = text.substring(Math.max(0, atStart - 45), atStart).toLowerCase(Locale.ROOT);
        if (NameScan.endsWithVerb(before) || NameScan.endsWithVerbAndDate(wider)) {
            return true;
        }
        for (Span span : s.spans()) {
            if (span.kind() == Span.Kind.LINK && span.start() == atEnd) {
                return true;
            }
        }
        return NameScan.nameThenOffice(text, atEnd);
    }

    private static String clean(String name) {
        return NameScan.withoutOffice(name.strip()).strip();
    }

    private static Venue withAddressBlock(Venue venue, List<ProseBlock> blocks, int index) {
        if (venue.streetAddress().isPresent()) {
            return venue;
        }
        for (int k = index + 1; k < Math.min(blocks.size(), index + 3); k++) {
            ProseBlock b = blocks.get(k);
            if (b.kind() == ProseBlock.Kind.CODE) {
                List<String> lines = new ArrayList<>();
                for (String line : CharSplit.of(b.text(), '\n')) {
                    String l = line.strip();
                    if (l.isEmpty() || isPhoneLine(l)
                            || venue.name().isPresent() && l.toLowerCase(Locale.ROOT)
                            .startsWith(venue.name().get().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    lines.add(l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
                }
                if (lines.isEmpty()) {
                    return venue;
                }
                String address = String.join(", ", lines);
                Venue.Builder vb = venue.toBuilder().streetAddress(address);
                if (venue.locality().isEmpty()) {
                    Zones.placeIn(address).ifPresent(vb::locality);
                }
                return vb.build();
            }
            if (b.kind() != ProseBlock.Kind.HEADING) {
                break;
            }
        }
        return venue;
    }

    /** "Phone: …", "Tel …": a contact line under an address, not part of it. */
    private static boolean isPhoneLine(String line) {
        for (String w : new String[] {"phone", "tel", "fax", "mobile", "ph"}) {
            if (NameScan.wordAt(line, 0, w)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<java.net.URI> uri(String url) {
        return ParsedUrls.uri(url);
    }
}
