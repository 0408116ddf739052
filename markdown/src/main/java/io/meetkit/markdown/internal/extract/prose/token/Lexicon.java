package io.meetkit.markdown.internal.extract.prose.token;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word list the token rules use, each written once. Words are lower case; a list holds only generic English
 * words about events and speaking, never a topic ("python") or a place.
 */
public final class Lexicon {

    /** The word lists. */
    public enum WordClass {
        MONTH, WEEKDAY, ORDINAL,
        /** Nouns for what a speaker gives: "talk", "presentation", "workshop". */
        TALK_NOUN,
        /** Verbs in the base form that say someone speaks on a topic: "talk", "discuss", "present". */
        SPEAKING_VERB,
        /** The same verbs with "-ing": "talking", "discussing". */
        SPEAKING_VERB_ING,
        /**
         * The "-ing" forms that announce a talk after "is" ("Ana is presenting …"); narrower than
         * {@link #SPEAKING_VERB_ING}, since "Acme is covering the pizza" is no talk.
         */
        SPEAKING_AFTER_IS,
        /** Verbs that take a talk noun as object: "give a talk", "lead a workshop". */
        GIVING_VERB,
        /** Words between a speaking verb and its topic: "about", "on", "through". */
        TOPIC_LEAD,
        /** Adverbs that may sit between "will" and its verb: "will also talk". */
        VERB_ADVERB,
        /** Words that may open a sentence before its subject: "This month Ann will talk …". */
        CLAUSE_OPENER,
        /** Words of a heading over speakers' bios: "About our speakers", "Presenters". */
        SPEAKER_HEADING,
        /** Labels of a field that gives a talk's title: "Title:", "Topic:". */
        TITLE_LABEL,
        /** Labels of a field that names the speaker: "Speaker:", "Presenter:". */
        SPEAKER_LABEL,
        /** Honorifics written before a name: "Dr", "Prof". */
        NAME_PREFIX,
        /** Words for a talk's materials, which are not its title: "the [slides](url) by Ann". */
        RESOURCE,
        /** Words that make a talk a lightning talk: "lightning", "flash". */
        LIGHTNING,
        /** Function words a paraphrased title must not end on: "the", "of", "in". */
        FUNCTION,
        /** Words that make a capitalised phrase a description of people rather than a name: "Multiple Ninjas". */
        NOT_NAME,
        ONLINE, VENUE_CUE, STOP,

        // ---- Prose facts (dates, times, attendance, venues, links): appended by the speed branch. ----
        // An entry with spaces is a phrase of consecutive words; "a|b" is either word at that place, and a word
        // ending in "*" is any word with that start.
        /** The label of a date line: "Date:", "When:". */
        DATE_LABEL,
        /** Words just before a date that make it a deadline: "RSVP by 5 May", "no later than the 3rd". */
        DEADLINE_CUE,
        /** Phrases that put a sentence's date on another event: "next meetup", "call for papers". */
        OTHER_EVENT,
        /** Phrases of a heading over other groups' events: "elsewhere", "around the web". */
        OTHER_EVENTS_HEADING,
        /** The first word of "upcoming … events"-like headings: "upcoming", "regional". */
        OTHER_EVENTS_OPENER,
        /** The last word of "upcoming … events"-like headings: "events", "conferences". */
        OTHER_EVENTS_NOUN,
        /** Words and phrases that make a dated sentence about an event: "meetup", "took place". */
        EVENTISH,
        /** Words that say a post is about a gathering at all: "meetup", "talk", "workshop", "got together". */
        GATHERING,
        /** Words of a title that say the post looks back on a gathering: "Notes from the May meetup", "Recap". */
        RECAP,
        /** Words before "notes" that make them a subject, not a look back: "release notes", "speaker notes". */
        NOT_RECAP_NOTES,
        /** Phrases that say an event is held online: "on zoom", "live stream", "webinar". */
        ONLINE_PHRASE,
        /** Words before a time that make it the start: "starts", "doors open", "from". */
        START_CUE,
        /** Words before a time that make it the end: "ends", "until", "wrapped up". */
        END_CUE,
        /** Words between the two times of a range: "to", "until". */
        RANGE_WORD,
        /** The morning and afternoon markers written after a clock time: "am", "p.m". */
        MERIDIEM,
        /** Words that may lead a time standing alone on its line: "at 6pm", "Time: 18:00". */
        TIME_LEAD,
        /** Phrases that give a head count right after them: "attended by", "turnout of". */
        ATTENDED_BY,
        /** Words that soften a head count: "about", "more than". */
        HEDGE,
        /** Nouns for the people who came: "people", "attendees". */
        ATTENDEE_NOUN,
        /** Words that make a count of people a head count: "attended", "turned up", "there were". */
        ATTENDANCE_CUE,
        /** Phrases near a count that make it something other than who came: "registered", "RSVPs". */
        NOT_ATTENDANCE,
        /** Phrases that invite readers to the group's channels: "follow", "stay in touch". */
        FOLLOW_CUE,
        /** Words of a link's text that make it this event's page: "RSVP", "photos", "recording". */
        EVENT_PAGE_WORD,
        /** Phrases about a later event: "next meetup", "upcoming sessions". */
        LATER_EVENT,
        /** Words that make a sentence about a later event an invitation to the group: "follow", "join". */
        JOIN_WORD,
        /** Verbs and phrases after which a sentence names where the event was: "held", "took place", "met". */
        VENUE_VERB,
        /** Phrases saying someone gave the room: "provided us the venue", "lent their space". */
        GAVE_VENUE,
        /** The verbs after a host's name at a sentence's start: "Acme hosted us", "Acme is hosting". */
        HOST_VERB,
        /** Words for a company's building: "office", "campus", "HQ". */
        OFFICE_WORD,
        /** Phrases that thank: "thanks", "thank you so much". */
        THANKS,
        /** Phrases for what a thanked host did: "for hosting", "for providing the venue". */
        FOR_HOSTING,
        /** Phrases after which the venue host is named: "venue host:", "venue sponsors". */
        VENUE_HOST,
        /** Phrases after which the place is named: "find us at", "meet us at". */
        FIND_US_AT,
        /** Phrases after which the giver of the room is named: "the room was kindly donated by". */
        SPACE_GIVEN_BY,

