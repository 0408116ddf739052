package io.meetkit.markdown.internal.extract.prose;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the event's date in prose: "on the 18th of June", "June 18th", "18 June 2022", "Saturday, 5th March",
 * "15/July/2017", "18/06/2022", "2022-06-18", "on the 7th of this month", and a bare "on 24th" whose month is named
 * earlier in the same sentence. A year left out is the one that puts the date nearest to the post date.
 */
public final class DateFinder {

    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?<suffix>st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)\\b" + DAY + "\\b,?\\s*(?:of\\s+)?" + MONTH + "\\b(?:,?\\s*" + YEAR + "\\b)?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+" + DAY + "\\b(?![:.]\\d)(?:,?\\s*" + YEAR + "\\b)?");
    private static final Pattern DAY_NAMEDMONTH_YEAR = Pattern.compile(
            "(?i)\\b" + DAY + "[/.-]" + MONTH + "[/.-]" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("\\b(?<year>(?:19|20)\\d{2})-(?<m>[01]\\d)-(?<day>[0-3]\\d)\\b");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/])(?<day>[0-3]?\\d)[/.](?<m>[01]?\\d)[/.](?<year>(?:19|20)\\d{2})\\b");
    private static final Pattern THIS_MONTH = Pattern.compile(
            "(?i)\\bon\\s+the\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+of\\s+(?:this|the)\\s+month\\b");
    private static final Pattern BARE_DAY = Pattern.compile("(?i)\\bon\\s+(?:the\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)\\b");
    private static final Pattern DEADLINE = Pattern.compile(
            "(?i)\\b(?:before|until|till|by|due|deadline|closes?(?:\\s+on)?|no later than)\\s*(?:the\\s+)?$");
    private static final Pattern MONTH_WORD = Pattern.compile("(?i)\\b" + MONTH + "\\b");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

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
        if (!Hints.hasDigit(text)) {
            return Optional.empty(); // every date pattern here needs a day number
        }
        List<Candidate> found = new ArrayList<>();
        collect(DAY_MONTH, text, postDate, found, false);
        collect(MONTH_DAY, text, postDate, found, false);
        collect(DAY_NAMEDMONTH_YEAR, text, postDate, found, false);
        collect(ISO, text, postDate, found, true);
        collect(NUMERIC, text, postDate, found, true);
        Matcher m = THIS_MONTH.matcher(text);
        if (m.find() && postDate.isPresent()) {
            of(postDate.get().getYear(), postDate.get().getMonthValue(), Integer.parseInt(m.group("day")))
                    .ifPresent(d -> found.add(new Candidate(m.start(), d, false)));
        }
        if (found.isEmpty()) {
            Matcher bare = BARE_DAY.matcher(text);
            Matcher month = MONTH_WORD.matcher(text);
            if (bare.find() && month.find() && month.start() < bare.start()) {
                int mo = monthOf(month.group("month"));
                resolve(mo, Integer.parseInt(bare.group("day")), postDate)
                        .ifPresent(d -> found.add(new Candidate(bare.start(), d, false)));
            }
        }
        // "submit before June 30th", "RSVP by 5 May": a deadline, not the day of an event.
        found.removeIf(c -> DEADLINE.matcher(text.substring(Math.max(0, c.offset - 20), c.offset)).find());
        return found.stream().min((a, b) -> Integer.compare(a.offset, b.offset))
                .map(c -> new Dated(c.date, c.yearStated));
    }

    private static void collect(Pattern p, String text, Optional<LocalDate> postDate, List<Candidate> out,
                                boolean numericMonth) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int month = numericMonth ? Integer.parseInt(m.group("m")) : monthOf(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            String year = m.group("year");
            if (!numericMonth && "may".equalsIgnoreCase(m.group("month")) && !Character.isUpperCase(m.group("month").charAt(0))) {
                continue; // "may" the verb
            }
            Optional<LocalDate> date = year != null ? of(Integer.parseInt(year), month, day)
                    : resolve(month, day, postDate);
            int offset = m.start();
            date.ifPresent(d -> out.add(new Candidate(offset, d, year != null)));
        }
    }

    private static int monthOf(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
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

    private record Candidate(int offset, LocalDate date, boolean yearStated) {
    }
}
