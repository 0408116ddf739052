package io.meetkit.markdown.internal.extract.prose.token;

import io.meetkit.core.TalkKind;
import io.meetkit.markdown.internal.extract.prose.ProseBlock;
import io.meetkit.markdown.internal.extract.prose.Trim;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the words around a block say about the talks in it: whether its list's lead-in or its section is about
 * something other than talks ("Our sponsors:", "## Thanks", "Useful links", "Panelists") and so holds none, and
 * which kind of talk a phrase names ("Lightning talks", "Workshop", "Keynote"). The later of a talk word and a skip
 * word decides, so "Thanks to our speakers. The talks:" is a talks list. Words are compared whole, in lower case,
 * with no pattern; each lead-in and section is read once per post (one instance per post; not thread-safe).
 */
public final class TalkContext {

    /** Words whose last mention, when after any talk word, marks a lead-in or section with no talks. */
    private static final Set<String> SKIP = Lexicon.words(WordClass.NOT_TALKS_WORD);
    /** Skip words written with any ending: "panelists", "thanks", "installation". */
    private static final List<String> SKIP_STEMS = Lexicon.phrases(WordClass.NOT_TALKS_STEM);
    /** Two-word skip phrases: "stay tuned", "useful links", "pull requests". */
    private static final Map<String, Set<String>> SKIP_PAIRS = pairs(WordClass.NOT_TALKS_PHRASE);
    private static final Set<String> TALK_LIST = Lexicon.words(WordClass.TALK_LIST_WORD);

    private final Map<String, Optional<Boolean>> leadIns = new HashMap<>();
    private final Map<String, Boolean> sections = new HashMap<>();

