package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
            "more", "read", "check", "click", "notes", "tips", "tools", "resources", "beginner", "beginners",
            "intermediate", "advanced", "firstly", "lastly", "scheduled", "mingling", "founders", "funders",
            "sponsors", "organizers", "organisers", "volunteers", "pdf", "pdfs", "recording", "recordings", "keeping",
            "housekeeping"));
    private static final Set<String> ORG_WORDS = Set.copyOf(java.util.List.of("team", "labs", "lab", "inc", "ltd", "pvt", "llc", "gmbh",
            "foundation", "group", "community", "systems", "solutions", "technologies", "technology", "software",
            "developers", "google", "microsoft", "amazon", "academy", "university", "college", "institute",
            "company", "corp", "corporation", "org", "society", "club", "chapter", "pyladies", "pydata", "meetup",
            "user", "users", "conference", "pycon", "hotels", "services", "limited", "ventures", "studio", "studios"));
    /** Lower-case words that may stand inside a name ("Ana de Souza"). */
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "da", "bin", "al", "la", "le");
    /** Cut from the start of a name; none is another followed by "." or white space, so their order does not matter. */
    private static final String[] HONORIFICS = {"Mr", "Ms", "Mrs", "Dr", "Prof"};

    private Names() {
    }

    /** Whether {@code text} reads as a person's name: one to four capitalised words, no organisation words. */
    public static boolean isPersonName(String text, Set<String> extraStopWords) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 60) {
            return false;
        }
        // The words between runs of spaces, as NameScan.words cuts them, read in place: no list, and a text of more
        // than four words is turned down before any word is cut from it.
        int first = NameScan.spaces(t, 0);
        if (first > 0) {
            return first == t.length(); // spaces only: no word to object to; else a leading "" word, no name token
        }
        int count = 0;
        for (int i = 0; i < t.length(); i = NameScan.spaces(t, wordEnd(t, i))) {
            count++;
        }
        if (count > 4 || count == 1 && Zones.isPlace(t.substring(0, wordEnd(t, 0)))) {
            return false; // "Calgary" alone is a city, not a speaker
        }
        for (int i = 0; i < t.length(); i = NameScan.spaces(t, wordEnd(t, i))) {
            String w = t.substring(i, wordEnd(t, i));
            if (!isToken(w)) {
                return false;
            }
            if (w.endsWith("'s") || w.endsWith("’s")) {
                return false; // "Nvidia's", a possessive, not a name
            }
            String lower = Trim.end(w.toLowerCase(Locale.ROOT), ".'’", false, false);
            if (!Character.isUpperCase(w.charAt(0)) && !PARTICLES.contains(lower)) {
                return false;
            }
            if (NOT_NAME_WORDS.contains(lower) || ORG_WORDS.contains(lower) || extraStopWords.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** The end of the word that starts at {@code i}: the next space ({@link NameScan#isSpace}) or the text's end. */
    private static int wordEnd(String t, int i) {
        int e = i;
        while (e < t.length() && !NameScan.isSpace(t.charAt(e))) {
            e++;
        }
        return e;
    }

    /** Whether the URL is a person's profile page on a social or code site (not a company page or a document). */
    public static boolean isProfileUrl(String url) {
        return ParsedUrls.isProfileUrl(url);
    }

    /** {@link #isProfileUrl} of a parsed, unlabelled link (its kind detected from its URI). */
    static boolean isProfileLink(Link link) {
        URI uri = link.url();
        String path = uri.getRawPath() == null ? "" : Trim.end(uri.getRawPath(), "/", false, false);
        List<String> segs = path.isEmpty() ? List.of() : CharSplit.of(path.substring(1), '/');
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return switch (link.kind()) {
            case TWITTER, GITHUB -> segs.size() == 1 && !Set.of("search", "hashtag", "i", "intent", "home", "orgs",
                    "topics", "explore").contains(segs.get(0).toLowerCase(Locale.ROOT));
            case LINKEDIN -> segs.size() >= 2 && segs.get(0).equals("in");
            case FACEBOOK -> segs.size() == 1 && !segs.get(0).equalsIgnoreCase("groups");
            case MASTODON -> true;
            case MEETUP -> path.contains("/members/");
            default -> host.endsWith("instagram.com") && segs.size() == 1;
        };
    }

    /** Whether a link of this URL may be a person's page when written on their name (anything but documents). */
    public static boolean mayBeProfileUrl(String url) {
        Optional<Link> link = ParsedUrls.link(url);
        if (link.isEmpty()) {
            return false;
        }
        LinkKind kind = link.get().kind();
        return kind != LinkKind.SLIDES && kind != LinkKind.VIDEO && kind != LinkKind.YOUTUBE
                && kind != LinkKind.MAILING_LIST && kind != LinkKind.DISCORD && kind != LinkKind.TELEGRAM;
    }

    /** A name without an "(affiliation)", "@handle" or trailing punctuation. */
    public static String clean(String name) {
        String n = withoutParenthesisAtEnd(withoutHandles(name));
        n = Trim.end(withoutHonorific(n), ",.;:!?'’-", true, false).strip();
        return n.isEmpty() ? name.strip() : n;
    }

    // The scans below replaced patterns and read as they did: white space is Java's "\s" (ASCII only), letters are
    // read by code point, and each scan reads its text once, from one end, without backtracking.

    /** {@code text} without its handles in parentheses ("Ann (@ann) Lee" gives "Ann  Lee"). */
    static String withoutHandles(String text) {
        int open = text.indexOf("(@");
        StringBuilder out = null;
        int copied = 0;
        while (open >= 0) {
            int close = text.indexOf(')', open + 2);
            if (close < 0) {
                break; // no ")" after this "(@", so none after a later one either
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, open);
            copied = close + 1;
            open = text.indexOf("(@", copied);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * {@code text} without a last parenthesis that holds no other, with the white space before and after it: "Ann
     * Lee (Acme) " gives "Ann Lee". As with the pattern's "$", a line separator ending the text (U+0085, U+2028,
     * U+2029, none of them "\s") may follow and is kept.
     */
    static String withoutParenthesisAtEnd(String text) {
        int end = text.length();
        if (end > 0 && (text.charAt(end - 1) == '\u0085' || text.charAt(end - 1) == '\u2028'
                || text.charAt(end - 1) == '\u2029')) {
            end--;
        }
        int close = end;
        while (close > 0 && Trim.isPatternSpace(text.charAt(close - 1))) {
            close--;
        }
        if (close == 0 || text.charAt(close - 1) != ')') {
            return text;
        }
        int open = close - 2;
        while (open >= 0 && text.charAt(open) != '(' && text.charAt(open) != ')') {
            open--;
        }
        if (open < 0 || text.charAt(open) != '(') {
            return text;
        }
        int start = open;
        while (start > 0 && Trim.isPatternSpace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(0, start) + text.substring(end);
    }

    /** {@code text} without an honorific ("Dr. ", "Ms ") and the white space after it at its start. */
    static String withoutHonorific(String text) {
        for (String honorific : HONORIFICS) {
            if (text.startsWith(honorific)) {
                int at = honorific.length();
                if (at < text.length() && text.charAt(at) == '.') {
                    at++;
                }
                int end = NameScan.spaces(text, at);
                if (end > at) {
                    return text.substring(end);
                }
            }
        }
        return text;
    }

    /** Whether {@code word} is a letter, then letters, ASCII digits and {@code .'’()@-}. */
    static boolean isToken(String word) {
        if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(word.codePointAt(0)); i < word.length(); ) {
            int c = word.codePointAt(i);
            if (!Character.isLetter(c) && !(c >= '0' && c <= '9') && ".'’()@-".indexOf(c) < 0) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }


    /** Lower-case word tokens of a name, for comparing "Ali" with "Abdeali(Ali) Kothari". */
    public static List<String> tokens(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            boolean word = Character.isLetter(c) || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            out.add(lower.substring(start));
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
        Optional<Link> link = ParsedUrls.link(url);
        return link.isPresent() ? Optional.of(link.get().withLabel(label)) : Optional.empty();
    }
}