        // ---- Recap cues (issue #10, TalkFinder's cues on tokens): appended here so other lists merge cleanly. ----
        /** Words that make a recap sentence about a talk or speaking: "talk", "session", "spoke", "presented". */
        RECAP_TALK_WORD,
        /** Nouns that a counted or given talk is named by: "the second talk", "gave a short presentation". */
        RECAP_TALK_NOUN,
        /** Words that may stand for the talk after an ordinal: "the next one", "the last was", "next up". */
        RECAP_AFTER_ORDINAL,
        /** Verbs that give a talk: "gave a talk", "delivered another session". */
        RECAP_GAVE,
        /** Words that may open what was given: "gave a talk", "presented their workshop". */
        RECAP_DETERMINER,
        /** Openings of a sentence that goes on about the talk before it: "She showed …", "The talk was …". */
        RECAP_PRONOUN_SUBJECT,
        /** Openings of a sentence that may give the talk before it its kind: "It was a lightning talk". */
        RECAP_PRONOUN_OR_THIS
        // ---- end of recap cues
    }

    private static final Map<WordClass, Set<String>> WORDS = new EnumMap<>(WordClass.class);

    static {
        put(WordClass.MONTH, "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                "oct", "nov", "dec");
        put(WordClass.WEEKDAY, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
                "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
        put(WordClass.ORDINAL, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "next", "last", "final", "another");
        put(WordClass.TALK_NOUN, "talk", "talks", "presentation", "presentations", "session", "sessions", "workshop",
                "workshops", "keynote", "tutorial", "tutorials", "lecture", "lightning", "demo", "demos");
        put(WordClass.SPEAKING_VERB, "talk", "discuss", "present", "demo", "demonstrate", "speak", "share", "cover",
                "explain", "introduce", "show", "walk", "teach", "explore", "review", "describe");
        put(WordClass.SPEAKING_VERB_ING, "talking", "discussing", "presenting", "demoing", "demonstrating",
                "speaking", "sharing", "covering", "explaining", "introducing", "showing", "walking", "teaching",
                "exploring", "reviewing", "describing");
        put(WordClass.SPEAKING_AFTER_IS, "presenting", "speaking", "talking", "demoing", "demonstrating",
                "discussing");
        put(WordClass.GIVING_VERB, "give", "giving", "deliver", "delivering", "lead", "leading", "run", "running",
                "host", "hosting", "do", "doing");
        put(WordClass.TOPIC_LEAD, "about", "on", "through", "regarding", "around", "us", "you", "everyone");
        put(WordClass.VERB_ADVERB, "also", "briefly", "then", "first", "now", "again", "once", "later", "finally");
        put(WordClass.CLAUSE_OPENER, "then", "also", "next", "finally", "first", "later", "afterwards", "month",
                "week", "time", "today", "tonight", "evening", "afternoon", "morning", "night", "meetup", "meeting",
                "event", "session", "year", "and", "but", "so", "after", "that", "which");
        put(WordClass.SPEAKER_HEADING, "speaker", "speakers", "presenter", "presenters", "instructor", "instructors",
                "bios", "bio", "panelists");
        put(WordClass.TITLE_LABEL, "title", "topic", "talk", "presentation", "session", "workshop");
        put(WordClass.SPEAKER_LABEL, "speaker", "speakers", "presenter", "presenters", "instructor", "instructors",
                "by");
        put(WordClass.NAME_PREFIX, "dr", "mr", "ms", "mrs", "mx", "prof");
        put(WordClass.RESOURCE, "slides", "slide", "deck", "video", "videos", "recording", "recordings", "here",
                "link", "links", "photos", "pictures", "code", "notebook", "repo", "repository", "post", "blog");
        put(WordClass.LIGHTNING, "lightning", "flash", "lightening");
        put(WordClass.FUNCTION, "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or", "by",
                "from", "into", "than", "as", "how", "that", "which", "its", "their", "his", "her", "our", "your");
        put(WordClass.NOT_NAME, "multiple", "various", "several", "special", "guest", "guests", "mystery", "local",
                "many", "other", "more", "some", "all", "every", "our", "your", "new", "surprise");
        put(WordClass.ONLINE, "online", "zoom", "remote", "virtual", "livestream", "stream", "jitsi", "webinar");
        put(WordClass.VENUE_CUE, "at", "venue", "location", "hosted", "address", "where");
        put(WordClass.STOP, "the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "we", "i", "it",
                "you", "his", "her", "their", "our", "my", "your", "there", "here", "who", "what", "everyone");

        // ---- Prose facts: appended by the speed branch (read by prose/Phrases and prose/Triggers). ----
        put(WordClass.DATE_LABEL, "date", "when");
        put(WordClass.DEADLINE_CUE, "before", "until", "till", "by", "due", "deadline", "close", "closes",
                "close on", "closes on", "no later than");
        put(WordClass.OTHER_EVENT, "next meetup", "next event", "next month", "community partner",
                "community partners", "deadline", "cfp", "call for proposals", "call for papers", "call for speakers",
                "scheduled to");
        put(WordClass.OTHER_EVENTS_HEADING, "elsewhere", "around the web|community",
                "call|calls for proposals|papers|speakers");
        put(WordClass.OTHER_EVENTS_OPENER, "upcoming", "other", "regional", "related", "community", "local");
        put(WordClass.OTHER_EVENTS_NOUN, "events", "conferences", "opportunities", "meetups");
        put(WordClass.EVENTISH, "meetup", "meet-up", "met", "meet", "event", "held", "happen*", "workshop", "talk",
                "talks", "session", "sprint", "hackathon", "gathering", "edition", "organized", "organised",
                "hosted", "date", "venue", "join us", "conference", "took place", "takes place", "got together",
                "get together");
        put(WordClass.GATHERING, "meetup|meetups|meet-up|meet-ups|meeting|meetings|met", "talk|talks|talked",
                "workshop|workshops|session|sessions|sprint|sprints|hackathon|hackathons", "hack night", "gathering",
                "conference", "presented|presentation|presentations|spoke|speaker|speakers|demoed|demo|demos",
                "lightning|keynote|panel|event|evening|night|attendees|attended", "took place", "got together",
                "join us", "hosted|edition|seminar|lecture|tutorial|tutorials");
        put(WordClass.RECAP, "notes", "recap", "recaps", "recapped", "wrap-up", "wrapup", "wrap up", "retrospective",
                "highlights", "looking back");
        put(WordClass.NOT_RECAP_NOTES, "release", "patch", "speaker", "speakers", "lecture", "field", "show", "study",
                "class", "course", "design", "sticky");
        put(WordClass.ONLINE_PHRASE, "on zoom", "via zoom", "zoom call", "zoom meeting", "zoom link", "google meet",
                "microsoft teams", "jitsi", "online meetup", "online event", "online session", "online edition",
                "virtual meetup", "virtual event", "virtual session", "virtual edition", "virtually", "held online",
                "happened online", "hosted online", "livestream", "livestreamed", "live-stream", "live-streamed",
                "live stream", "live streamed", "webinar", "youtube live", "streamed live", "streamed on",
                "on twitch");
        put(WordClass.START_CUE, "start", "starts", "started", "starting", "begin", "begins", "began", "commence",
                "commences", "commenced", "kick off", "kicked off", "kicks off", "from", "doors open", "time");
        put(WordClass.END_CUE, "end", "ends", "ended", "ending", "till", "til", "until", "wrap up", "wrapped up",
                "wraps up", "finish", "finished", "finishes", "went on", "close", "closes", "closed");
        put(WordClass.RANGE_WORD, "to", "till", "until", "through");
        put(WordClass.MERIDIEM, "am", "pm", "a.m", "p.m");
        put(WordClass.TIME_LEAD, "at", "from", "time");
        put(WordClass.ATTENDED_BY, "attended by", "attendance of", "turnout of", "turn-out of", "footfall of",
                "crowd of");
        put(WordClass.HEDGE, "about", "around", "roughly", "nearly", "over", "more than", "almost", "close to",
                "approximately", "approx", "some", "at least");
        put(WordClass.ATTENDEE_NOUN, "people", "participants", "attendees", "folks", "persons", "developers",
                "enthusiasts", "guests", "members", "learners", "students");
        put(WordClass.ATTENDANCE_CUE, "attend*", "turn up", "turned up", "turns up", "turn out", "turned out",
                "turns out", "there were", "came", "joined", "showed up", "present", "participated", "turnout",
                "footfall", "had", "saw");
        put(WordClass.NOT_ATTENDANCE, "stayed back", "rsvp*", "registered", "waitlist", "signed up", "signups",
                "member|members of|on|in the|our group|list|channel");
        put(WordClass.FOLLOW_CUE, "follow", "stay tuned", "stay updated", "stay connected", "stay involved",
                "stay in touch", "join", "connect with", "find us", "find them", "keep in touch", "subscribe",
                "reach us", "reach out", "don't miss", "dont miss", "not miss", "social channels", "social media",
                "community links");
        put(WordClass.EVENT_PAGE_WORD, "rsvp", "register", "registration", "photo", "photos", "album", "pictures",
                "feedback", "ticket", "tickets", "recording", "playlist");
        put(WordClass.LATER_EVENT, "next|upcoming|future meetup|meetups|event|events|session|sessions");
        put(WordClass.JOIN_WORD, "follow", "join", "stay", "subscribe");
        put(WordClass.VENUE_VERB, "held", "happened", "met", "met up", "gathered", "convened", "join us", "hosted",
                "hosting", "took place", "takes place", "organized", "organised", "organizing", "organising",
                "conducted", "attended", "will be", "venue", "meet us",
                "meetup|meet-up|event|session|workshop|sprint|edition was|is|were");
        put(WordClass.GAVE_VENUE, "gave|provided|offered|sponsored|lent the|their|a venue|space|premises",
                "gave|provided|offered|sponsored|lent us the|their|a venue|space|premises");
        put(WordClass.HOST_VERB, "hosted", "host", "hosts", "is hosting", "was hosting", "are hosting",
                "will host", "will be hosting");
        put(WordClass.OFFICE_WORD, "office", "offices", "premises", "campus", "headquarters", "hq");
        put(WordClass.THANKS, "thank", "thanks", "thank you", "thanks you");
        put(WordClass.FOR_HOSTING, "for hosting", "for kindly hosting",
                "for providing|lending|offering|sponsoring the|their|a venue|space|room",
                "for providing|lending|offering|sponsoring us the|their|a venue|space|room",
                "for kindly providing|lending|offering|sponsoring the|their|a venue|space|room",
                "for kindly providing|lending|offering|sponsoring us the|their|a venue|space|room");
        put(WordClass.VENUE_HOST, "venue host|hosts|sponsor|sponsors|partner|partners");
        put(WordClass.FIND_US_AT, "find|meet us at");
        put(WordClass.SPACE_GIVEN_BY, "venue|space|room|premises|location was|were|is donated|provided|sponsored|offered|given|lent by",
                "venue|space|room|premises|location will be donated|provided|sponsored|offered|given|lent by",
                "venue|space|room|premises|location was|were|is *ly donated|provided|sponsored|offered|given|lent by",
                "venue|space|room|premises|location will be *ly donated|provided|sponsored|offered|given|lent by");
    }

    private Lexicon() {
    }

    private static void put(WordClass c, String... words) {
        WORDS.put(c, Set.copyOf(List.of(words)));
    }

    /** Whether any word of {@code text} (letters only, any case) is in one of the classes' lists. */
    public static boolean anyWord(String text, WordClass... classes) {
        return scan(text, true, classes);
    }

    /** Whether some word of {@code text} is in none of the classes' lists. */
    public static boolean anyWordOutside(String text, WordClass... classes) {
        return scan(text, false, classes);
    }

    /** Whether some word's membership in the classes' lists equals {@code member}. */
    private static boolean scan(String text, boolean member, WordClass... classes) {
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                // The word table holds every ASCII word of every list: an ASCII word it lacks is in no list, so
                // only a word with other letters is copied and lower-cased to be looked up.
                String w = WordTable.lower(text, start, i);
                if (w == null && !WordTable.isAsciiLetters(text, start, i)) {
                    w = text.substring(start, i).toLowerCase(Locale.ROOT);
                }
                boolean in = false;
                for (WordClass c : classes) {
                    in |= w != null && is(c, w);
                }
                if (in == member) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- Appended by the speed branch: the prose-fact readers index a class's entries once. ----
    /** The entries of the class's list (words, and phrases written with spaces), lower case. */
    public static Set<String> words(WordClass wordClass) {
        return WORDS.get(wordClass);
    }

    /** Whether the lower-case word is in the class's list. */
    public static boolean is(WordClass wordClass, String lower) {
        return WORDS.get(wordClass).contains(lower);
    }

    // ---- Issue #10, people port (token/recap): the word lists of the recap people rules, kept in this block so
    // ---- that other changes to the lists merge without conflicts. A phrase is its words apart by one space.

    /** The recap people rules' word lists. */
    public enum RecapList {
        /** Words before "by" that make it name no speaker: "hosted by", "step by step". */
        NOT_BY,
        /** Talk nouns after which "from" names the speaker: "a talk from Ana". */
        FROM_AFTER,
        /** Verbs and phrases after a sentence's subject that say who gave a talk: "presented", "took the stage". */
        SUBJECT_VERB,
        /** The subject verbs that say so even without a talk noun, after a linked or bold name. */
        STRONG_VERB,
        /** Adverbs that may stand between a subject and its verb: "Ana then presented". */
        SEQUENCE_ADVERB,
        /** Phrases after which the next speaker is named: "kicked off with", "next up was"; longer ones first. */
        OPENED_WITH,
        /** The first word of a name's apposition: ", a developer at Acme,", ", who works at Acme". */
        APPOSITION_OPENER,
        /** Words and phrases of a speaker label: "Speaker:", "the speakers were", "presented by … is". */
        SPEAKER_LABEL_WORD,
        /** The verbs that end a speaker label: "was", "will be". */
        SPEAKER_LABEL_LINK
    }

    private static final Map<RecapList, List<String>> RECAP = new EnumMap<>(RecapList.class);

    static {
        RECAP.put(RecapList.NOT_BY, List.of("hosted", "sponsored", "organized", "organised", "moderated",
                "supported", "powered", "followed", "attended", "accompanied", "joined", "inspired", "written", "run",
                "funded", "brought", "managed", "led", "introduced", "made", "created", "built", "drafted", "caused",
                "used", "developed", "maintained", "owned", "acquired", "trusted", "backed", "adopted", "employed",
                "designed", "published", "step", "side", "one"));
        RECAP.put(RecapList.FROM_AFTER, List.of("talk", "session", "presentation", "keynote"));
        RECAP.put(RecapList.SUBJECT_VERB, List.of("spoke", "speaks", "talked", "talks", "presented", "presents",
                "delivered", "delivers", "gave", "gives", "took the stage", "kicked off", "kicked things off",
                "kicked it off", "started", "starts", "began", "begins", "introduced", "shared", "demonstrated",
                "demoed", "showed", "walked", "explained", "discussed", "covered", "dwelled", "dwelt", "narrated",
                "conducted", "led", "handled", "took", "came up with", "opened", "ran", "hosted a", "taught",
                "explored", "continued", "followed up"));
        RECAP.put(RecapList.STRONG_VERB, List.of("spoke", "speaks", "talked", "presented", "presents", "delivered",
                "gave", "gives", "took the stage", "came up with", "narrated", "walked", "kicked off",
                "kicked things off", "kicked it off", "demonstrated", "demoed", "shared", "introduced", "dwelled",
                "dwelt"));
        RECAP.put(RecapList.SEQUENCE_ADVERB, List.of("also", "then", "later", "finally", "next"));
        RECAP.put(RecapList.OPENED_WITH, List.of("kicked off with", "started with", "began with", "opened with",
                "followed by", "next up was", "next up is", "next up", "up next was", "up next is", "up next"));
        RECAP.put(RecapList.APPOSITION_OPENER, List.of("a", "an", "the", "our", "who", "one"));
        RECAP.put(RecapList.SPEAKER_LABEL_WORD, List.of("speakers", "speaker", "presenters", "presenter",
                "presented by", "by"));
        RECAP.put(RecapList.SPEAKER_LABEL_LINK, List.of("was", "were", "is", "will be"));
    }

    /** The entries of a recap list, lower case, in their order (which matters only for {@link RecapList#OPENED_WITH}). */
    public static List<String> recap(RecapList list) {
        return RECAP.get(list);
    }
    // ---- end of issue #10 people lists

    // ---- Issue #9 (per-site quality) word lists: kept in this block so that other changes to the lists above
    // ---- merge without conflicts.

    /** Academic degrees written after a name ("Roman Steinberg PhD"): never part of the name itself. */
    private static final Set<String> DEGREES = Set.of("phd", "ph.d", "dphil", "md", "msc", "mba", "bsc", "meng",
            "mphil");

    /** Words that name a mapping of talks in a code block ("talks = {", "lineup:"). */
    private static final Set<String> TALK_MAP_NAMES = Set.of("talks", "talk", "speakers", "lineup", "agenda",
            "schedule", "program", "programme", "presentations", "sessions");

    /** Verbs after a name that open a biography: "Ann Lee is a data scientist", "Ann Lee works at Acme". */
    private static final Set<String> BIO_VERBS = Set.of("is", "was", "works", "leads", "teaches", "studied",
            "holds");

    /** Pronouns that refer to a person, never to a thing: a biography uses them ("he works on", "she's"). */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "his", "her", "hers", "he's",
            "she's", "he’s", "she’s", "himself", "herself");

    /** Whether the lower-case word (a trailing dot ignored) is an academic degree. */
    public static boolean isDegree(String lower) {
        String w = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        return DEGREES.contains(w);
    }

    /** Whether the lower-case word names a mapping of talks. */
    public static boolean isTalkMapName(String lower) {
        return TALK_MAP_NAMES.contains(lower);
    }

    /** Whether the lower-case word is a pronoun that refers to a person. */
    public static boolean isPersonalPronoun(String lower) {
        return PERSONAL_PRONOUNS.contains(lower);
    }

    /** Whether the lower-case word is a verb that opens a biography after a name. */
    public static boolean isBioVerb(String lower) {
        return BIO_VERBS.contains(lower);
    }
    // ---- end of issue #9 word lists

    // ---- Recap cues (issue #10): the lists of TalkFinder's cues, read by token/recap.
    static {
        put(WordClass.RECAP_TALK_WORD, "talk", "talks", "session", "presentation", "keynote", "workshop",
                "tutorial", "lightning", "lighting", "spoke", "speak", "speaks", "presented");
        put(WordClass.RECAP_TALK_NOUN, "talk", "session", "presentation", "workshop");
        put(WordClass.RECAP_AFTER_ORDINAL, "talks", "one", "was", "up");
        put(WordClass.RECAP_GAVE, "gave", "give", "gives", "delivered", "presented");
        put(WordClass.RECAP_DETERMINER, "a", "an", "the", "his", "her", "their");
        put(WordClass.RECAP_PRONOUN_SUBJECT, "he", "she", "they", "the speaker", "the talk", "this talk",
                "his talk", "her talk");
        put(WordClass.RECAP_PRONOUN_OR_THIS, "he", "she", "they", "it", "this", "that", "the talk", "the session");
    }
    // ---- end of recap cues
}