    /** A list of two-word phrases as a map from each first word to the second words it takes. */
    private static Map<String, Set<String>> pairs(WordClass phrases) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String phrase : Lexicon.phrases(phrases)) {
            String[] words = phrase.split(" ");
            out.computeIfAbsent(words[0], w -> new HashSet<>()).add(words[1]);
        }
        out.replaceAll((first, seconds) -> Set.copyOf(seconds));
        return Map.copyOf(out);
    }

    /** Whether the block's list lead-in, else its section heading path, is about something other than talks. */
    public boolean skipped(ProseBlock b) {
        if (b.kind() == ProseBlock.Kind.ITEM) {
            Optional<Boolean> byLeadIn = leadIns.computeIfAbsent(b.leadIn(), TalkContext::decide);
            if (byLeadIn.isPresent()) {
                return byLeadIn.get();
            }
        }
        return sections.computeIfAbsent(b.section(), s -> decide(s).orElse(false));
    }

    /** Skipped (true) or a talks context (false) by the later of the two kinds of word; empty when neither occurs. */
    static Optional<Boolean> decide(String text) {
        List<String> w = words(text);
        int skip = -1;
        int talk;
        for (int i = 0; i < w.size(); i += 2) {
            String x = w.get(i);
            // a two-word phrase is written with one space between its words: "stay tuned", "speakers were"
            String next = i + 2 < w.size() && w.get(i + 1).equals(" ") ? w.get(i + 2) : "";
            if (SKIP.contains(x) || SKIP_STEMS.stream().anyMatch(x::startsWith)
                    || SKIP_PAIRS.getOrDefault(x, Set.of()).contains(next)) {
                skip = i;
            }
        }
        talk = talkWordIndex(w);
        return skip < 0 && talk < 0 ? Optional.empty() : Optional.of(skip > talk);
    }

    /** The index in {@link #words} of the last talk-list word ("talks", "speakers were", "line-up"), or -1. */
    static int talkWordIndex(List<String> w) {
        int talk = -1;
        for (int i = 0; i < w.size(); i += 2) {
            String x = w.get(i);
            String next = i + 2 < w.size() && w.get(i + 1).equals(" ") ? w.get(i + 2) : "";
            if (TALK_LIST.contains(x) || (x.equals("speaker") || x.equals("speakers"))
                    && (next.equals("were") || next.equals("are"))) {
                talk = i;
            }
        }
        return talk;
    }

    /**
     * The kind of talk a phrase names: a lightning talk ("lightning", "flash talk"), a workshop ("workshop" without
     * "talk"), a keynote, else a talk.
     */
    public static TalkKind kindOf(String context) {
        // The words of {@link #words}, walked in place: no list and no lower-cased copy per word.
        int n = context.length();
        boolean workshop = false;
        boolean talk = false;
        boolean keynote = false;
        int start = letterFrom(context, 0);
        while (start < n) {
            int end = wordEnd(context, start);
            int next = letterFrom(context, end); // the separator is [end, next); a next word starts at next
            int nextEnd = next < n ? wordEnd(context, next) : next;
            boolean blankGap = next < n && blank(context, end, next);
            boolean nextTalk = blankGap && (isWord(context, next, nextEnd, "talk")
                    || isWord(context, next, nextEnd, "talks"));
            boolean flash = isWord(context, start, end, "flash");
            boolean flashTalk = flash && next == end + 1 && context.charAt(end) == ' ' && next < n
                    && startsWithWord(context, next, nextEnd, "talk"); // "flash talk…" as written with one space
            if (isWord(context, start, end, "lightning") || flashTalk
                    || nextTalk && (isWord(context, start, end, "lighting") || flash)) {
                return TalkKind.LIGHTNING;
            }
            workshop |= containsWord(context, start, end, "workshop");
            talk |= isWord(context, start, end, "talk") || isWord(context, start, end, "talks");
            keynote |= containsWord(context, start, end, "keynote");
            start = next;
        }
        if (workshop && !talk) {
            return TalkKind.WORKSHOP;
        }
        return keynote ? TalkKind.KEYNOTE : TalkKind.TALK;
    }

    /** The first letter at or after {@code i}, or the text's length: where {@link #words} starts its next word. */
    static int letterFrom(String text, int i) {
        int n = text.length();
        while (i < n && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the word of {@link #words} that starts at {@code start} ("line-up" kept whole). */
    static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' && i == start + 4
                && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                && text.regionMatches(true, start, "line-", 0, 5))) {
            i++;
        }
        return i;
    }

    /** Whether {@code [from, to)} is all white space, as {@link String#isBlank} sees it. */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code [from, to)} holds only ASCII, whose root-locale lower case is a per-character fold. */
    private static boolean ascii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word {@code [from, to)} in root-locale lower case is {@code lower}. */
    static boolean isWord(String text, int from, int to, String lower) {
        if (ascii(text, from, to)) {
            return to - from == lower.length() && text.regionMatches(true, from, lower, 0, lower.length());
        }
        return text.substring(from, to).toLowerCase(Locale.ROOT).equals(lower);
    }

    /** Whether the word {@code [from, to)} in root-locale lower case starts with {@code lower}. */
    static boolean startsWithWord(String text, int from, int to, String lower) {
        if (ascii(text, from, to)) {
            return to - from >= lower.length() && text.regionMatches(true, from, lower, 0, lower.length());
        }
        return text.substring(from, to).toLowerCase(Locale.ROOT).startsWith(lower);
    }

    /** Whether the word {@code [from, to)} in root-locale lower case contains {@code lower}. */
    private static boolean containsWord(String text, int from, int to, String lower) {
        if (ascii(text, from, to)) {
            for (int i = from; i + lower.length() <= to; i++) {
                if (text.regionMatches(true, i, lower, 0, lower.length())) {
                    return true;
                }
            }
            return false;
        }
        return text.substring(from, to).toLowerCase(Locale.ROOT).contains(lower);
    }

    /**
     * The lower-case words of a text (runs of letters and digits; "line-up" kept whole), each followed by what
     * separates it from the next word: words at even indexes, separators at odd ones.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        while (i < n) {
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' && i == start + 4
                    && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && text.regionMatches(true, start, "line-", 0, 5))) {
                i++;
            }
            out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            int gap = i;
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i < n) {
                out.add(text.substring(gap, i));
            }
        }
        return out;
    }

    /** First words of a heading over something other than one talk: "Agenda", "Our sponsors", "The talks", "How …". */
    private static final Set<String> GENERIC_HEADING_WORDS = Lexicon.words(WordClass.GENERIC_HEADING);

    /**
     * Whether a heading is a generic one ("Agenda", "Our sponsors", "The talks", "How to get there") rather than a
     * talk's title: its first word, after an optional "some", "our" or "the", is one of a fixed list.
     */
    public static boolean genericHeading(String heading) {
        String first = firstWord(heading, 0);
        if (GENERIC_HEADING_WORDS.contains(first)) {
            return true;
        }
        int after = first.length();
        if (Lexicon.is(WordClass.HEADING_OPENER, first) && after < heading.length()
                && Trim.isPatternSpace(heading.charAt(after))) {
            while (after < heading.length() && Trim.isPatternSpace(heading.charAt(after))) {
                after++;
            }
            return GENERIC_HEADING_WORDS.contains(firstWord(heading, after));
        }
        return false;
    }

    /** The lower-case run of word characters (as Java's word boundary sees them) at {@code from}, or "". */
    private static String firstWord(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return text.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /** A heading without its leading number: "2. Caching" and "2) Caching" give "Caching". */
    public static String withoutNumber(String heading) {
        int i = 0;
        while (i < heading.length() && heading.charAt(i) >= '0' && heading.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i == heading.length() || heading.charAt(i) != '.' && heading.charAt(i) != ')') {
            return heading;
        }
        i++;
        while (i < heading.length() && Trim.isPatternSpace(heading.charAt(i))) {
            i++;
        }
        return heading.substring(i);
    }

    /** A title without a leading "Session 2:", "Talk 1 -" or "Talk." label. */
    public static String withoutSessionLabel(String title) {
        int i;
        if (title.regionMatches(true, 0, "session", 0, 7)) {
            i = 7;
        } else if (title.regionMatches(true, 0, "talk", 0, 4)) {
            i = 4;
        } else {
            return title;
        }
        while (i < title.length() && Trim.isPatternSpace(title.charAt(i))) {
            i++;
        }
        while (i < title.length() && title.charAt(i) >= '0' && title.charAt(i) <= '9') {
            i++;
        }
        while (i < title.length() && Trim.isPatternSpace(title.charAt(i))) {
            i++;
        }
        if (i == title.length() || ":.-".indexOf(title.charAt(i)) < 0) {
            return title;
        }
        i++;
        while (i < title.length() && Trim.isPatternSpace(title.charAt(i))) {
            i++;
        }
        return title.substring(i);
    }
}
