package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the venue where a post names its host or gives an address block, phrases {@link VenueFinder} does not
 * read: "Thanks to Acme for hosting us", "our venue host: Acme Hall", "hosted by venue sponsor Acme", "Find us at
 * Acme bar", "Meet us at Acme", "the room was kindly donated by Ana Silva of Acme", an "@Acme" line over a street
 * address, and an "Acme Hall, 12 Main Street" line. Consulted only when {@link VenueFinder} finds nothing.
 */
public final class HostVenueFinder {

    private static final Pattern THANKS = Pattern.compile(
            "(?i)\\bthanks?(?:\\s++you)?(?:\\s++(?:so\\s++)?(?:much|again))?\\s*+,?\\s*+(?:to\\s++)?(?:the\\s++)?");
    /** What the thanked host did; read within a short distance after the thanks. */
    private static final Pattern FOR_HOSTING = Pattern.compile("(?i)\\bfor\\s++(?:kindly\\s++)?(?:hosting"
            + "|(?:providing|lending|offering|sponsoring)\\s++(?:us\\s++)?(?:the|their|a)\\s++(?:venue|space|room))\\b");
    private static final Pattern VENUE_HOST = Pattern.compile(
            "(?i)\\bvenue\\s++(?:host|sponsor|partner)s?\\b(?:\\s*+[:,–—-])?\\s*+(?:the\\s++)?");
    private static final Pattern FIND_US_AT = Pattern.compile("(?i)\\b(?:find|meet)\\s++us\\s++at\\s++(?:the\\s++)?");
    private static final Pattern SPACE_GIVEN_BY = Pattern.compile("(?i)\\b(?:venue|space|room|premises|location)"
            + "\\s++(?:was|were|is|will\\s++be)\\s++(?:\\p{L}+ly\\s++)?(?:donated|provided|sponsored|offered|given"
            + "|lent)\\s++by\\s++(?:by\\s++)?(?:the\\s++)?");
    private static final Pattern PERSON_OF = Pattern.compile("^(?<person>.+?)\\s++of\\s++(?<org>\\S.*)$");
    private static final Pattern AT_NAME_LINE = Pattern.compile("^@\\s?+(?<name>[\\p{Lu}\\d][^@\\n]{0,59})$");
    private static final Pattern STREET_NUMBER = Pattern.compile("^\\d{1,5}(?:\\s++\\d/\\d)?+[a-zA-Z]?,?\\s++\\S.*");
    private static final String STREET = "(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way"
            + "|Pl|Place|Sq|Square|Pkwy|Parkway|Hwy|Highway)\\.?";
    private static final Pattern NAME_COMMA_STREET = Pattern.compile("^(?<name>[\\p{Lu}][\\p{L}\\d&'’. -]{1,50}?),"
            + "\\s*+(?<address>\\d{1,5}[a-zA-Z]?\\s++(?:[\\p{L}\\d.'-]++\\s++){1,4}?" + STREET + "(?:,.*)?)$");
    private static final Pattern NAME_LINE = Pattern.compile(
            "^(?:The\\s++)?[\\p{Lu}\\d][\\p{L}\\d&'’.-]*+(?:\\s++[\\p{Lu}\\d&][\\p{L}\\d&'’.-]*+){0,5}$");
    private static final Pattern STREET_LINE = Pattern.compile(
            "^\\d{1,5}(?:\\s++\\d/\\d)?+[a-zA-Z]?\\s++(?:[\\p{L}\\d.'-]++\\s++){1,4}?" + STREET + ",?$");
    private static final Set<String> NOT_HOSTS = Set.of("us", "you", "them", "everyone", "all", "everybody");

    private HostVenueFinder() {
    }

