package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises people's names and profile links in prose. */
public final class Names {

    private static final Set<String> NOT_NAME_WORDS = Set.copyOf(java.util.List.of("the", "this", "that", "these", "those", "he", "she",
            "they", "we", "i", "it", "his", "her", "their", "our", "my", "you", "your", "after", "before",
            "following", "next", "then", "finally", "later", "also", "talk", "talks", "session", "sessions",
            "workshop", "workshops", "speaker", "speakers", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "last", "final", "another", "one", "two", "three", "four", "five", "there", "here", "in", "on",
            "at", "for", "with", "by", "from", "to", "of", "and", "but", "so", "as", "if", "when", "while", "since",
            "thanks", "thank", "please", "lunch", "break", "welcome", "introduction", "intro", "closing", "opening",
            "python", "django", "flask", "pandas", "meetup", "event", "participants", "everyone", "audience",
            "attendees", "people", "folks", "most", "many", "some", "all", "each", "every", "both", "out", "up",
            "over", "overall", "hope", "see", "stay", "follow", "join", "do", "video", "videos", "slides", "photos",
            "pics", "details", "agenda", "venue", "date", "time", "part", "focus", "code", "data", "open", "a", "an",
            "what", "how", "why", "who", "where", "which", "its", "lightning", "flash", "keynote", "panel",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "building", "with", "using", "about", "today", "yesterday", "tomorrow", "good", "great", "not", "no",
            "yes", "once", "now", "just", "even", "us", "me", "him", "them", "everybody", "anyone", "someone",
            "tbd", "tba", "you?", "q&a", "demo", "networking", "tea", "coffee", "snacks", "registration", "twitter", "x",
            "linkedin", "instagram", "github", "facebook", "discord", "youtube", "mastodon", "telegram", "zulip",
            "slack", "here", "link", "website", "blog", "page", "invite", "channel", "list", "mailing", "feedback", "form",
            "more", "read", "check", "click"));
    private static final Set<String> ORG_WORDS = Set.copyOf(java.util.List.of("team", "labs", "lab", "inc", "ltd", "pvt", "llc", "gmbh",
            "foundation", "group", "community", "systems", "solutions", "technologies", "technology", "software",
            "developers", "google", "microsoft", "amazon", "academy", "university", "college", "institute",
            "company", "corp", "corporation", "org", "society", "club", "chapter", "pyladies", "pydata", "meetup",
            "user", "users", "conference", "pycon", "hotels", "services", "limited", "ventures", "studio", "studios"));
    // Patterns that were compiled on each call. A handle's "[^)]*" reads to the next ")" from each "(@", so on a
    // text with many "(@" and no ")" it is quadratic in the text: the text is at most a window (see Window).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d]+");
    private static final Pattern HANDLE_IN_PARENS = Pattern.compile("\\(@[^)]*+\\)");
    /** A space run is tried from its start only, so that a name with a long run of spaces is read once. */
    private static final Pattern PARENS_AT_END = Pattern.compile("(?:(?<!\\s)\\s++)?\\((?:[^()]*+)\\)\\s*+$");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\d.'’()@-]*");

    private Names() {
    }

    /** Whether {@code text} reads as a person's name: one to four capitalised words, no organisation words. */
    public static boolean isPersonName(String text, Set<String> extraStopWords) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 60) {
            return false;
        }
        String[] words = SPACES.split(t);
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            Matcher m = TOKEN.matcher(w);
            if (!m.matches()) {
                return false;
            }
            if (w.endsWith("'s") || w.endsWith("’s")) {
                return false; // "Nvidia's", a possessive, not a name
            }
            String lower = Trim.end(w.toLowerCase(Locale.ROOT), ".'’", false, false);
            if (!Character.isUpperCase(w.charAt(0)) && !Set.of("de", "van", "von", "da", "bin", "al", "la", "le")
                    .contains(lower)) {
                return false;
            }
            if (NOT_NAME_WORDS.contains(lower) || ORG_WORDS.contains(lower) || extraStopWords.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the URL is a person's profile page on a social or code site (not a company page or a document). */
    public static boolean isProfileUrl(String url) {
        URI uri;
        try {
            uri = Link.parseUri(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Link link = Link.of(uri);
        String path = uri.getRawPath() == null ? "" : Trim.end(uri.getRawPath(), "/", false, false);
        String[] segs = path.isEmpty() ? new String[0] : path.substring(1).split("/");
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return switch (link.kind()) {
            case TWITTER, GITHUB -> segs.length == 1 && !Set.of("search", "hashtag", "i", "intent", "home", "orgs",
                    "topics", "explore").contains(segs[0].toLowerCase(Locale.ROOT));
            case LINKEDIN -> segs.length >= 2 && segs[0].equals("in");
            case FACEBOOK -> segs.length == 1 && !segs[0].equalsIgnoreCase("groups");
            case MASTODON -> true;
            case MEETUP -> path.contains("/members/");
            default -> host.endsWith("instagram.com") && segs.length == 1;
        };
    }

    /** Whether a link of this URL may be a person's page when written on their name (anything but documents). */
    public static boolean mayBeProfileUrl(String url) {
        try {
            LinkKind kind = Link.parse(url).kind();
            return kind != LinkKind.SLIDES && kind != LinkKind.VIDEO && kind != LinkKind.YOUTUBE
                    && kind != LinkKind.MAILING_LIST && kind != LinkKind.DISCORD && kind != LinkKind.TELEGRAM;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A name without an "(affiliation)", "@handle" or trailing punctuation. */
    public static String clean(String name) {
        String n = HANDLE_IN_PARENS.matcher(name).replaceAll("");
        n = PARENS_AT_END.matcher(n).replaceAll("");
        n = Trim.end(HONORIFIC.matcher(n).replaceFirst(""), ",.;:!?'’-", true, false).strip();
        return n.isEmpty() ? name.strip() : n;
    }

    /** Lower-case word tokens of a name, for comparing "Ali" with "Abdeali(Ali) Kothari". */
    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : NOT_WORD.split(name.toLowerCase(Locale.ROOT))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether two names plausibly name the same person in one post: the words of one are all among the other's,
     * an initial matching a word ("Anand C" and "Anand Chitipothu", "Ali" and "Abdeali(Ali) Kothari").
     */
    public static boolean samePerson(String a, String b) {
        return samePerson(tokens(a), tokens(b));
    }

    /** {@link #samePerson(String, String)} over names already cut into {@link #tokens}. */
    static boolean samePerson(List<String> ta, List<String> tb) {
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        return ta.size() <= tb.size() ? covered(ta, tb) : covered(tb, ta);
    }

    private static boolean covered(List<String> shorter, List<String> longer) {
        if (shorter.get(0).length() < 2 || !longer.contains(shorter.get(0))) {
            return false;
        }
        for (String t : shorter) {
            boolean found = false;
            for (String l : longer) {
                if (l.equals(t) || t.length() == 1 && l.startsWith(t)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The profile link of a URL, when it parses. */
    public static Optional<Link> link(String url, String label) {
        try {
            return Optional.of(Link.of(Link.parseUri(url), label));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
