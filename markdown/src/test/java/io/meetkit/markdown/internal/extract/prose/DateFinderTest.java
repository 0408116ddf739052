package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static final Optional<LocalDate> POSTED = Optional.of(LocalDate.of(2022, 6, 20));

    private static Optional<DateFinder.Dated> date(String sentence) {
        return DateFinder.findDated(Sentences.one(sentence), POSTED);
    }

    @Test
    void aDayBeforeItsMonthIsRead() {
        assertThat(date("We met on the 18th of June at the library")).contains(
                new DateFinder.Dated(LocalDate.of(2022, 6, 18), false));
        assertThat(date("The sprint is on 3 July 2021, all day")).contains(
                new DateFinder.Dated(LocalDate.of(2021, 7, 3), true));
        assertThat(date("Saturday, 5th, March went well")).map(DateFinder.Dated::date)
                .contains(LocalDate.of(2022, 3, 5));
    }

    @Test
    void aMonthBeforeItsDayIsRead() {
        assertThat(date("Join us on June 18th, 2023 for talks")).contains(
                new DateFinder.Dated(LocalDate.of(2023, 6, 18), true));
        assertThat(date("See you Jan. 5 downtown")).map(DateFinder.Dated::date).contains(LocalDate.of(2022, 1, 5));
    }

    @Test
    void numericDatesAreRead() {
        assertThat(date("Held on 18/06/2022 in the hall")).map(DateFinder.Dated::date)
                .contains(LocalDate.of(2022, 6, 18));
        assertThat(date("Held on 2022-06-11 in the hall")).map(DateFinder.Dated::date)
                .contains(LocalDate.of(2022, 6, 11));
        assertThat(date("Held on 15/July/2017 in the hall")).map(DateFinder.Dated::date)
                .contains(LocalDate.of(2017, 7, 15));
        assertThat(date("Held on 18.6.2022 in the hall")).map(DateFinder.Dated::date)
                .contains(LocalDate.of(2022, 6, 18));
    }

    @Test
    void aDayOfThisMonthAndABareDayAfterAMonthAreRead() {
        assertThat(date("The meetup is on the 7th of this month")).map(DateFinder.Dated::date)
                .contains(LocalDate.of(2022, 6, 7));
        assertThat(date("In June we gather on the 24th as usual")).map(DateFinder.Dated::date)
                .contains(LocalDate.of(2022, 6, 24));
    }

    @Test
    void theEarliestDateInTheSentenceWins() {
        assertThat(date("From 4 June to June 9 we sprint")).map(DateFinder.Dated::date)
                .contains(LocalDate.of(2022, 6, 4));
    }

    @Test
    void deadlinesVersionsClockTimesAndTheVerbMayAreNoDates() {
        assertThat(date("Please RSVP by 5 May so we can order food")).isEmpty();
        assertThat(date("Submit your talk no later than the 3rd of July")).isEmpty();
        assertThat(date("We may 5 times ask again")).isEmpty();
        assertThat(date("Doors open June 5:30 sharp")).isEmpty();
        assertThat(date("Python 3.10 was released with 45 June fixes")).isEmpty();
        assertThat(date("No numbers in this sentence at all")).isEmpty();
        assertThat(date("Held on 2022-13-45 in the hall")).isEmpty();
    }

    @Test
    void theStringReaderGivesWhatTheSentenceReaderGives() {
        assertThat(DateFinder.find("Saturday 14 May 2022", Optional.empty())).contains(LocalDate.of(2022, 5, 14));
        assertThat(DateFinder.find("14 May", Optional.empty())).isEmpty(); // no year and nothing to take it from
    }
}
