package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.Link;
import io.meetkit.core.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an event took place: a "Venue: ..." line, "the venue was the office of X", "X gave us the venue",
 * "X hosted us", and "held/happened/hosted/organised ... at X, City" or "... in X office". The name is the place as
 * written without a generic "office"; a known city after it becomes the locality, other words the address.
 */
public final class VenueFinder {

    /** A "Where:" value that names no place: "Online across time zones", "Anywhere! This is remote", "IRC". */
    private static final Pattern NO_PLACE = Pattern.compile("(?i)^[\\s*_]*+(?:online|anywhere|remote|virtual(?:ly)?"
            + "|internet|the web|irc|slack|discord|zoom|tbd|tba|to be (?:announced|decided|confirmed))\\b");
    private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(?:venue|location|where|place|address)\\s*:\\s*(?<v>.+)$");
    private static final Pattern VENUE_WAS = Pattern.compile(
            "(?i)\\bvenue\\b[^.]*?\\b(?:was|is|will be)\\s+(?:at\\s+)?(?:the\\s+)?(?:[a-z]+\\s+){0,2}?"
                    + "(?:office|offices|premises|campus|headquarters|hq)\\s+of\\s+");
    private static final Pattern GAVE_VENUE = Pattern.compile(
            "(?i)\\b(?:gave|provided|offered|sponsored|lent)\\s+(?:us\\s+)?(?:the|their|a)\\s+(?:venue|space|premises)\\b");
    private static final Pattern HOSTED_US = Pattern.compile(
            "^(?:The\\s+)?(?<name>[\\p{Lu}][\\p{L}\\d&.'-]*(?:\\s+[\\p{Lu}][\\p{L}\\d&.'-]*){0,4})\\s+(?:kindly\\s+)?"
                    + "(?:hosted|host|hosts|is hosting|was hosting)\\b");
    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(held|happened|met|met up|gathered|convened|join us|hosted|hosting|took place|takes place|organi[sz]ed|organi[sz]ing|conducted|attended"
                    + "|will be|venue|(?:meetup|meet-up|event|session|workshop|sprint|edition)\\s+(?:was|is|were))\\b");
    private static final Pattern HOSTED_BY = Pattern.compile("(?i)\\b(?:kindly\\s+)?hosted\\s+by\\s+(?:the\\s+)?");
    private static final Pattern OFFICES_OF = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:new\\s+|main\\s+|corporate\\s+)?(?:offices?|premises|campus|headquarters|hq)\\s+of\\s+(?:the\\s+)?");
    private static final Pattern AT_IN = Pattern.compile("(?i)\\b(at|in)\\s+(?:the\\s+)?");
    private static final Pattern OFFICE = Pattern.compile(
            "(?i)(?:'s)?\\s+(?:corporate\\s+|new\\s+|main\\s+)?(?:office|offices|campus|premises|headquarters)$");
    // Patterns that were compiled on each call (String.matches, replaceAll, split, Pattern.compile in a method).
    // A search that may start inside a long run of spaces starts at the run's start only ((?<!\\s)), and a run
    // followed by a character outside it is possessive: each character is then read a bounded number of times.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("(?:(?<!\\s)\\s++)?,\\s*+");
    private static final Pattern OFFICE_AFTER = Pattern.compile(
            "(?i)^(?:'s)?\\s++(?:corporate\\s+|new\\s+|main\\s+)?(?:office|offices|campus|premises)\\b");
    private static final Pattern PAREN_ADDRESS = Pattern.compile("^\\s*+\\((?<address>[^()]{3,120})\\)");
    private static final Pattern ADDRESS_LIKE = Pattern.compile(".*(?:\\d|,).*");
    private static final Pattern PLACE_AFTER = Pattern.compile("^(?:,\\s*|\\s+in\\s+)(?<place>[\\p{Lu}][\\p{L}\\d .'-]*?)"
            + "(?=$|[,.;:!?(]|(?<!\\s)\\s++(?:on|at|and|with|for|from|to|where|which|by)\\b)");
    private static final Pattern ENDS_WITH_VERB = Pattern.compile("(?s).*\\b(?:was|is|were|held|happened|took place"
            + "|takes place|hosted|meetup|meet-up|event|attended)\\s*$");
    private static final Pattern ENDS_WITH_VERB_DATE = Pattern.compile("(?s).*\\b(?:held|happened|took place|takes place"
            + "|will be)\\s+(?:on|at)\\s+[\\w\\s,:.]{1,30}$");
    private static final Pattern NAME_THEN_OFFICE = Pattern.compile("(?is)^(?:the\\s+)?[\\p{L}\\d&.'-]+"
            + "(?:\\s+[\\p{Lu}][\\p{L}\\d&.'-]*){0,3}(?:'s)?\\s+(?:office|offices|campus|premises)\\b.*");
    private static final Pattern OFFICE_NEXT = Pattern.compile("(?is)^\\s+(?:office|offices|campus)\\b.*");
    private static final Pattern ADJECTIVES = Pattern.compile("^(?:[a-z]+\\s+){1,2}(?=[\\p{Lu}\\[])");
    private static final Pattern JOINER = Pattern.compile("(?i).*\\b(and|or|of|with|for|to|from|by)\\b.*");
    private static final Pattern PHONE_LINE = Pattern.compile("(?i)^(phone|tel|fax|mobile|ph)\\b.*");
    private static final Set<String> NOT_NAMES = Set.copyOf(java.util.List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "python", "the", "this", "our", "a", "an", "which", "we", "it", "they", "he", "she",
            "you", "i", "there", "here", "collaboration",
            "addition", "case", "person", "total", "order", "between", "front", "time", "general", "short", "spite"));
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d][\\p{L}\\d&.'’-]*");

    private VenueFinder() {
    }

    /** The venue and, when its link is not a map, the link. */
    public static Optional<Found<Venue>> find(List<ProseBlock> blocks, Optional<String> group) {
        for (int i = 0; i < blocks.size(); i++) {
            ProseBlock b = blocks.get(i);
            if (b.kind() == ProseBlock.Kind.CODE || b.kind() == ProseBlock.Kind.IMAGE) {
                continue;
            }
            Matcher label = LABEL.matcher(b.text().replace('\n', ' '));
            if (label.matches() && b.kind() != ProseBlock.Kind.HEADING) {
                Optional<Venue> v = fromLabel(b, label.start("v"), label.group("v"));
                if (v.isPresent()) {
                    return Optional.of(new Found<>(withAddressBlock(v.get(), blocks, i), b.line()));
                }
            }
            Optional<Found<Venue>> line = b.kind() == ProseBlock.Kind.HEADING ? Optional.empty() : labelLine(b);
            if (line.isPresent()) {
                return Optional.of(new Found<>(withAddressBlock(line.get().value(), blocks, i), line.get().line()));
            }
            for (Sentence s : Sentence.split(b)) {
                Optional<Venue> v = fromSentence(s, group).filter(x -> x.name().map(n -> !isGroup(n, group))
                        .orElse(true));
                if (v.isPresent()) {
                    return Optional.of(new Found<>(withAddressBlock(v.get(), blocks, i), s.line()));
                }
            }
        }
        return Optional.empty();
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
            Matcher label = LABEL.matcher(text.substring(from, to));
            if (label.matches() && !NO_PLACE.matcher(label.group("v")).lookingAt()) {
                Optional<Venue> v = fromLabel(b, from + label.start("v"), label.group("v"));
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
        String[] parts = COMMA.split(v);
        if (parts.length == 0 || parts[0].isBlank()) {
            return Optional.empty();
        }
        Venue.Builder vb = Venue.builder().name(clean(parts[0]));
        List<String> rest = new ArrayList<>();
        String city = null;
        for (int k = 1; k < parts.length; k++) {
            rest.add(parts[k]);
            if (Zones.isPlace(Trim.end(parts[k], ".-", true, true)) && city == null) {
                city = Trim.end(parts[k], ".-", true, true).strip();
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

    private static Optional<Venue> fromSentence(Sentence s, Optional<String> group) {
        String text = s.text();
        Matcher was = VENUE_WAS.matcher(text);
        if (was.find()) {
            Optional<Venue> v = candidate(s, was.end());
            if (v.isPresent()) {
                return v;
            }
        }
        if (GAVE_VENUE.matcher(text).find()) {
            Optional<Venue> v = candidate(s, 0);
            if (v.isPresent()) {
                return v;
            }
        }
        Matcher hosted = HOSTED_US.matcher(text);
        if (hosted.find() && !Zones.isPlace(hosted.group("name")) && !isGroup(hosted.group("name"), group)) {
            Optional<Venue> v = candidate(s, hosted.start("name"));
            if (v.isPresent()) {
                return v;
            }
        }
        Matcher cue = CUE.matcher(text);
        if (!cue.find() || text.toLowerCase(Locale.ROOT).contains("next meetup")) {
            return Optional.empty();
        }
        int cueAt = cue.start();
        Matcher at = AT_IN.matcher(text);
        String city = null;
        while (at.find()) {
            // The place follows its verb closely: "held at X", "was in X office", "organised ... on DATE at X".
            if (at.start() < cueAt || at.start() - cueAt > 80) {
                continue;
            }
            Optional<Venue> v = candidate(s, at.end());
            if (v.isPresent() && at.group(1).equalsIgnoreCase("in") && v.get().name().isPresent()
                    && !inIsVenue(s, at)) {
                v = Optional.empty();
            }
            if (v.isPresent()) {
                if (v.get().name().isPresent()) {
                    return v;
                }
                city = city == null ? v.get().locality().orElse(null) : city;
            }
        }
        Matcher hostedBy = HOSTED_BY.matcher(text);
        if (hostedBy.find()) {
            Optional<Venue> v = candidate(s, hostedBy.end());
            if (v.isPresent() && v.get().name().isPresent() && !isGroup(v.get().name().get(), group)) {
                return v;
            }
        }
        return city == null ? Optional.empty() : Optional.of(Venue.builder().locality(city).build());
    }

    /** A venue named at {@code offset} of the sentence: a link's text, or a run of capitalised words. */
    static Optional<Venue> candidate(Sentence s, int offset) {
        String text = s.text();
        Matcher officeOf = OFFICES_OF.matcher(text.substring(offset));
        int i = skipAdjectives(text, officeOf.find() ? offset + officeOf.end() : offset);
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
            Matcher t = TOKEN.matcher(text);
            int pos = i;
            List<String> words = new ArrayList<>();
            while (pos <= text.length() && t.region(pos, text.length()).lookingAt()) {
                String w = t.group();
                boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) && !words.isEmpty();
                if (!capital && !(words.isEmpty() ? false : Set.of("of", "&", "and", "de", "la").contains(w))) {
                    if (words.isEmpty() && isOfficeNext(text, t.end())) {
                        words.add(w);
                        pos = t.end();
                        end = pos;
                    }
                    break;
                }
                words.add(Trim.end(w, ".'’", false, false));
                end = t.start() + Trim.end(w, ".'’", false, false).length();
                pos = t.end();
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
        Matcher office = OFFICE_AFTER.matcher(rest);
        if (office.find()) {
            rest = rest.substring(office.end());
        }
        name = OFFICE.matcher(name).replaceAll("").strip();
        if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Venue.Builder vb = Venue.builder();
        String city = null;
        // "Cyware Labs Bangalore": a known city at the end of the name is the locality.
        String[] words = SPACES.split(name);
        if (words.length > 1 && Zones.isPlace(words[words.length - 1])) {
            city = words[words.length - 1];
            name = name.substring(0, name.length() - city.length()).strip();
        }
        if (Zones.isPlace(name)) {
            return Optional.of(Venue.builder().locality(name).build());
        }
        vb.name(name);
        Matcher paren = PAREN_ADDRESS.matcher(rest);
        if (paren.find() && ADDRESS_LIKE.matcher(paren.group("address")).matches()) {
            String address = paren.group("address").strip();
            vb.streetAddress(address);
            for (String part : COMMA.split(address)) {
                String p = Trim.end(part, "-", true, true).strip();
                if (city == null && Zones.isPlace(p)) {
                    city = p;
                }
            }
            rest = rest.substring(paren.end());
        }
        Matcher after = PLACE_AFTER.matcher(rest);
        if (after.find()) {
            String place = after.group("place").strip();
            if (Zones.isPlace(place)) {
                city = city == null ? place : city;
            } else if (!place.isEmpty() && SPACES.split(place).length <= 5) {
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
    private static boolean inIsVenue(Sentence s, Matcher at) {
        String text = s.text();
        String before = text.substring(Math.max(0, at.start() - 30), at.start()).toLowerCase(Locale.ROOT);
        String wider = text.substring(Math.max(0, at.start() - 45), at.start()).toLowerCase(Locale.ROOT);
        if (ENDS_WITH_VERB.matcher(before).matches() || ENDS_WITH_VERB_DATE.matcher(wider).matches()) {
            return true;
        }
        for (Span span : s.spans()) {
            if (span.kind() == Span.Kind.LINK && span.start() == at.end()) {
                return true;
            }
        }
        return NAME_THEN_OFFICE.matcher(text.substring(at.end())).matches();
    }

    private static boolean isOfficeNext(String text, int pos) {
        return OFFICE_NEXT.matcher(text.substring(pos)).matches();
    }

    private static int skipAdjectives(String text, int offset) {
        // "at the vibrant UrbanVault venue": skip up to two lower-case words before a capitalised one.
        Matcher m = ADJECTIVES.matcher(text.substring(offset));
        if (m.find()) {
            String skipped = m.group().strip();
            if (!JOINER.matcher(skipped).matches()) {
                return offset + m.end();
            }
        }
        return offset;
    }

    private static String clean(String name) {
        return OFFICE.matcher(name.strip()).replaceAll("").strip();
    }

    private static Venue withAddressBlock(Venue venue, List<ProseBlock> blocks, int index) {
        if (venue.streetAddress().isPresent()) {
            return venue;
        }
        for (int k = index + 1; k < Math.min(blocks.size(), index + 3); k++) {
            ProseBlock b = blocks.get(k);
            if (b.kind() == ProseBlock.Kind.CODE) {
                List<String> lines = new ArrayList<>();
                for (String line : b.text().split("\n")) {
                    String l = line.strip();
                    if (l.isEmpty() || PHONE_LINE.matcher(l).matches()
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

    private static Optional<java.net.URI> uri(String url) {
        try {
            return Optional.of(Link.parseUri(url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
