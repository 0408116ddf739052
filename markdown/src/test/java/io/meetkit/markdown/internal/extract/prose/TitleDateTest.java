package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
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
}
