package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds times of day in sentences' tokens: "10 AM to 1 PM", "from 6:30pm", "2.00PM to 5.00PM", "11:00 to 14:30",
 * "(3:00 - 5:00 PM)", "started at 10:40AM", "ended by 1:30PM", "noon to 2pm". A bare number is a time only with
 * AM/PM; a 24-hour time needs a colon. Explicit ranges win; else a time after a start word ({@link
 * WordClass#START_CUE}: "doors open at 6:30pm") is the start and one after an end word ({@link WordClass#END_CUE})
 * the end; else a time standing alone on the line after the date.
 *
 * <p>Runs only on sentences with a number-like token or the word "noon" ({@link Triggers}); no regular expression.
 */
public final class TimeFinder {

    private static final Phrases START = Phrases.of(WordClass.START_CUE);
    private static final Phrases END = Phrases.of(WordClass.END_CUE);
    private static final long TRIGGER = Triggers.DIGITS | Triggers.NOON;

    private TimeFinder() {
    }

    /** A start and maybe an end. */
    public record Times(LocalTime start, Optional<LocalTime> end) {
    }

    /** The time range spanned by the ranges in {@code sentences}, else a start and end read from cue words. */
    public static Optional<Found<Times>> find(List<Sentence> sentences) {
        return find(sentences, null);
    }

    /**
     * As {@link #find(List)}; a time in {@code dateSentence}, the sentence that names the event's date ("on March
     * 14th at 6:30 PM"), is its start even without a cue word.
     */
    public static Optional<Found<Times>> find(List<Sentence> sentences, Sentence dateSentence) {
        LocalTime start = null;
        LocalTime end = null;
        int line = 0;
        for (Sentence s : sentences) {
            if (!s.has(TRIGGER)) {
                continue;
            }
            for (LocalTime[] r : ranges(s.tokens(), s.block().text())) {
                if (start == null || r[0].isBefore(start)) {
                    start = r[0];
                    line = line == 0 ? s.line() : line;
                }
                if (end == null || r[1].isAfter(end)) {
                    end = r[1];
                }
            }
        }
        if (start != null) {
            return Optional.of(new Found<>(new Times(start, Optional.ofNullable(end)), line));
        }
        for (Sentence s : sentences) {
            if (!s.has(TRIGGER)) {
                continue;
            }
            List<Token> tk = s.tokens();
            for (Clock c : clocks(tk, s.block().text())) {
                if (start == null && (cued(START, tk, c.from) || s.equals(dateSentence)
                        && afterAt(tk, s.block().text(), c.from))) {
                    start = c.time;
                    line = s.line();
                } else if (start != null && end == null && cued(END, tk, c.from) && c.time.isAfter(start)) {
                    end = c.time;
                }
            }
        }
        if (start == null) {
            return timeAfterDate(sentences, dateSentence);
        }
        return Optional.of(new Found<>(new Times(start, Optional.ofNullable(end)), line));
    }

    /** Whether a cue of the list ends within the 40 characters before token {@code at}. */
    private static boolean cued(Phrases cues, List<Token> tk, int at) {
        int limit = tk.get(at).start() - 40;
        for (int k = at - 1; k >= 0 && tk.get(k).start() >= limit; k--) {
            int end = cues.matchAt(tk, k);
            if (end >= 0 && end <= at) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token before {@code at} is "at" or "from" ("on March 14th at 6:30 PM"), or an "@" written right
     * after a letter or digit of the sentence. A spaced "@" ("Aug. 15 @5pm") is not read: in the corpus it marks the
     * other events a post lists at least as often as its own start, so it is left as the pattern finder left it.
     */
    private static boolean afterAt(List<Token> tk, String text, int at) {
        if (at == 0) {
            return false;
        }
        Token t = tk.get(at - 1);
        if (t.is('@')) {
            if (at < 2 || tk.get(at - 2).end() != t.start()) {
                return false;
            }
            char before = text.charAt(t.start() - 1);
            return Character.isLetterOrDigit(before) || before == '_';
        }
        return t.kind() == Token.Kind.WORD && (t.lower().equals("at") || t.lower().equals("from"));
    }

    /**
     * A time standing alone right after the sentence that names the date ("Tuesday: Nov 19\n\n11:30 am") is the
     * start: an announcement's date, time and place written as separate lines. Up to three marks may stand around
     * it, and "at", "from", "time:" or "@" before it.
     */
    private static Optional<Found<Times>> timeAfterDate(List<Sentence> sentences, Sentence dateSentence) {
        int at = dateSentence == null ? -1 : sentences.indexOf(dateSentence);
        if (at < 0 || at + 1 >= sentences.size()) {
            return Optional.empty();
        }
        Sentence next = sentences.get(at + 1);
        List<Token> tk = next.tokens();
        int i = 0;
        while (i < tk.size() && i < 3 && isMark(tk.get(i))) {
            i++;
        }
        if (i < tk.size() && tk.get(i).kind() == Token.Kind.WORD && Lexicon.is(WordClass.TIME_LEAD, tk.get(i).lower())) {
            i++;
            if (i < tk.size() && tk.get(i).is(':')) {
                i++;
            }
        } else if (i < tk.size() && tk.get(i).is('@')) {
            i++;
        }
        if (i >= tk.size()) {
            return Optional.empty();
        }
        Clock c = clockAt(tk, next.block().text(), i);
        if (c == null) {
            return Optional.empty();
        }
        int rest = c.to;
        if (rest < tk.size() && tk.get(rest).is('.')) {
            rest++;
        }
        int marks = 0;
        for (int k = rest; k < tk.size(); k++) {
            if (!isMark(tk.get(k)) || ++marks > 3) {
                return Optional.empty();
            }
        }
        return Optional.of(new Found<>(new Times(c.time, Optional.empty()), next.line()));
    }

    private static boolean isMark(Token t) {
        return (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.QUOTE) && !t.is('_');
    }

    /** Every explicit range in {@code text}, as start and end: for tests and the one-off reader. */
    static List<LocalTime[]> ranges(String text) {
        ProseBlock b = new ProseBlock(ProseBlock.Kind.PARAGRAPH, 0, text, 1, List.of(), -1, "", "", Optional.empty());
        return ranges(b.tokens(), text);
    }

    /** Every explicit range in the tokens, as start and end. */
    static List<LocalTime[]> ranges(List<Token> tk, String text) {
        List<LocalTime[]> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        // "6-8pm", "10 to 11.30am": the first time borrows the second's AM or PM.
        for (int i = 0; i + 2 < tk.size(); i++) {
            Clock second;
            int[] first = bareHour(tk, text, i);
            if (first == null || !isRangeJoin(tk.get(i + 1), false)
                    || (second = clockAt(tk, text, i + 2)) == null || second.meridiem == 0
                    || !smallHour(tk.get(i + 2))) {
                continue;
            }
            boolean pm = second.meridiem == 2;
            LocalTime e = second.time;
            LocalTime s = clock(first[0], first[1], pm);
            if (s == null) {
                continue;
            }
            if (!s.isBefore(e)) {
                s = clock(first[0], first[1], false);
            }
            if (s != null && s.isBefore(e)) {
                out.add(new LocalTime[] {s, e});
                taken.add(new int[] {i, second.to});
                i = second.to - 1;
            }
        }
        List<Clock> clocks = clocks(tk, text);
        for (int k = 0; k + 1 < clocks.size(); k++) {
            Clock a = clocks.get(k);
            Clock b = clocks.get(k + 1);
            if (b.from != a.to + 1 || !isRangeJoin(tk.get(a.to), true)) {
                continue;
            }
            k++; // the pair is read, whether kept or not
            if (overlaps(taken, a.from, b.to)) {
                continue;
            }
            LocalTime end = b.time;
            if (!a.time.isBefore(end) && a.meridiem == 0 && b.meridiem == 0 && end.getHour() < 12
                    && a.time.getHour() >= 12 && end.plusHours(12).isAfter(a.time)) {
                end = end.plusHours(12); // "6:30 - 9:00": the end of an evening is in the evening too
            }
            if (a.time.isBefore(end)) {
                out.add(new LocalTime[] {a.time, end});
            }
        }
        return out;
    }

    /** A dash or "to", "till", "until" (and "through" when {@code through}) between two times. */
    private static boolean isRangeJoin(Token t, boolean through) {
        if (t.is('-') || t.is('–') || t.is('—')) {
            return true;
        }
        return t.kind() == Token.Kind.WORD && Lexicon.is(WordClass.RANGE_WORD, t.lower())
                && (through || !t.lower().equals("through"));
    }

    /** The hour and minutes ({@code -1} when none) of a number or clock token without AM/PM, of hour 0 to 19. */
    private static int[] bareHour(List<Token> tk, String text, int i) {
        Token t = tk.get(i);
        if (t.kind() != Token.Kind.NUMBER && t.kind() != Token.Kind.CLOCK || !smallHour(t) || !freeBefore(tk, text, i)) {
            return null;
        }
        int[] hm = hourMinutes(t.text());
        if (hm == null || hm[2] != 0) {
            return null;
        }
        return new int[] {hm[0], hm[1]};
    }

    /** Whether the token's hour is written with one digit, or two starting with 0 or 1. */
    private static boolean smallHour(Token t) {
        String s = t.text();
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        return digits == 1 || digits == 2 && s.charAt(0) <= '1';
    }

    private static boolean overlaps(List<int[]> taken, int from, int to) {
        for (int[] t : taken) {
            if (from < t[1] && to > t[0]) {
                return true;
            }
        }
        return false;
    }

    /** A time of day over tokens {@code [from, to)}. */
    private record Clock(int from, int to, LocalTime time, int meridiem) {
    }

    /** Every time of day in the tokens, left to right, none inside another. */
    private static List<Clock> clocks(List<Token> tk, String text) {
        List<Clock> out = new ArrayList<>();
        for (int i = 0; i < tk.size(); i++) {
            Clock c = clockAt(tk, text, i);
            if (c != null) {
                out.add(c);
                i = c.to - 1;
            }
        }
        return out;
    }

    /**
     * The time of day that starts at token {@code i}: an hour with AM/PM ("6pm", "6:30 p.m.", "2.00PM"), a 24-hour
     * time with a colon ("18:30"), or "noon"; else null.
     */
    private static Clock clockAt(List<Token> tk, String text, int i) {
        Token t = tk.get(i);
        if (t.kind() == Token.Kind.WORD && t.lower().equals("noon")) {
            return new Clock(i, i + 1, LocalTime.NOON, 0);
        }
        if (t.kind() != Token.Kind.NUMBER && t.kind() != Token.Kind.CLOCK || !freeBefore(tk, text, i)) {
            return null;
        }
        int[] hm = hourMinutes(t.text());
        if (hm == null) {
            return null;
        }
        int to = i + 1;
        int meridiem = hm[2];
        if (meridiem == 0 && to < tk.size() && tk.get(to).kind() == Token.Kind.WORD
                && Lexicon.is(WordClass.MERIDIEM, tk.get(to).lower())) {
            meridiem = tk.get(to).lower().charAt(0) == 'p' ? 2 : 1;
            to++;
        }
        if (meridiem != 0) {
            LocalTime time = clock(hm[0], hm[1], meridiem == 2);
            return time == null ? null : new Clock(i, to, time, meridiem);
        }
        if (hm[3] == ':' && hm[1] >= 0) {
            return new Clock(i, to, LocalTime.of(evening(t.text(), hm[0]), hm[1]), 0);
        }
        return null;
    }

    /**
     * The hour of a clock written without AM or PM: "6:30" is half past six in the evening, as a meetup's time, while
     * "06:30", "18:30" and "9:00" are read as written. Only hours 1 to 7 written with one digit move: nobody writes
     * a meetup at half past six in the morning without saying so, and a morning workshop starts at 8 or later.
     */
    private static int evening(String text, int hour) {
        return hour >= 1 && hour <= 7 && text.length() > 1 && text.charAt(1) == ':' ? hour + 12 : hour;
    }

    /** Whether no digit, ":" or "." is written right before token {@code i} of the sentence. */
    private static boolean freeBefore(List<Token> tk, String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(tk.get(i).start() - 1);
        return !Character.isDigit(c) && c != ':' && c != '.';
    }

    /**
     * Hour, minutes (-1 when none), AM/PM (0 none, 1 am, 2 pm) and separator of a number or clock token's text
     * ("6", "18:30", "6.30pm", "6 PM"); null when the hour is not 0 to 23 or the minutes not 00 to 59.
     */
    private static int[] hourMinutes(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 2) {
            return null;
        }
        int hour = Integer.parseInt(s.substring(0, i));
        if (i == 2 && s.charAt(0) > '2' || hour > 23) {
            return null;
        }
        int minutes = -1;
        char sep = 0;
        if (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '.')) {
            sep = s.charAt(i);
            if (i + 3 > s.length() || !Character.isDigit(s.charAt(i + 1)) || !Character.isDigit(s.charAt(i + 2))) {
                return null;
            }
            minutes = Integer.parseInt(s.substring(i + 1, i + 3));
            if (minutes > 59) {
                return null;
            }
            i += 3;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int meridiem = 0;
        if (i < s.length()) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c != 'a' && c != 'p') {
                return null;
            }
            meridiem = c == 'p' ? 2 : 1;
        }
        return new int[] {hour, minutes, meridiem, sep};
    }

    private static LocalTime clock(int h, int minutes, boolean pm) {
        int m = Math.max(0, minutes);
        if (h < 1 || h > 12) {
            return h == 0 || h > 12 && h < 24 ? LocalTime.of(h, m) : null;
        }
        int hour = h % 12 + (pm ? 12 : 0);
        return LocalTime.of(hour, m);
    }
}
