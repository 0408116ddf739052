package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The day a post's title names, when it overrides a different day read from the body: "Meeting: May 14 - Streams"
 * or "Hack night May 14th" name the post's own event, while another day in the body is that of another
 * event mentioned in passing ("see also the workshop on Tuesday, May 15th") or a leftover of an older post. A title
 * day without a year more than 60 days from the post's date is ignored, as in the body; the title must name its
 * month in words, so a title made from a dated file name ("2022-06-25-meetup") overrides nothing.
 */
public final class TitleDate {

    private static final int MAX_DAYS_FROM_POST = 60;
    private static final int MAX_TITLE_LENGTH = 300;

    private TitleDate() {
    }

    /** The title's day, when it names one and that day is not {@code bodyDate}. */
    public static Optional<LocalDate> overriding(String title, Optional<LocalDate> postDate, LocalDate bodyDate) {
        if (title.length() > MAX_TITLE_LENGTH || !Lexicon.anyWord(title, Lexicon.WordClass.MONTH)) {
            return Optional.empty();
        }
        // A title made from a file name ("2022-06-25-meetup") carries the publication date, not the event's.
        Optional<DateFinder.Dated> d = DateFinder.findDated(withoutIsoDays(title), postDate);
        if (d.isEmpty() || d.get().date().equals(bodyDate)) {
            return Optional.empty();
        }
        boolean near = d.get().yearStated() || postDate.map(p -> Math.abs(ChronoUnit.DAYS.between(p,
                d.get().date())) <= MAX_DAYS_FROM_POST).orElse(true);
        return near ? Optional.of(d.get().date()) : Optional.empty();
    }

    /**
     * {@code title} with each ISO day ("2022-06-25", also "2022-6-5") replaced by a space: four ASCII digits, "-",
     * one or two digits, "-", one or two digits, read left to right, each day after the one before.
     */
    static String withoutIsoDays(String title) {
        StringBuilder out = null;
        int copied = 0;
        int n = title.length();
        for (int i = 0; i + 8 <= n; i++) {
            int end = isoDayEnd(title, i);
            if (end < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(title, copied, i).append(' ');
            copied = end;
            i = end - 1;
        }
        return out == null ? title : out.append(title, copied, n).toString();
    }

    /** The end of an ISO day that starts at {@code i}, or -1. */
    private static int isoDayEnd(String t, int i) {
        for (int k = 0; k < 4; k++) {
            if (!digit(t, i + k)) {
                return -1;
            }
        }
        if (!at(t, i + 4, '-') || !digit(t, i + 5)) {
            return -1;
        }
        // The month takes two digits when a "-" and a day follow them, else one.
        int day = digit(t, i + 6) && at(t, i + 7, '-') && digit(t, i + 8) ? i + 8
                : at(t, i + 6, '-') && digit(t, i + 7) ? i + 7 : -1;
        if (day < 0) {
            return -1;
        }
        return digit(t, day + 1) ? day + 2 : day + 1;
    }

    private static boolean digit(String t, int i) {
        return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    private static boolean at(String t, int i, char c) {
        return i < t.length() && t.charAt(i) == c;
    }
}
