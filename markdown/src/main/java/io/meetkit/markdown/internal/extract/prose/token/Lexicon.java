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
        ONLINE, VENUE_CUE, STOP
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
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                boolean in = false;
                for (WordClass c : classes) {
                    in |= is(c, w);
                }
                if (in == member) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the lower-case word is in the class's list. */
    public static boolean is(WordClass wordClass, String lower) {
        return WORDS.get(wordClass).contains(lower);
    }

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
}
