package io.meetkit.markdown.internal.extract.prose;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds times of day: "10 AM to 1 PM", "from 6:30pm", "2.00PM to 5.00PM", "11:00 to 14:30", "(3:00 - 5:00 PM)",
 * "started at 10:40AM", "ended by 1:30PM". A bare number is a time only with AM/PM; a 24-hour time needs a colon.
 */
public final class TimeFinder {

    private static final String T = "(?:(?<h%1$s>[01]?\\d|2[0-3])(?:[:.](?<m%1$s>[0-5]\\d))?\\s*(?<ap%1$s>[ap]\\.?\\s?m\\b\\.?)"
            + "|(?<H%1$s>[01]?\\d|2[0-3]):(?<M%1$s>[0-5]\\d)(?!\\d)|(?<noon%1$s>noon))";
    private static final Pattern RANGE = Pattern.compile("(?i)(?<![\\d:.])" + String.format(Locale.ROOT, T, "1")
            + "\\s*(?:-|–|—|to|till|until|through)\\s*" + String.format(Locale.ROOT, T, "2"));
    private static final Pattern RANGE_SHARED_SUFFIX = Pattern.compile(
            "(?i)(?<![\\d:.])(?<h1>[01]?\\d)(?:[:.](?<m1>[0-5]\\d))?\\s*(?:-|–|—|to|till|until)\\s*(?<h2>[01]?\\d)"
                    + "(?:[:.](?<m2>[0-5]\\d))?\\s*(?<ap>[ap]\\.?\\s?m\\b\\.?)");
    private static final Pattern SINGLE = Pattern.compile("(?i)(?<![\\d:.])" + String.format(Locale.ROOT, T, "1"));
    private static final Pattern TIME_ALONE = Pattern.compile("(?i)^\\W{0,3}+(?:(?:at|from|time)\\s*+:?\\s*+|@\\s*+)?"
            + "(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)?\\s*+(?:[ap]\\.?\\s?m\\b\\.?)?\\W{0,3}+$");
    private static final Pattern ENDS_WITH_AT = Pattern.compile("(?is).*\\b(?:at|@|from)\\s*$");
    private static final Pattern START_CUE = Pattern.compile(
            "(?i)\\b(start|starts|started|starting|begin|begins|began|commence[sd]?|kick(?:ed|s)? off|from|doors open|time)\\b");
    private static final Pattern END_CUE = Pattern.compile(
            "(?i)\\b(ends?|ended|ending|till|til|until|wrap(?:ped|s)? up|finish(?:ed|es)?|went on|close[sd]?)\\b");

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
            String text = s.text();
            for (LocalTime[] r : ranges(text)) {
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
            String text = s.text();
            List<Cued> times = singles(text);
            if (times.isEmpty()) {
                continue;
            }
            for (Cued c : times) {
                String before = text.substring(Math.max(0, c.offset - 40), c.offset);
                if (start == null && (START_CUE.matcher(before).find() || s.equals(dateSentence)
                        && ENDS_WITH_AT.matcher(before).matches())) {
                    start = c.time;
                    line = s.line();
                } else if (start != null && end == null && END_CUE.matcher(before).find() && c.time.isAfter(start)) {
                    end = c.time;
                }
            }
        }
        if (start == null) {
            return timeAfterDate(sentences, dateSentence);
        }
        return Optional.of(new Found<>(new Times(start, Optional.ofNullable(end)), line));
    }

    /**
     * A time standing alone right after the sentence that names the date ("Tuesday: Nov 19\n\n11:30 am") is the
     * start: an announcement's date, time and place written as separate lines.
     */
    private static Optional<Found<Times>> timeAfterDate(List<Sentence> sentences, Sentence dateSentence) {
        int at = dateSentence == null ? -1 : sentences.indexOf(dateSentence);
        if (at < 0 || at + 1 >= sentences.size()) {
            return Optional.empty();
        }
        Sentence next = sentences.get(at + 1);
        Matcher alone = TIME_ALONE.matcher(next.text());
        if (!alone.matches()) {
            return Optional.empty();
        }
        return singles(next.text()).stream().findFirst()
                .map(c -> new Found<>(new Times(c.time, Optional.empty()), next.line()));
    }

    /** Every explicit range in {@code text}, as start and end. */
    static List<LocalTime[]> ranges(String text) {
        List<LocalTime[]> out = new ArrayList<>();
        if (!Hints.hasDigit(text) && !Hints.lower(text).contains("noon")) {
            return out; // a range needs an hour or noon on both sides
        }
        Matcher shared = RANGE_SHARED_SUFFIX.matcher(text);
        List<int[]> taken = new ArrayList<>();
        while (shared.find()) {
            boolean pm = shared.group("ap").toLowerCase(Locale.ROOT).startsWith("p");
            int h1 = Integer.parseInt(shared.group("h1"));
            int h2 = Integer.parseInt(shared.group("h2"));
            LocalTime e = clock(h2, shared.group("m2"), pm);
            LocalTime s = clock(h1, shared.group("m1"), pm);
            if (s == null || e == null) {
                continue;
            }
            if (!s.isBefore(e)) {
                s = clock(h1, shared.group("m1"), false);
            }
            if (s != null && s.isBefore(e)) {
                out.add(new LocalTime[] {s, e});
                taken.add(new int[] {shared.start(), shared.end()});
            }
        }
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            LocalTime s = time(m, "1");
            LocalTime e = time(m, "2");
            if (s != null && e != null && s.isBefore(e)) {
                out.add(new LocalTime[] {s, e});
            }
        }
        return out;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && end > t[0]) {
                return true;
            }
        }
        return false;
    }

    private record Cued(int offset, LocalTime time) {
    }

    private static List<Cued> singles(String text) {
        List<Cued> out = new ArrayList<>();
        if (!Hints.hasDigit(text) && !Hints.lower(text).contains("noon")) {
            return out;
        }
        Matcher m = SINGLE.matcher(text);
        while (m.find()) {
            LocalTime t = time(m, "1");
            if (t != null) {
                out.add(new Cued(m.start(), t));
            }
        }
        return out;
    }

    private static LocalTime time(Matcher m, String n) {
        if (m.group("noon" + n) != null) {
            return LocalTime.NOON;
        }
        if (m.group("H" + n) != null) {
            return LocalTime.of(Integer.parseInt(m.group("H" + n)), Integer.parseInt(m.group("M" + n)));
        }
        boolean pm = m.group("ap" + n).toLowerCase(Locale.ROOT).startsWith("p");
        return clock(Integer.parseInt(m.group("h" + n)), m.group("m" + n), pm);
    }

    private static LocalTime clock(int h, String minutes, boolean pm) {
        if (h < 1 || h > 12) {
            return h == 0 || h > 12 && h < 24 ? LocalTime.of(h, minutes == null ? 0 : Integer.parseInt(minutes)) : null;
        }
        int hour = h % 12 + (pm ? 12 : 0);
        return LocalTime.of(hour, minutes == null ? 0 : Integer.parseInt(minutes));
    }
}