    /** The first venue named by one of the phrases above, with the line it is on. */
    public static Optional<Found<Venue>> find(List<ProseBlock> blocks, Optional<String> group) {
        for (ProseBlock b : blocks) {
            if (b.kind() == ProseBlock.Kind.CODE || b.kind() == ProseBlock.Kind.IMAGE) {
                continue;
            }
            Optional<Found<Venue>> lines = fromLines(b);
            if (lines.isPresent()) {
                return lines;
            }
            List<Sentence> sentences = Sentence.split(b);
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                Optional<Sentence> next = i + 1 < sentences.size() ? Optional.of(sentences.get(i + 1))
                        : Optional.empty();
                Optional<Venue> v = fromSentence(s, next).filter(x -> x.name().isPresent()
                        && group.filter(g -> g.equalsIgnoreCase(x.name().get())).isEmpty()
                        && !NOT_HOSTS.contains(x.name().get().toLowerCase(java.util.Locale.ROOT)));
                if (v.isPresent()) {
                    return Optional.of(new Found<>(v.get(), s.line()));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code next}: a line break before a capitalised name ends a sentence, so the cue may end the one before. */
    private static Optional<Venue> fromSentence(Sentence s, Optional<Sentence> next) {
        String text = s.text();
        Matcher thanks = THANKS.matcher(text);
        while (thanks.find()) {
            Matcher forHosting = FOR_HOSTING.matcher(text);
            if (forHosting.find(thanks.end()) && forHosting.start() - thanks.end() <= 60) {
                Optional<Venue> v = VenueFinder.candidate(s, thanks.end());
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        for (Pattern cue : List.of(VENUE_HOST, FIND_US_AT)) {
            Matcher m = cue.matcher(text);
            if (m.find()) {
                Optional<Venue> v = m.end() >= text.stripTrailing().length()
                        ? next.flatMap(n -> VenueFinder.candidate(n, 0)) : VenueFinder.candidate(s, m.end());
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        Matcher given = SPACE_GIVEN_BY.matcher(text);
        if (given.find()) {
            return VenueFinder.candidate(s, given.end()).map(HostVenueFinder::organisationOfPerson);
        }
        return Optional.empty();
    }

    /** "Ana Silva of Acme": the person gave the room on behalf of the organisation, which is the venue. */
    private static Venue organisationOfPerson(Venue v) {
        if (v.name().isEmpty()) {
            return v;
        }
        Matcher m = PERSON_OF.matcher(v.name().get());
        if (m.matches() && Names.isPersonName(m.group("person"), Set.of())) {
            return v.toBuilder().name(m.group("org")).build();
        }
        return v;
    }

    /** An "@Acme" line or a name line over a street address, or one "Acme Hall, 12 Main Street" line. */
    private static Optional<Found<Venue>> fromLines(ProseBlock b) {
        if (b.kind() == ProseBlock.Kind.HEADING) {
            return Optional.empty();
        }
        String[] lines = b.text().split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            Matcher at = AT_NAME_LINE.matcher(line);
            String name = null;
            if (at.matches() && STREET_NUMBER.matcher(next).matches()) {
                name = Trim.end(at.group("name").strip(), ",", false, false).strip();
            } else if (NAME_LINE.matcher(line).matches() && STREET_LINE.matcher(next).matches()) {
                name = line;
            }
            if (name != null) {
                List<String> address = new ArrayList<>();
                for (int k = i + 1; k < lines.length && !lines[k].isBlank(); k++) {
                    String l = lines[k].strip();
                    address.add(l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
                }
                return Optional.of(new Found<>(venue(name, String.join(", ", address)), b.lineOf(offset)));
            }
            Matcher one = NAME_COMMA_STREET.matcher(line);
            if (one.matches()) {
                return Optional.of(new Found<>(venue(one.group("name").strip(), one.group("address").strip()),
                        b.lineOf(offset)));
            }
            offset += lines[i].length() + 1;
        }
        return Optional.empty();
    }

    private static Venue venue(String name, String address) {
        Venue.Builder vb = Venue.builder().name(name).streetAddress(address);
        Zones.placeIn(address).ifPresent(vb::locality);
        return vb.build();
    }
}
