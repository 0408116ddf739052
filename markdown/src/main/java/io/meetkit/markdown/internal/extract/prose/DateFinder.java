package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import io.meetkit.markdown.internal.extract.prose.token.Lexicon.WordClass;
import io.meetkit.markdown.internal.extract.prose.token.Token;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the event's date in a sentence's tokens: "on the 18th of June", "June 18th", "18 June 2022", "Saturday, 5th
 * March", "15/July/2017", "18/06/2022", "2022-06-18", "on the 7th of this month", and a bare "on 24th" whose month is
 * named earlier in the same sentence. A year left out is the one that puts the date nearest to the post date. A
 * date right after a deadline word ("RSVP by 5 May", "submit before June 30th") is not the event's.
 *
 * <p>Runs only on a sentence with a number-like token ({@link Triggers#DIGITS}); the month names are
 * {@link WordClass#MONTH}, the deadline words {@link WordClass#DEADLINE_CUE}. No regular expression is used.
 */
public final class DateFinder {

    private static final Phrases DEADLINE = Phrases.of(WordClass.DEADLINE_CUE);

    private DateFinder() {
    }

    /**
     * A date read from text.
     *
     * @param date       the date
     * @param yearStated whether the text gave the year (else it was taken from the post date)
     */
    public record Dated(LocalDate date, boolean yearStated) {
    }

    /** The first date named in {@code text}, its year resolved against {@code postDate} when left out. */
    public static Optional<LocalDate> find(String text, Optional<LocalDate> postDate) {
        return findDated(text, postDate).map(Dated::date);
    }

    /** As {@link #find}, saying whether the year was written. */
    public static Optional<Dated> findDated(String text, Optional<LocalDate> postDate) {
        ProseBlock block = new ProseBlock(ProseBlock.Kind.PARAGRAPH, 0, text, 1, List.of(), -1, "", "",
                Optional.empty());
        return findDated(block.tokens(), text, postDate);
    }

    /** The first date named in the sentence, as {@link #findDated(String, Optional)}. */
    public static Optional<Dated> findDated(Sentence sentence, Optional<LocalDate> postDate) {
        if (!sentence.has(Triggers.DIGITS)) {
            return Optional.empty(); // every date here needs a day number
        }
        return findDated(sentence.tokens(), sentence.block().text(), postDate);
    }

    /** {@code text} is the text the tokens' offsets point into. */
    private static Optional<Dated> findDated(List<Token> tk, String text, Optional<LocalDate> postDate) {
        List<Candidate> found = new ArrayList<>();
        dayMonth(tk, text, postDate, found);
        monthDay(tk, text, postDate, found);
        dayNamedMonthYear(tk, text, found);
        numeric(tk, text, found);
        thisMonth(tk, postDate, found);
        if (found.isEmpty()) {
            bareDay(tk, postDate, found);
        }
        // "submit before June 30th", "RSVP by 5 May": a deadline, not the day of an event.
        found.removeIf(c -> afterDeadlineWord(tk, c.at));
        Candidate first = null;
        for (Candidate c : found) {
            if (first == null || c.at < first.at) {
                first = c;
            }
        }
        return first == null ? Optional.empty() : Optional.of(new Dated(first.date, first.yearStated));
    }

    /** "18 June", "18th of June 2022", "5th, March". */
    private static void dayMonth(List<Token> tk, String text, Optional<LocalDate> postDate, List<Candidate> out) {
        for (int i = 0; i < tk.size(); i++) {
            int day = day(tk, text, i);
            if (day < 0) {
                continue;
            }
            int j = i + 1;
            if (j < tk.size() && tk.get(j).is(',')) {
                j++;
            }
            if (isWord(tk, j, "of") && j + 1 < tk.size() && tk.get(j + 1).start() > tk.get(j).end()) {
                j++;
            }
            int month = month(tk, j);
            if (month < 0) {
                continue;
            }
            int year = yearAfterMonth(tk, text, j);
            add(out, i, year, month, day, postDate);
        }
    }

    /** "June 18", "June 18th, 2022", "Jan. 5". */
    private static void monthDay(List<Token> tk, String text, Optional<LocalDate> postDate, List<Candidate> out) {
        for (int i = 0; i < tk.size(); i++) {
            int month = month(tk, i);
            if (month < 0) {
                continue;
            }
            int j = i + 1;
            if (j < tk.size() && tk.get(j).is('.') && tk.get(j).start() == tk.get(i).end()) {
                j++;
            }
            if (j >= tk.size() || tk.get(j).start() == tk.get(j - 1).end()) {
                continue; // the day is set off by a space
            }
            int day = day(tk, text, j);
            int after = j < tk.size() ? tk.get(j).end() : 0;
            if (day < 0 || after + 1 < text.length() && (text.charAt(after) == ':' || text.charAt(after) == '.')
                    && isAsciiDigit(text.charAt(after + 1))) {
                continue; // "June 5:30" is no day
            }
            int year = yearAt(tk, text, j + 1 < tk.size() && tk.get(j + 1).is(',') ? j + 2 : j + 1);
            add(out, i, year, month, day, postDate);
        }
    }

    /** "15/July/2017", "15-Jul-2017". */
    private static void dayNamedMonthYear(List<Token> tk, String text, List<Candidate> out) {
        for (int i = 0; i + 4 < tk.size(); i++) {
            int day = day(tk, text, i);
            if (day < 0 || !isDateSeparator(tk.get(i + 1)) || !isDateSeparator(tk.get(i + 3))
                    || !adjacent(tk, i, i + 4)) {
                continue;
            }
            int month = month(tk, i + 2);
            int year = yearAt(tk, text, i + 4);
            if (month > 0 && year > 0) {
                int at = i;
                of(year, month, day).ifPresent(d -> out.add(new Candidate(at, d, true)));
            }
        }
    }

    /** "2022-06-18", "18/06/2022", "18.6.2022": one numeric date token. */
    private static void numeric(List<Token> tk, String text, List<Candidate> out) {
        for (int i = 0; i < tk.size(); i++) {
            Token t = tk.get(i);
            if (t.kind() != Token.Kind.DATE || !boundaryAfter(text, t.end())) {
                continue;
            }
            String s = t.text();
            char sep = s.charAt(firstNonDigit(s, 0));
            int a = firstNonDigit(s, 0);
            int b = s.indexOf(sep, a + 1);
            if (b < 0) {
                continue; // "6/18": no year
            }
            String first = s.substring(0, a);
            String second = s.substring(a + 1, b);
            String third = s.substring(b + 1);
            Optional<LocalDate> date = Optional.empty();
            if (sep == '-' && isYear(first) && second.length() == 2 && second.charAt(0) <= '1'
                    && third.length() == 2 && third.charAt(0) <= '3') {
                date = of(Integer.parseInt(first), Integer.parseInt(second), Integer.parseInt(third));
            } else if (sep != '-' && isDayDigits(first) && isYear(third) && second.length() <= 2
                    && (second.length() == 1 || second.charAt(0) <= '1')
                    && (i == 0 || text.charAt(t.start() - 1) != '/')) {
                date = of(Integer.parseInt(third), Integer.parseInt(second), Integer.parseInt(first));
            }
            int at = i;
            date.ifPresent(d -> out.add(new Candidate(at, d, true)));
        }
    }

    /** "on the 7th of this month": the post's month. */
    private static void thisMonth(List<Token> tk, Optional<LocalDate> postDate, List<Candidate> out) {
        for (int i = 0; i + 5 < tk.size(); i++) {
            if (isWord(tk, i, "on") && isWord(tk, i + 1, "the") && dayDigits(tk.get(i + 2)) >= 0
                    && isWord(tk, i + 3, "of") && (isWord(tk, i + 4, "this") || isWord(tk, i + 4, "the"))
                    && isWord(tk, i + 5, "month")) {
                if (postDate.isPresent()) {
                    int at = i;
                    of(postDate.get().getYear(), postDate.get().getMonthValue(), dayDigits(tk.get(i + 2)))
                            .ifPresent(d -> out.add(new Candidate(at, d, false)));
                }
                return; // the first such phrase only
            }
        }
    }

    /** "in June … on the 24th": the month named before a bare ordinal day. */
    private static void bareDay(List<Token> tk, Optional<LocalDate> postDate, List<Candidate> out) {
        int month = -1;
        for (int i = 0; i < tk.size(); i++) {
            if (tk.get(i).kind() == Token.Kind.WORD && Lexicon.is(WordClass.MONTH, tk.get(i).lower())) {
                month = i;
                break;
            }
        }
        for (int i = 0; i < tk.size(); i++) {
            if (!isWord(tk, i, "on")) {
                continue;
            }
            int j = isWord(tk, i + 1, "the") ? i + 2 : i + 1;
            if (j < tk.size() && tk.get(j).kind() == Token.Kind.ORDINAL && dayDigits(tk.get(j)) >= 0) {
                if (month >= 0 && month < i) {
                    int at = i;
                    resolve(monthNumber(tk.get(month).lower()), dayDigits(tk.get(j)), postDate)
                            .ifPresent(d -> out.add(new Candidate(at, d, false)));
                }
                return; // the first bare day only
            }
        }
    }

    /** Whether the tokens just before token {@code at} are a deadline word, maybe with "the": "due the 5th". */
    private static boolean afterDeadlineWord(List<Token> tk, int at) {
        int end = at;
        if (end > 0 && isWord(tk, end - 1, "the")) {
            end--;
        }
        if (end == 0 || !DEADLINE.endsAt(tk, end)) {
            return false;
        }
        // The deadline words end right before the date (only spaces between) and start within 20 characters of it.
        for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
            if (tk.get(at).start() - tk.get(k).start() <= 20 && DEADLINE.matchAt(tk, k) == end) {
                return true;
            }
        }
        return false;
    }

    /** The day of token {@code i} ("18", "5th", "05"), followed by no letter or digit; else -1. */
    private static int day(List<Token> tk, String text, int i) {
        if (i < 0 || i >= tk.size()) {
            return -1;
        }
        Token t = tk.get(i);
        return boundaryAfter(text, t.end()) ? dayDigits(t) : -1;
    }

    /** The day written by a number or ordinal token of one digit, or two whose first is 0 to 3; else -1. */
    private static int dayDigits(Token t) {
        if (t.kind() != Token.Kind.NUMBER && t.kind() != Token.Kind.ORDINAL) {
            return -1;
        }
        String digits = t.kind() == Token.Kind.ORDINAL ? t.text().substring(0, t.text().length() - 2) : t.text();
        return isDayDigits(digits) ? Integer.parseInt(digits) : -1;
    }

    private static boolean isDayDigits(String digits) {
        return digits.length() == 1 || digits.length() == 2 && digits.charAt(0) <= '3';
    }

    /** The month of token {@code i} when it is a month's name (not the verb "may"); else -1. */
    private static int month(List<Token> tk, int i) {
        if (i < 0 || i >= tk.size() || tk.get(i).kind() != Token.Kind.WORD
                || !Lexicon.is(WordClass.MONTH, tk.get(i).lower())) {
            return -1;
        }
        Token t = tk.get(i);
        if (t.lower().equals("may") && !Character.isUpperCase(t.text().charAt(0))) {
            return -1; // "may" the verb
        }
        return monthNumber(t.lower());
    }

    private static int monthNumber(String lower) {
        return switch (lower.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    /** The year after the month at token {@code m} ("June 2022", "June, 2022", "Jun. 2022"), or -1. */
    private static int yearAfterMonth(List<Token> tk, String text, int m) {
        int j = m + 1;
        if (j < tk.size() && tk.get(j).is('.') && tk.get(j).start() == tk.get(m).end()) {
            j++;
        }
        if (j < tk.size() && tk.get(j).is(',')) {
            j++;
        }
        return yearAt(tk, text, j);
    }

    /** The year of token {@code i} when it is four digits from 1900 to 2099 followed by no letter; else -1. */
    private static int yearAt(List<Token> tk, String text, int i) {
        if (i < 0 || i >= tk.size() || tk.get(i).kind() != Token.Kind.NUMBER || !isYear(tk.get(i).text())
                || !boundaryAfter(text, tk.get(i).end())) {
            return -1;
        }
        return Integer.parseInt(tk.get(i).text());
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    private static void add(List<Candidate> out, int at, int year, int month, int day, Optional<LocalDate> postDate) {
        Optional<LocalDate> date = year > 0 ? of(year, month, day) : resolve(month, day, postDate);
        date.ifPresent(d -> out.add(new Candidate(at, d, year > 0)));
    }

    private static boolean isWord(List<Token> tk, int i, String lower) {
        return i >= 0 && i < tk.size() && tk.get(i).isWord(lower);
    }

    private static boolean isDateSeparator(Token t) {
        return t.is('/') || t.is('.') || t.is('-');
    }

    /** Whether tokens {@code from} to {@code to} are written with nothing between them. */
    private static boolean adjacent(List<Token> tk, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (tk.get(k).start() != tk.get(k - 1).end()) {
                return false;
            }
        }
        return true;
    }

    /** Whether no letter, digit or underscore follows at {@code end}: where a word ends. */
    private static boolean boundaryAfter(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int firstNonDigit(String s, int from) {
        int i = from;
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        return Math.min(i, s.length() - 1);
    }

    /** The date with {@code month} and {@code day} nearest to the post date; empty without a post date. */
    static Optional<LocalDate> resolve(int month, int day, Optional<LocalDate> postDate) {
        if (postDate.isEmpty()) {
            return Optional.empty();
        }
        LocalDate best = null;
        int y = postDate.get().getYear();
        for (int year = y - 1; year <= y + 1; year++) {
            Optional<LocalDate> d = of(year, month, day);
            if (d.isPresent() && (best == null || Math.abs(ChronoUnit.DAYS.between(d.get(), postDate.get()))
                    < Math.abs(ChronoUnit.DAYS.between(best, postDate.get())))) {
                best = d.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date found at token {@code at}. */
    private record Candidate(int at, LocalDate date, boolean yearStated) {
    }
}
