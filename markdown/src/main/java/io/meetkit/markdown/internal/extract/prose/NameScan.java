package io.meetkit.markdown.internal.extract.prose;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written scans the venue readers use to read a name and what follows it at an offset found from tokens: a
 * few words read left to right, each character once. They replace anchored patterns and give what those gave
 * (checked against them in {@code NameScanTest}). White space here is ASCII white space, as in the patterns.
 *
 * <p>Example: {@link #officesOf} reads "the main offices of the " at the start of "the main offices of the Acme
 * Foundation", so the name that follows is "Acme Foundation".
 */
final class NameScan {

    private static final String[] QUALIFIERS = {"corporate", "new", "main"};
    private static final String[] STOP_AFTER_PLACE = {"on", "at", "and", "with", "for", "from", "to", "where",
        "which", "by"};

    private NameScan() {
    }

    static boolean isSpace(char c) {
        return Trim.isPatternSpace(c);
    }

    /** The first non-space at or after {@code i}. */
    static int spaces(String t, int i) {
        while (i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Whether {@code w} (any case) is written at {@code i} and no letter, digit or "_" follows it. */
    static boolean wordAt(String t, int i, String w) {
        int end = i + w.length();
        return i >= 0 && end <= t.length() && t.regionMatches(true, i, w, 0, w.length())
                && (end == t.length() || !wordChar(t.charAt(end)));
    }

    /** The end of {@code w} (any case) at {@code i} followed by at least one space, past the spaces; else -1. */
    private static int wordThenSpaces(String t, int i, String w) {
        if (i < 0 || i + w.length() > t.length() || !t.regionMatches(true, i, w, 0, w.length())) {
            return -1;
        }
        int s = spaces(t, i + w.length());
        return s > i + w.length() ? s : -1;
    }

    /** "the main offices of the " at {@code i}: the offset after it, or -1. */
    static int officesOf(String t, int i) {
        int p = i;
        int the = wordThenSpaces(t, p, "the");
        p = the >= 0 ? the : p;
        for (String q : QUALIFIERS) {
            int after = wordThenSpaces(t, p, q);
            if (after >= 0) {
                p = after;
                break;
            }
        }
        int word = -1;
        for (String o : new String[] {"offices", "office", "premises", "campus", "headquarters", "hq"}) {
            if (t.regionMatches(true, p, o, 0, o.length())) {
                word = p + o.length();
                break;
            }
        }
        if (word < 0) {
            return -1;
        }
        int of = spaces(t, word);
        if (of == word) {
            return -1;
        }
        int end = wordThenSpaces(t, of, "of");
        if (end < 0) {
            return -1;
        }
        int theAfter = wordThenSpaces(t, end, "the");
        return theAfter >= 0 ? theAfter : end;
    }

    /**
     * One or two lower-case words before a capitalised one or "[" at {@code offset} ("vibrant new Acme"): the
     * offset of the capitalised word, or {@code offset} when there are none or they hold a joining word.
     */
    static int skipAdjectives(String t, int offset) {
        List<Integer> ends = new ArrayList<>(2);
        int p = offset;
        for (int n = 0; n < 2; n++) {
            int w = p;
            while (w < t.length() && t.charAt(w) >= 'a' && t.charAt(w) <= 'z') {
                w++;
            }
            int s = spaces(t, w);
            if (w == p || s == w) {
                break;
            }
            p = s;
            ends.add(p);
        }
        for (int n = ends.size() - 1; n >= 0; n--) {
            int q = ends.get(n);
            if (q < t.length() && (Character.isUpperCase(t.charAt(q)) || t.charAt(q) == '[')) {
                for (String word : words(t.substring(offset, q))) {
                    if (List.of("and", "or", "of", "with", "for", "to", "from", "by").contains(word)) {
                        return offset;
                    }
                }
                return q;
            }
        }
        return offset;
    }

    /** The end of a name word at {@code pos}: a letter or digit, then letters, digits and "&.'’-"; else -1. */
    static int nameWordEnd(String t, int pos) {
        if (pos >= t.length() || !(Character.isLetter(t.charAt(pos)) || isAsciiDigit(t.charAt(pos)))) {
            return -1;
        }
        int e = pos + 1;
        while (e < t.length() && (Character.isLetter(t.charAt(e)) || isAsciiDigit(t.charAt(e))
                || "&.'’-".indexOf(t.charAt(e)) >= 0)) {
            e++;
        }
        return e;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Spaces then "office", "offices" or "campus" as a word at {@code pos}. */
    static boolean officeNext(String t, int pos) {
        int s = spaces(t, pos);
        return s > pos && (wordAt(t, s, "office") || wordAt(t, s, "offices") || wordAt(t, s, "campus"));
    }

    /** "'s new office" at the start of {@code rest}: its end, or -1. */
    static int officeAfter(String rest) {
        int p = rest.regionMatches(true, 0, "'s", 0, 2) ? 2 : 0;
        int s = spaces(rest, p);
        if (s == p) {
            return -1;
        }
        int q = s;
        for (String qualifier : QUALIFIERS) {
            int after = wordThenSpaces(rest, s, qualifier);
            if (after >= 0) {
                q = after;
                break;
            }
        }
        for (String o : new String[] {"office", "offices", "campus", "premises"}) {
            if (wordAt(rest, q, o)) {
                return q + o.length();
            }
        }
        return -1;
    }

    /** {@code name} without a trailing "'s new office" ("Acme's office" gives "Acme"). */
    static String withoutOffice(String name) {
        for (String o : new String[] {"office", "offices", "campus", "premises", "headquarters"}) {
            int ws = name.length() - o.length();
            if (ws < 0 || !name.regionMatches(true, ws, o, 0, o.length())) {
                continue;
            }
            int start = ws;
            while (start > 0 && isSpace(name.charAt(start - 1))) {
                start--;
            }
            if (start == ws) {
                continue;
            }
            for (String q : QUALIFIERS) {
                int qs = start - q.length();
                if (qs > 0 && name.regionMatches(true, qs, q, 0, q.length()) && isSpace(name.charAt(qs - 1))) {
                    int j = qs;
                    while (j > 0 && isSpace(name.charAt(j - 1))) {
                        j--;
                    }
                    start = j;
                    break;
                }
            }
            if (start >= 2 && name.regionMatches(true, start - 2, "'s", 0, 2)) {
                start -= 2;
            }
            return name.substring(0, start);
        }
        return name;
    }

    /** "(12 Main St, Pune)" at the start of {@code rest}, after spaces: {start, end} of the address, or null. */
    static int[] parenthesis(String rest) {
        int s = spaces(rest, 0);
        if (s >= rest.length() || rest.charAt(s) != '(') {
            return null;
        }
        int j = s + 1;
        while (j < rest.length() && rest.charAt(j) != '(' && rest.charAt(j) != ')') {
            j++;
        }
        int length = j - (s + 1);
        return j < rest.length() && rest.charAt(j) == ')' && length >= 3 && length <= 120
                ? new int[] {s + 1, j} : null;
    }

    /** Whether the text has an ASCII digit or a comma: an address, not a remark. */
    static boolean addressLike(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiDigit(c) || c == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * The place named right after a venue: ", Pune" or " in Pune" at the start of {@code rest}, a capitalised run of
     * letters, digits, spaces and ".'-" up to the end, a mark, or a space before "on", "at", "and"…; its {start,
     * end}, or null.
     */
    static int[] placeAfter(String rest) {
        int p;
        if (rest.startsWith(",")) {
            p = spaces(rest, 1);
        } else {
            int s = spaces(rest, 0);
            if (s == 0 || !rest.startsWith("in", s) || spaces(rest, s + 2) == s + 2) {
                return null;
            }
            p = spaces(rest, s + 2);
        }
        if (p >= rest.length() || !Character.isUpperCase(rest.charAt(p))) {
            return null;
        }
        for (int q = p + 1; ; q++) {
            if (q == rest.length() || ",.;:!?(".indexOf(rest.charAt(q)) >= 0) {
                return new int[] {p, q};
            }
            char c = rest.charAt(q);
            if (isSpace(c) && !isSpace(rest.charAt(q - 1))) {
                int r = spaces(rest, q);
                for (String stop : STOP_AFTER_PLACE) {
                    if (rest.startsWith(stop, r) && (r + stop.length() == rest.length()
                            || !wordChar(rest.charAt(r + stop.length())))) {
                        return new int[] {p, q};
                    }
                }
            }
            if (!(Character.isLetter(c) || isAsciiDigit(c) || " .'-".indexOf(c) >= 0)) {
                return null;
            }
        }
    }

    /** Whether the lower-case window ends with a verb after which "in X" names the venue ("was", "held"). */
    static boolean endsWithVerb(String lower) {
        int e = lower.length();
        while (e > 0 && isSpace(lower.charAt(e - 1))) {
            e--;
        }
        for (String v : new String[] {"was", "is", "were", "held", "happened", "took place", "takes place", "hosted",
            "meetup", "meet-up", "event", "attended"}) {
            int s = e - v.length();
            if (s >= 0 && lower.startsWith(v, s) && (s == 0 || !wordChar(lower.charAt(s - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case window ends with "held on 5 March, 2022" or the like: a verb, "on" or "at", a date. */
    static boolean endsWithVerbAndDate(String lower) {
        int end = lower.length();
        int tail = end;
        while (tail > 0 && (wordCharAscii(lower.charAt(tail - 1)) || isSpace(lower.charAt(tail - 1))
                || ",:.".indexOf(lower.charAt(tail - 1)) >= 0)) {
            tail--;
        }
        for (String v : new String[] {"held", "happened", "took place", "takes place", "will be"}) {
            for (int i = lower.indexOf(v); i >= 0; i = lower.indexOf(v, i + 1)) {
                if (i > 0 && wordChar(lower.charAt(i - 1))) {
                    continue;
                }
                int s = spaces(lower, i + v.length());
                if (s == i + v.length() || !(lower.startsWith("on", s) || lower.startsWith("at", s))) {
                    continue;
                }
                int afterWord = s + 2;
                int s2 = spaces(lower, afterWord);
                // "\s+" takes one space at least; the rest, 1 to 30 characters of the date's kind, ends the window.
                int from = Math.max(Math.max(afterWord + 1, end - 30), tail);
                int to = Math.min(s2, end - 1);
                if (s2 > afterWord && from <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordCharAscii(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isAsciiDigit(c) || c == '_';
    }

    /** "Acme Labs office", "the Acme's campus" at {@code from}: a name of up to four words and an office word. */
    static boolean nameThenOffice(String t, int from) {
        for (int start : new int[] {wordThenSpaces(t, from, "the"), from}) {
            if (start < 0) {
                continue;
            }
            int e = start;
            while (e < t.length() && (Character.isLetter(t.charAt(e)) || isAsciiDigit(t.charAt(e))
                    || "&.'-".indexOf(t.charAt(e)) >= 0)) {
                e++;
            }
            if (e == start) {
                continue;
            }
            for (int words = 0; words <= 3; words++) {
                if (officeAfterName(t, e)) {
                    return true;
                }
                int s = spaces(t, e);
                if (s == e || s >= t.length() || !cased(t.charAt(s))) {
                    break;
                }
                e = s + 1;
                while (e < t.length() && (Character.isLetter(t.charAt(e)) || isAsciiDigit(t.charAt(e))
                        || "&.'-".indexOf(t.charAt(e)) >= 0)) {
                    e++;
                }
            }
        }
        return false;
    }

    private static boolean officeAfterName(String t, int e) {
        for (int p : new int[] {t.regionMatches(true, e, "'s", 0, 2) ? e + 2 : -1, e}) {
            if (p < 0) {
                continue;
            }
            int s = spaces(t, p);
            if (s > p && (wordAt(t, s, "office") || wordAt(t, s, "offices") || wordAt(t, s, "campus")
                    || wordAt(t, s, "premises"))) {
                return true;
            }
        }
        return false;
    }

    /** A letter that has case: what "\p{Lu}" matches when case is ignored. */
    private static boolean cased(char c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** The parts of {@code text} between commas, without the spaces around each comma; no empty parts at the end. */
    static List<String> commaParts(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ',') {
                continue;
            }
            int end = i;
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            out.add(text.substring(start, end));
            start = spaces(text, i + 1);
            i = start - 1;
        }
        out.add(text.substring(Math.min(start, text.length())));
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The words of {@code text} between runs of spaces. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = spaces(text, 0);
        if (i > 0) {
            out.add(""); // as a split on spaces gives for a leading run
        }
        while (i < text.length()) {
            int e = i;
            while (e < text.length() && !isSpace(text.charAt(e))) {
                e++;
            }
            out.add(text.substring(i, e));
            i = spaces(text, e);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** "Ana Silva of Acme": {person, organisation}, or null. */
    static String[] personOf(String name) {
        for (int i = 1; i < name.length(); i++) {
            // The person is at least one character; within a run of spaces only the run's start (or the first
            // possible end) is tried, since the spaces after it are all taken either way.
            if (!isSpace(name.charAt(i)) || i > 1 && isSpace(name.charAt(i - 1))) {
                continue;
            }
            int j = spaces(name, i);
            if (!name.startsWith("of", j)) {
                continue;
            }
            int k = spaces(name, j + 2);
            if (k > j + 2 && k < name.length()) {
                return new String[] {name.substring(0, i), name.substring(k)};
            }
        }
        return null;
    }
}
