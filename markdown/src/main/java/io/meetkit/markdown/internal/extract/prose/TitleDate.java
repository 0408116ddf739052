package io.meetkit.markdown.internal.extract.prose;

import io.meetkit.markdown.internal.extract.prose.token.Lexicon;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

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
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    private TitleDate() {
    }

    /** The title's day, when it names one and that day is not {@code bodyDate}. */
    public static Optional<LocalDate> overriding(String title, Optional<LocalDate> postDate, LocalDate bodyDate) {
        if (title.length() > MAX_TITLE_LENGTH || !Lexicon.anyWord(title, Lexicon.WordClass.MONTH)) {
            return Optional.empty();
        }
        // A title made from a file name ("2022-06-25-meetup") carries the publication date, not the event's.
        Optional<DateFinder.Dated> d = DateFinder.findDated(ISO_DAY.matcher(title).replaceAll(" "), postDate);
        if (d.isEmpty() || d.get().date().equals(bodyDate)) {
            return Optional.empty();
        }
        boolean near = d.get().yearStated() || postDate.map(p -> Math.abs(ChronoUnit.DAYS.between(p,
                d.get().date())) <= MAX_DAYS_FROM_POST).orElse(true);
        return near ? Optional.of(d.get().date()) : Optional.empty();
    }
}
