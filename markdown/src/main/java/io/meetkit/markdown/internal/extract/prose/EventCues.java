package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentence-level cues the event extractor weighs, read from tokens with the trigger index ({@link Triggers})
 * so that a sentence without the words costs one bit test:
 * <ul>
 *   <li>{@link #isDateLabel}: "Date: Saturday, 5 March" (a label line wins over a date said in passing);</li>
 *   <li>{@link #aboutOtherEvent}: "the CFP closes on 5 May", "our next meetup is on 3 June";</li>
 *   <li>{@link #isOtherEventsHeading}: "Upcoming Community Events", "Elsewhere", "Around the web";</li>
 *   <li>{@link #isEventish}: "The meetup took place on 5 March";</li>
 *   <li>{@link #isOnline}: "We met on Zoom", "the session was live streamed";</li>
 *   <li>{@link #isMeetingUrl}: a Zoom, Google Meet, Teams, Jitsi, Whereby or StreamYard room.</li>
 * </ul>
 */
public final class EventCues {

    private static final Phrases OTHER_EVENT = Phrases.of(WordClass.OTHER_EVENT);
    private static final Phrases OTHER_EVENTS_HEADING = Phrases.of(WordClass.OTHER_EVENTS_HEADING);
    private static final Phrases EVENTISH = Phrases.of(WordClass.EVENTISH);
    private static final Phrases ONLINE = Phrases.of(WordClass.ONLINE_PHRASE);
    private static final Phrases GATHERING = Phrases.of(WordClass.GATHERING);
    private static final Phrases RECAP = Phrases.of(WordClass.RECAP);
    private static final long DATE_LABEL_BIT = Triggers.bit(WordClass.DATE_LABEL);
    private static final long OTHER_EVENT_BIT = Triggers.bit(WordClass.OTHER_EVENT);
    private static final long EVENTISH_BIT = Triggers.bit(WordClass.EVENTISH);
    private static final long ONLINE_BIT = Triggers.bit(WordClass.ONLINE_PHRASE);
    private static final List<String> MEETING_HOSTS = List.of("zoom.us/j/", "meet.google.com/", "teams.microsoft.com/",
            "meet.jit.si/", "whereby.com/", "streamyard.com/");

    private EventCues() {
    }

    /** Whether the sentence has a number-like token, which every date needs. */
    public static boolean mayHoldDate(Sentence s) {
        return s.has(Triggers.DIGITS);
    }

    /** "Date: …" or "When: …", after nothing but marks. */
    public static boolean isDateLabel(Sentence s) {
        if (!s.has(DATE_LABEL_BIT)) {
            return false;
        }
        List<Token> tk = s.tokens();
        int i = 0;
        while (i < tk.size() && (tk.get(i).kind() == Token.Kind.PUNCT || tk.get(i).kind() == Token.Kind.QUOTE)
                && !tk.get(i).is('_')) {
            i++;
        }
        return i + 1 < tk.size() && tk.get(i).kind() == Token.Kind.WORD
                && Lexicon.is(WordClass.DATE_LABEL, tk.get(i).lower()) && tk.get(i + 1).is(':');
    }

    /** Whether the sentence is about another event: a next meetup, a call for papers, a deadline. */
    public static boolean aboutOtherEvent(Sentence s) {
        return s.has(OTHER_EVENT_BIT) && OTHER_EVENT.in(s.tokens());
    }

    /** Whether a title is about another event: "Call for proposals", "Next meetup: 3 June". */
    public static boolean aboutOtherEvent(String title) {
        return OTHER_EVENT.in(tokens(title));
    }

    /**
     * Whether the sentence names a gathering or what people do at one: "the meetup", "two talks", "we got
     * together", "a hack night".
     */
    public static boolean namesGathering(Sentence s) {
        return GATHERING.in(s.tokens());
    }

    /** Whether a title names a gathering: "June meetup", "Hack Night Aug 27th", "Workshop: Testing". */
    public static boolean namesGathering(String title) {
        return GATHERING.in(tokens(title));
    }

    /**
     * Whether a title says the post looks back on a gathering: "Notes from May meetup", "June Meetup Recap". Notes
     * that are a talk's subject ("Release notes night", "Speaker notes for beginners") are not.
     */
    public static boolean namesRecap(String title) {
        List<Token> tk = tokens(title);
        for (int i = RECAP.find(tk, 0); i >= 0; i = RECAP.find(tk, i + 1)) {
            if (!tk.get(i).isWord("notes") || i == 0 || !Lexicon.is(WordClass.NOT_RECAP_NOTES, tk.get(i - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> tokens(String line) {
        return new ProseBlock(ProseBlock.Kind.HEADING, 1, line, 1, List.of(), -1, "", "", Optional.empty()).tokens();
    }

    /** Whether the heading is over other groups' events or deadlines: "Upcoming Python Events", "Elsewhere". */
    public static boolean isOtherEventsHeading(String heading) {
        if (heading.isEmpty()) {
            return false;
        }
        List<Token> tk = tokens(heading);
        if (OTHER_EVENTS_HEADING.in(tk)) {
            return true;
        }
        boolean opener = false;
        for (Token t : tk) {
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            if (opener && Lexicon.is(WordClass.OTHER_EVENTS_NOUN, t.lower())) {
                return true;
            }
            opener |= Lexicon.is(WordClass.OTHER_EVENTS_OPENER, t.lower());
        }
        return false;
    }

    /** Whether the sentence speaks of an event: "meetup", "held", "took place", "workshop". */
    public static boolean isEventish(Sentence s) {
        return s.has(EVENTISH_BIT) && EVENTISH.in(s.tokens());
    }

    /** Whether the sentence says the event is online, and is not about a next one. */
    public static boolean isOnline(Sentence s) {
        return s.has(ONLINE_BIT) && ONLINE.in(s.tokens()) && !s.text().toLowerCase(Locale.ROOT).contains("next");
    }

    /** Whether the URL is a video-meeting room: "https://us02web.zoom.us/j/123", "https://meet.jit.si/abc". */
    public static boolean isMeetingUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int rest = u.startsWith("https://") ? 8 : u.startsWith("http://") ? 7 : -1;
        if (rest < 0) {
            return false;
        }
        if (startsWithHost(u, rest)) {
            return true;
        }
        // One sub-domain of letters, digits, "_" or "-" may come first.
        int i = rest;
        while (i < u.length() && (Character.isLetterOrDigit(u.charAt(i)) || u.charAt(i) == '_' || u.charAt(i) == '-')) {
            i++;
        }
        return i > rest && i < u.length() && u.charAt(i) == '.' && startsWithHost(u, i + 1);
    }

    private static boolean startsWithHost(String u, int at) {
        for (String host : MEETING_HOSTS) {
            if (u.startsWith(host, at)) {
                return true;
            }
        }
        return false;
    }
}
