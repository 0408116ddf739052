package io.meetkit.markdown.internal.extract.prose.token;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word list that the token rules, the talk blocks and the prose-fact readers use, each written once. Words are
 * lower case; a list holds only generic English words about events and speaking, never a topic ("python") or a
 * place.
 * <p>
 * A list is a {@link WordClass}; {@link #is} and {@link #words} read it as a set, {@link #phrases} in the order it
 * is written, for the lists whose first matching entry wins (longer phrases before the phrases they start with).
 * An entry with spaces is a phrase of consecutive words. In the prose-fact lists only, "a|b" is either word at that
 * place and a word ending in "*" is any word with that start (read by {@code prose/Phrases}).
 * <p>
 * Some lists differ from another by a few words on purpose: each such list says which one it is close to and
 * why it is kept apart (merging them would change what is read). {@link WordTable} holds every ASCII word of every
 * list, so a new list needs no other change. Immutable after class initialisation, so safe to share between
 * threads.
 */
public final class Lexicon {

    /** The word lists, grouped by the readers that use them. */
    public enum WordClass {

        // ---- Dates, talks and speaking: announcement sentences (token/rules) and shared cues ----

        /** Month names and their abbreviations: "may", "sept". */
        MONTH,
        /** Weekday names and their abbreviations: "tuesday", "thurs". */
        WEEKDAY,
        /** Words that count or order talks: "first", "tenth", "next", "another". */
        ORDINAL,
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
        /** Online meeting words: "online", "zoom", "webinar". */
        ONLINE,
        /** Words that lead to where an event is: "at", "venue", "hosted". */
        VENUE_CUE,
        /** Pronouns, determiners and other words that never start a name or title: "the", "they", "everyone". */
        STOP,
        /** Verbs that take "through" for doing a tutorial step by step: "work through", "walked through". */
        WORK_THROUGH_VERB,
        /** What is worked through: "tutorial", "workshop", "course". */
        TUTORIAL_NOUN,
        /**
         * Words that make an announced talk a workshop: "workshop", "tutorial"; not "course", unlike
         * {@link #TUTORIAL_NOUN}.
         */
        WORKSHOP_WORD,
        /**
         * Words that make an announced talk a lightning talk: "lightning", "flash". Unlike {@link #LIGHTNING}, not
         * the misspelling "lightening", as the announcement rule was written.
         */
        ANNOUNCED_LIGHTNING,
        /** Nouns after which an announcement names the speaker: "Speaker: Ana", "our presenter, Ana". */
        SPEAKER_NOUN,

        // ---- Prose facts: dates, times, attendance, venues, links (prose/Phrases, prose/Triggers) ----

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

        // ---- Talk blocks and their context (token/blocks, TalkContext, TitleReader, RecapCues) ----

        /** Words of a block's lead-in or heading that say it is not about talks: "mentors", "resources", "join". */
        NOT_TALKS_WORD,
        /** Starts of such words, written with any ending: "panelists", "thanks", "installation". */
        NOT_TALKS_STEM,
        /** Two-word phrases that say so: "stay tuned", "useful links", "pull requests". */
        NOT_TALKS_PHRASE,
        /** Words of a lead-in or heading that say talks follow: "talks", "lineup", "presentations". */
        TALK_LIST_WORD,
        /** First words of a heading over something other than one talk: "agenda", "sponsors", "how". */
        GENERIC_HEADING,
        /**
         * Determiners before the ordinals of a title that is none: "the next talk", "their first session";
         * {@link #RECAP_DETERMINER} with "one" and "another".
         */
        TITLE_DETERMINER,
        /**
         * Ordinals and kind words of a title that is none: "the second lightning talk". Unlike {@link #ORDINAL} it
         * has "short", "flash" and the misspelling "lighting", and stops at "seventh".
         */
        TITLE_ORDINAL,
        /** The talk nouns that end such a title, and "one" ("the next one"). */
        TITLE_TALK_NOUN,
        /**
         * Words of a recap paragraph that gives a talk's materials: "slides", "video", "available". Narrower than
         * {@link #RESOURCE} (no "photos", "post" or "link"), since a paragraph, not a link text, is judged.
         */
        RECAP_RESOURCE,
        /** Words that make a paragraph something other than a talk's materials: "feedback", "next", "playlist". */
        NOT_RESOURCE,
        /**
         * Words that give an agenda item its kind: "talk", "workshop", "keynote"; {@link #SESSION_NOUN} without
         * "presentation".
         */
        AGENDA_KIND_WORD,
        /**
         * Words before "by" in an agenda item that make it name no speaker: "hosted by", "step by step". The older,
         * shorter form of {@link #NOT_BY}: the recap list's extra verbs ("designed", "published", …) are not read in
         * agenda lines.
         */
        AGENDA_NOT_BY,
        /** Audience levels that make an agenda part no title: "beginner", "all levels". */
        AGENDA_LEVEL,
        /** Units of a duration that make an agenda part no title: "30 min", "1 hour". */
        DURATION_UNIT,
        /**
         * Labels of a title line: "Talk:", "Title:", "Topic:", "Session:". Narrower than {@link #TITLE_LABEL} (no
         * "presentation" or "workshop"), as the title-line reader was tuned.
         */
        TITLE_LINE_LABEL,
        /** Past forms that say the writer of a post spoke, taught or showed something: "I presented …". */
        FIRST_PERSON_SPOKE,
        /** The ones of {@link #FIRST_PERSON_SPOKE} that say so without a talk noun after them: "I spoke at …". */
        FIRST_PERSON_SPOKE_ALONE,
        /** Words that may open a generic heading before its first word: "Our sponsors", "The talks". */
        HEADING_OPENER,
        /**
         * Units of the duration that a dashed line-up item gives ("20 min", "5m"): minutes only, with the short
         * "m" and the singular "minute", unlike {@link #DURATION_UNIT}.
         */
        DASHED_DURATION_UNIT,
        /** Words that hold the place of a title or speaker still to come: "TBD", "TBA". */
        PLACEHOLDER,
        /** Verbs after a name that make a bios-section line a speaker's bio: "Ana Silva is …", "Bo works …". */
        BIO_LINE_VERB,
        /** Words after "has" that make it open a biography: "has been", "has a PhD", "has over ten years". */
        BIO_HAS_OBJECT,

        // ---- Recap cues: what a recap sentence is about (token/recap cues) ----

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
        RECAP_PRONOUN_OR_THIS,
        /**
         * The ordinals of "the second talk was about …". Unlike {@link #ORDINAL} it stops at "fifth", as the
         * cue was written.
         */
        WAS_ABOUT_ORDINAL,
        /**
         * The talk nouns of "the second talk was about …", and "one" ("another one is on …"); unlike
         * {@link #RECAP_TALK_NOUN}, not "workshop", as the cue was written.
         */
        WAS_ABOUT_NOUN,
        /** The verbs of "the second talk was about …": "was", "is". */
        WAS_ABOUT_VERB,
        /** The words after that verb that say a topic follows: "about", "around", "on". */
        WAS_ABOUT_WORD,
        /**
         * Nouns right after an emphasised or quoted phrase that make it a session's title: "**Go 101** workshop".
         * Wider than {@link #RECAP_TALK_NOUN} ("keynote", "tutorial"): a title before them is a session's.
         */
        SESSION_NOUN,

        // ---- Recap titles (token/recap title rules) ----

        /**
         * Cues after which a title follows, tried in this order: "titled", "in this talk", "the talk", "talk on".
         */
        TITLE_CUE,
        /** Words that end a title's clause: "… with demos", "… by Ana". */
        TITLE_CLAUSE_WORD,
        /** Lower-case words after which a paraphrased topic follows: "talked about …", "spoke on …". */
        TOPIC_WORD,
        /** Possessives that open a topic and are not part of it: "spoke on his favourite profiler". */
        POSSESSIVE,
        /** Words right before a link that make the link a talk's title: "spoke about [X](url)". */
        BEFORE_LINKED_TITLE,
        /** Words between "was" or "talk" and a title: "was on …", "talk about …". */
        ON_ABOUT,
        /**
         * Words that make a talk a lightning talk before "talk about …". Unlike {@link #LIGHTNING} it reads the
         * misspelling "lighting" and not "lightening".
         */
        RECAP_LIGHTNING,
        /** Participles that alone say only that a talk was given: "The keynote was presented by Ana". */
        GIVEN_VERB,
        /**
         * The talk nouns that end words saying only that a talk was given ("another session"): {@link #RECAP_TALK_NOUN}
         * and "one" ("one more").
         */
        GIVEN_TALK_NOUN,

        // ---- Recap people (token/recap people rules) ----

        /**
         * Words before "by" that make it name no speaker: "hosted by", "step by step". Wider than
         * {@link #AGENDA_NOT_BY}.
         */
        NOT_BY,
        /** Talk nouns after which "from" names the speaker: "a talk from Ana" (in recaps and agenda lines alike). */
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
        SPEAKER_LABEL_LINK,

        // ---- Names and bios (NameReader, ClosingBioReader, CodeBlockTalkMap) ----

        /** Academic degrees written after a name ("Roman Steinberg PhD"): never part of the name itself. */
        DEGREE,
        /** Words that name a mapping of talks in a code block ("talks = {", "lineup:"). */
        TALK_MAP_NAME,
        /** Verbs after a name that open a biography: "Ann Lee is a data scientist", "Ann Lee works at Acme". */
        BIO_VERB,
        /** Pronouns that refer to a person, never to a thing: a biography uses them ("he works on", "she's"). */
        PERSONAL_PRONOUN
    }

    private static final Map<WordClass, List<String>> ENTRIES = new EnumMap<>(WordClass.class);
    private static final Map<WordClass, Set<String>> WORDS = new EnumMap<>(WordClass.class);

    static {
        // ---- Dates, talks and speaking
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

        put(WordClass.WORK_THROUGH_VERB, "go", "goes", "going", "went", "work", "works", "working", "worked", "walk",
                "walks", "walking", "walked", "step", "stepping");
        put(WordClass.TUTORIAL_NOUN, "tutorial", "workshop", "course");
        put(WordClass.WORKSHOP_WORD, "workshop", "workshops", "tutorial");
        put(WordClass.ANNOUNCED_LIGHTNING, "lightning", "flash");
        put(WordClass.SPEAKER_NOUN, "speaker", "presenter", "instructor");

        // ---- Prose facts
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
        // ---- Talk blocks and their context
        put(WordClass.NOT_TALKS_WORD, "mentor", "mentors", "sponsor", "sponsors", "organiser", "organisers",
                "organizer", "organizers", "volunteer", "volunteers", "contact", "contacts", "resource", "resources",
                "follow", "join", "connect", "subscribe", "reading", "references", "further", "partner", "partners",
                "projects", "suggestions");
        put(WordClass.NOT_TALKS_STEM, "panel", "thank", "install");
        put(WordClass.NOT_TALKS_PHRASE, "stay tuned", "stay updated", "stay connected", "stay involved",
                "useful links", "pull requests");
        put(WordClass.TALK_LIST_WORD, "talk", "talks", "session", "sessions", "lightning", "lineup", "line-up",
                "presentation", "presentations");
        put(WordClass.GENERIC_HEADING, "agenda", "talk", "talks", "schedule", "details", "venue", "address", "photo",
                "photos", "pics", "pictures", "gallery", "about", "summary", "background", "aftermath", "minutes",
                "general", "contact", "contacts", "sponsor", "sponsors", "thanks", "acknowledgments",
                "acknowledgements", "resources", "additional", "links", "workshop", "workshops", "lightning",
                "speakers", "installation", "next", "introduction", "overview", "recap", "highlights", "conclusion",
                "wrap", "closing", "important", "registration", "rsvp", "location", "date", "time", "how", "what",
                "why", "when", "where", "and", "call");
        put(WordClass.TITLE_DETERMINER, "the", "a", "an", "one", "another", "his", "her", "their");
        put(WordClass.TITLE_ORDINAL, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "next",
                "last", "final", "short", "flash", "lightning", "lighting");
        put(WordClass.TITLE_TALK_NOUN, "talk", "talks", "session", "sessions", "presentation", "presentations",
                "workshop", "workshops", "one");
        put(WordClass.RECAP_RESOURCE, "slide", "slides", "video", "recording", "code", "repo", "notebook", "material",
                "deck", "available", "here");
        put(WordClass.NOT_RESOURCE, "feedback", "form", "next", "upcoming", "follow", "join", "thank", "participants",
                "lunch", "break", "sponsor", "playlist");
        put(WordClass.AGENDA_KIND_WORD, "talk", "workshop", "keynote", "tutorial", "session");
        put(WordClass.AGENDA_NOT_BY, "hosted", "sponsored", "organized", "organised", "moderated", "supported",
                "powered", "followed", "attended", "accompanied", "joined", "inspired", "written", "run", "funded",
                "brought", "managed", "led", "introduced", "made", "created", "built", "drafted", "caused", "step",
                "side", "one");
        put(WordClass.AGENDA_LEVEL, "beginner", "intermediate", "advanced", "all");
        put(WordClass.DURATION_UNIT, "min", "mins", "minutes", "hour", "hours", "hr", "hrs");
        put(WordClass.TITLE_LINE_LABEL, "talk", "title", "topic", "session");
        put(WordClass.FIRST_PERSON_SPOKE, "gave", "presented", "spoke", "taught", "demoed", "demonstrated",
                "delivered", "led", "ran");
        put(WordClass.FIRST_PERSON_SPOKE_ALONE, "presented", "spoke", "taught");
        put(WordClass.HEADING_OPENER, "some", "our", "the");
        put(WordClass.DASHED_DURATION_UNIT, "min", "mins", "minutes", "minute", "m");
        put(WordClass.PLACEHOLDER, "tbd", "tba");
        put(WordClass.BIO_LINE_VERB, "is", "was", "has", "works");
        put(WordClass.BIO_HAS_OBJECT, "been", "a", "an", "over");

        // ---- Recap cues
        put(WordClass.RECAP_TALK_WORD, "talk", "talks", "session", "presentation", "keynote", "workshop",
                "tutorial", "lightning", "lighting", "spoke", "speak", "speaks", "presented");
        put(WordClass.RECAP_TALK_NOUN, "talk", "session", "presentation", "workshop");
        put(WordClass.RECAP_AFTER_ORDINAL, "talks", "one", "was", "up");
        put(WordClass.RECAP_GAVE, "gave", "give", "gives", "delivered", "presented");
        put(WordClass.RECAP_DETERMINER, "a", "an", "the", "his", "her", "their");
        put(WordClass.RECAP_PRONOUN_SUBJECT, "he", "she", "they", "the speaker", "the talk", "this talk",
                "his talk", "her talk");
        put(WordClass.RECAP_PRONOUN_OR_THIS, "he", "she", "they", "it", "this", "that", "the talk", "the session");
        put(WordClass.WAS_ABOUT_ORDINAL, "another", "next", "first", "second", "third", "fourth", "fifth", "last",
                "final");
        put(WordClass.WAS_ABOUT_NOUN, "talk", "session", "one", "presentation");
        put(WordClass.WAS_ABOUT_VERB, "was", "is");
        put(WordClass.WAS_ABOUT_WORD, "about", "around", "on");
        put(WordClass.SESSION_NOUN, "workshop", "talk", "session", "tutorial", "keynote", "presentation");

        // ---- Recap titles
        put(WordClass.TITLE_CUE, "titled", "entitled", "called", "in this talk", "the talk", "a talk", "the session",
                "talk on", "talk about");
        put(WordClass.TITLE_CLAUSE_WORD, "by", "with", "where", "which", "who", "from");
        put(WordClass.TOPIC_WORD, "about", "on", "discussing", "around", "into", "regarding", "covering");
        put(WordClass.POSSESSIVE, "his", "her", "their");
        put(WordClass.BEFORE_LINKED_TITLE, "about", "on", "discussing", "into", "talk", "gave", "presented");
        put(WordClass.ON_ABOUT, "on", "about");
        put(WordClass.RECAP_LIGHTNING, "lightning", "flash", "lighting");
        put(WordClass.GIVEN_VERB, "presented", "delivered", "given", "conducted");
        put(WordClass.GIVEN_TALK_NOUN, "talk", "session", "presentation", "workshop", "one");

        // ---- Recap people
        put(WordClass.NOT_BY, "hosted", "sponsored", "organized", "organised", "moderated", "supported", "powered",
                "followed", "attended", "accompanied", "joined", "inspired", "written", "run", "funded", "brought",
                "managed", "led", "introduced", "made", "created", "built", "drafted", "caused", "used", "developed",
                "maintained", "owned", "acquired", "trusted", "backed", "adopted", "employed", "designed",
                "published", "step", "side", "one");
        put(WordClass.FROM_AFTER, "talk", "session", "presentation", "keynote");
        put(WordClass.SUBJECT_VERB, "spoke", "speaks", "talked", "talks", "presented", "presents", "delivered",
                "delivers", "gave", "gives", "took the stage", "kicked off", "kicked things off", "kicked it off",
                "started", "starts", "began", "begins", "introduced", "shared", "demonstrated", "demoed", "showed",
                "walked", "explained", "discussed", "covered", "dwelled", "dwelt", "narrated", "conducted", "led",
                "handled", "took", "came up with", "opened", "ran", "hosted a", "taught", "explored", "continued",
                "followed up");
        put(WordClass.STRONG_VERB, "spoke", "speaks", "talked", "presented", "presents", "delivered", "gave", "gives",
                "took the stage", "came up with", "narrated", "walked", "kicked off", "kicked things off",
                "kicked it off", "demonstrated", "demoed", "shared", "introduced", "dwelled", "dwelt");
        put(WordClass.SEQUENCE_ADVERB, "also", "then", "later", "finally", "next");
        put(WordClass.OPENED_WITH, "kicked off with", "started with", "began with", "opened with", "followed by",
                "next up was", "next up is", "next up", "up next was", "up next is", "up next");
        put(WordClass.APPOSITION_OPENER, "a", "an", "the", "our", "who", "one");
        put(WordClass.SPEAKER_LABEL_WORD, "speakers", "speaker", "presenters", "presenter", "presented by", "by");
        put(WordClass.SPEAKER_LABEL_LINK, "was", "were", "is", "will be");

        // ---- Names and bios
        put(WordClass.DEGREE, "phd", "ph.d", "dphil", "md", "msc", "mba", "bsc", "meng", "mphil");
        put(WordClass.TALK_MAP_NAME, "talks", "talk", "speakers", "lineup", "agenda", "schedule", "program",
                "programme", "presentations", "sessions");
        put(WordClass.BIO_VERB, "is", "was", "works", "leads", "teaches", "studied", "holds");
        put(WordClass.PERSONAL_PRONOUN, "he", "she", "him", "his", "her", "hers", "he's", "she's", "he’s", "she’s",
                "himself", "herself");

        for (WordClass c : WordClass.values()) {
            if (!WORDS.containsKey(c)) {
                throw new IllegalStateException("no words for " + c);
            }
        }
    }

    private Lexicon() {
    }

    private static void put(WordClass c, String... words) {
        ENTRIES.put(c, List.of(words));
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

    /** The entries of the class's list (words, and phrases written with spaces), lower case, as a set. */
    public static Set<String> words(WordClass wordClass) {
        return WORDS.get(wordClass);
    }

    /**
     * The entries of the class's list, lower case, in the order they are written: for the lists whose first
     * matching entry wins, such as {@link WordClass#OPENED_WITH} and {@link WordClass#TITLE_CUE}.
     */
    public static List<String> phrases(WordClass wordClass) {
        return ENTRIES.get(wordClass);
    }

    /** The entries of the class's list, each as its words ("in this talk" as "in", "this", "talk"), in order. */
    public static List<List<String>> phraseWords(WordClass wordClass) {
        List<List<String>> out = new ArrayList<>();
        for (String entry : ENTRIES.get(wordClass)) {
            out.add(List.of(entry.split(" ")));
        }
        return List.copyOf(out);
    }

    /** Whether the lower-case word is in the class's list. */
    public static boolean is(WordClass wordClass, String lower) {
        return WORDS.get(wordClass).contains(lower);
    }

    /** Whether the lower-case word (a trailing dot ignored) is an academic degree. */
    public static boolean isDegree(String lower) {
        String w = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        return is(WordClass.DEGREE, w);
    }

    /** Whether the lower-case word names a mapping of talks. */
    public static boolean isTalkMapName(String lower) {
        return is(WordClass.TALK_MAP_NAME, lower);
    }

    /** Whether the lower-case word is a pronoun that refers to a person. */
    public static boolean isPersonalPronoun(String lower) {
        return is(WordClass.PERSONAL_PRONOUN, lower);
    }

    /** Whether the lower-case word is a verb that opens a biography after a name. */
    public static boolean isBioVerb(String lower) {
        return is(WordClass.BIO_VERB, lower);
    }
}
