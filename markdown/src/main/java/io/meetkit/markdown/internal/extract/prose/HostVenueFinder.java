package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.Venue;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the venue where a post names its host or gives an address block, phrases {@link VenueFinder} does not
 * read: "Thanks to Acme for hosting us", "our venue host: Acme Hall", "hosted by venue sponsor Acme", "Find us at
 * Acme bar", "Meet us at Acme", "the room was kindly donated by Ana Silva of Acme", an "@Acme" line over a street
 * address, and an "Acme Hall, 12 Main Street" line. Consulted only when {@link VenueFinder} finds nothing.
 */
public final class HostVenueFinder {

    private static final Phrases THANKS = Phrases.of(WordClass.THANKS);
    /** What the thanked host did; read within a short distance after the thanks. */
    private static final Phrases FOR_HOSTING = Phrases.of(WordClass.FOR_HOSTING);
    private static final Phrases VENUE_HOST = Phrases.of(WordClass.VENUE_HOST);
    private static final Phrases FIND_US_AT = Phrases.of(WordClass.FIND_US_AT);
    private static final Phrases SPACE_GIVEN_BY = Phrases.of(WordClass.SPACE_GIVEN_BY);
    private static final long CUES = Triggers.bit(WordClass.THANKS) | Triggers.bit(WordClass.VENUE_HOST)
            | Triggers.bit(WordClass.FIND_US_AT) | Triggers.bit(WordClass.SPACE_GIVEN_BY);
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
                if (!s.has(CUES)) {
                    continue; // no thanks, "venue host", "find us at" or "was donated by"
                }
                Optional<Sentence> next = i + 1 < sentences.size() ? Optional.of(sentences.get(i + 1))
                        : Optional.empty();
                Optional<Venue> v = fromSentence(s, next).filter(x -> x.name().isPresent()
                        && group.filter(g -> g.equalsIgnoreCase(x.name().get())).isEmpty()
                        && !NOT_HOSTS.contains(x.name().get().toLowerCase(java.util.Locale.ROOT)))
                        .filter(VenueFinder::plausible);
                if (v.isPresent()) {
                    return Optional.of(new Found<>(v.get(), s.line()));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code next}: a line break before a capitalised name ends a sentence, so the cue may end the one before. */
    private static Optional<Venue> fromSentence(Sentence s, Optional<Sentence> next) {
        List<Token> tk = s.tokens();
        for (int t = THANKS.find(tk, 0); t >= 0; t = THANKS.find(tk, t + 1)) {
            int end = afterThanks(tk, t);
            int hosting = FOR_HOSTING.find(tk, end);
            if (hosting >= 0 && offset(s, hosting) - offset(s, end) <= 60) {
                // "Thanks Ram for the session and Mavenhive for hosting us": the host is the one thanked for it.
                int who = end;
                boolean otherThanks = false;
                for (int k = end; k < hosting; k++) {
                    if (tk.get(k).isWord("for")) {
                        otherThanks = true;
                    } else if (otherThanks && (tk.get(k).isWord("and") || tk.get(k).is(',')) && k + 1 < hosting) {
                        who = skipThe(tk, k + 1);
                    }
                }
                Optional<Venue> v = VenueFinder.candidate(s, offset(s, who));
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        for (Phrases cue : List.of(VENUE_HOST, FIND_US_AT)) {
            int at = cue.find(tk, 0);
            if (at < 0) {
                continue;
            }
            int end = cue.matchAt(tk, at);
            if (cue == FIND_US_AT && end >= tk.size()) {
                continue; // "find us at" needs a place after it
            }
            if (cue == VENUE_HOST && end < tk.size() && isOneOf(tk.get(end), ":,–—-")) {
                end++;
            }
            end = skipThe(tk, end);
            Optional<Venue> v = end >= tk.size() ? next.flatMap(n -> VenueFinder.candidate(n, 0))
                    : VenueFinder.candidate(s, offset(s, end));
            if (v.isPresent()) {
                return v;
            }
        }
        int given = SPACE_GIVEN_BY.find(tk, 0);
        if (given >= 0) {
            int end = SPACE_GIVEN_BY.matchAt(tk, given);
            if (end < tk.size() && tk.get(end).isWord("by")) {
                end++;
            }
            return VenueFinder.candidate(s, offset(s, skipThe(tk, end))).map(HostVenueFinder::organisationOfPerson);
        }
        return Optional.empty();
    }

    /** The token after "thanks", "thank you so much, to the" and the like. */
    private static int afterThanks(List<Token> tk, int t) {
        int k = THANKS.matchAt(tk, t);
        if (k < tk.size() && tk.get(k).isWord("so") && k + 1 < tk.size()
                && (tk.get(k + 1).isWord("much") || tk.get(k + 1).isWord("again"))) {
            k += 2;
        } else if (k < tk.size() && (tk.get(k).isWord("much") || tk.get(k).isWord("again"))) {
            k++;
        }
        if (k < tk.size() && tk.get(k).is(',')) {
            k++;
        }
        if (k + 1 < tk.size() && tk.get(k).isWord("to")) {
            k++;
        }
        return skipThe(tk, k);
    }

    /** Past a "the" that has a word after it. */
    private static int skipThe(List<Token> tk, int k) {
        return k + 1 < tk.size() && tk.get(k).isWord("the") ? k + 1 : k;
    }


    private static boolean isOneOf(Token t, String marks) {
        return t.kind() == Token.Kind.PUNCT && t.text().length() == 1 && marks.indexOf(t.text().charAt(0)) >= 0;
    }

    /** Token {@code k}'s offset in the sentence's text (the text's end for {@code k} past the last token). */
    private static int offset(Sentence s, int k) {
        List<Token> tk = s.tokens();
        return k < tk.size() ? tk.get(k).start() - s.start() : s.end() - s.start();
    }

    /** "Ana Silva of Acme": the person gave the room on behalf of the organisation, which is the venue. */
    private static Venue organisationOfPerson(Venue v) {
        if (v.name().isEmpty()) {
            return v;
        }
        String[] m = NameScan.personOf(v.name().get());
        if (m != null && Names.isPersonName(m[0], Set.of())) {
            return v.toBuilder().name(m[1]).build();
        }
        return v;
    }

    /** An "@Acme" line or a name line over a street address, or one "Acme Hall, 12 Main Street" line. */
    private static Optional<Found<Venue>> fromLines(ProseBlock b) {
        if (b.kind() == ProseBlock.Kind.HEADING || b.text().indexOf('\n') < 0 && b.text().indexOf(',') < 0) {
            return Optional.empty(); // one line without a comma: no address block and no "Name, 12 Street"
        }
        List<String> lines = CharSplit.all(b.text(), '\n');
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
            String name = null;
            boolean streetNext = !next.isEmpty() && Character.isDigit(next.charAt(0));
            String at = streetNext ? AddressLines.atName(line) : null;
            if (at != null && AddressLines.startsWithStreetNumber(next)) {
                name = Trim.end(at.strip(), ",", false, false).strip();
            } else if (streetNext && AddressLines.isNameLine(line) && AddressLines.isStreetLine(next)) {
                name = line;
            }
            if (name != null) {
                List<String> address = new ArrayList<>();
                for (int k = i + 1; k < lines.size() && !lines.get(k).isBlank(); k++) {
                    String l = lines.get(k).strip();
                    address.add(l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
                }
                return Optional.of(new Found<>(venue(name, String.join(", ", address)), b.lineOf(offset)));
            }
            String[] one = AddressLines.nameCommaStreet(line);
            if (one != null) {
                return Optional.of(new Found<>(venue(one[0].strip(), one[1].strip()),
                        b.lineOf(offset)));
            }
            offset += lines.get(i).length() + 1;
        }
        return Optional.empty();
    }

    private static Venue venue(String name, String address) {
        Venue.Builder vb = Venue.builder().name(name).streetAddress(address);
        Zones.placeIn(address).ifPresent(vb::locality);
        return vb.build();
    }
}
