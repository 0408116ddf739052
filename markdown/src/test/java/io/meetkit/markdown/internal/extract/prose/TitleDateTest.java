package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TitleDateTest {

    private static final Optional<LocalDate> POSTED = Optional.of(LocalDate.of(2026, 5, 10));

    @Test
    void aDayTheTitleNamesOverridesAnotherDayInTheBody() {
        assertThat(TitleDate.overriding("Meeting: May 14 - Streaming joins", POSTED, LocalDate.of(2026, 5, 5)))
                .contains(LocalDate.of(2026, 5, 14));
        assertThat(TitleDate.overriding("Hack night May 14th", POSTED, LocalDate.of(2026, 5, 15)))
                .contains(LocalDate.of(2026, 5, 14));
    }

    @Test
    void aTitleWithoutADayOrWithTheBodysDayChangesNothing() {
        assertThat(TitleDate.overriding("Streaming joins", POSTED, LocalDate.of(2026, 5, 5))).isEmpty();
        assertThat(TitleDate.overriding("Meeting: May 14", POSTED, LocalDate.of(2026, 5, 14))).isEmpty();
    }

    @Test
    void aYearlessTitleDayFarFromThePostIsNotItsEvent() {
        assertThat(TitleDate.overriding("Looking back at November 3", POSTED, LocalDate.of(2026, 5, 5))).isEmpty();
    }

    @Test
    void isoDaysAreBlankedWhereTheirPatternBlankedThem() {
        Pattern old = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
        // ASCII digits in runs of every length that matters, dashes, and a digit that \d does not know.
        String[] pieces = {"2022", "1", "12", "-", "-", "x", " ", "\u0663", "20221", "6-2"};
        Random r = new Random(31);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(9); n > 0; n--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String t = b.toString();
            assertThat(TitleDate.withoutIsoDays(t)).as(t).isEqualTo(old.matcher(t).replaceAll(" "));
        }
    }
}
