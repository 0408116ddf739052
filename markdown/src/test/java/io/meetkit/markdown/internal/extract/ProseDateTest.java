package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Provenance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProseDateTest {

    private static LocalDate dateOf(String body) {
        return Extract.eventOf(body).time().map(EventTime::startDate).orElse(null);
    }

    @Test
    void dayOfMonthWithoutYearTakesTheYearOfThePostDate() {
        assertThat(dateOf("We met on the 18th of June at Acme Labs, Pune.")).isEqualTo(LocalDate.of(2022, 6, 18));
    }

    @Test
    void monthBeforeDayIsRead() {
        assertThat(dateOf("The meetup was held on June 11th at Acme Labs.")).isEqualTo(LocalDate.of(2022, 6, 11));
    }

    @Test
    void dayMonthAndYearAreRead() {
        assertThat(dateOf("The meetup took place on 3 April 2021 at Acme Labs.")).isEqualTo(LocalDate.of(2021, 4, 3));
    }

    @Test
    void weekdayBeforeTheDateIsIgnored() {
        assertThat(dateOf("Join us on Saturday, 2nd July for the meetup at Acme Labs."))
                .isEqualTo(LocalDate.of(2022, 7, 2));
    }

    @Test
    void numericDayMonthYearIsRead() {
        assertThat(dateOf("Our meetup on 18/06/2022 was held at Acme Labs.")).isEqualTo(LocalDate.of(2022, 6, 18));
    }

    @Test
    void slashSeparatedMonthNameIsRead() {
        assertThat(dateOf("We organised a workshop on 15/July/2017 at Acme Labs."))
                .isEqualTo(LocalDate.of(2017, 7, 15));
    }

    @Test
    void dayOfThisMonthUsesThePostMonth() {
        assertThat(dateOf("The event happened on the 7th of this month at Acme Labs."))
                .isEqualTo(LocalDate.of(2022, 6, 7));
    }

    @Test
    void bareDayTakesTheMonthNamedEarlierInTheSentence() {
        assertThat(dateOf("The May meetup was in Acme office, Indiranagar on 21st."))
                .isEqualTo(LocalDate.of(2022, 5, 21));
    }

    @Test
    void announcementDateAfterThePostInTheNextYearIsPlacedInTheNextYear() {
        String post = "The meetup will be held on 8th January at Acme Labs.";
        var result = new EventExtractor().extract(TestPosts.input("2022-12-20-january.md", post));
        assertThat(result.event().flatMap(e -> e.time()).map(EventTime::startDate))
                .contains(LocalDate.of(2023, 1, 8));
    }

    @Test
    void aDateLineWinsOverADateInPassing() {
        assertThat(dateOf("""
                After the 2nd May session we planned another one.

                **Date: 11th June 2022**

                Talks were held at Acme Labs.
                """)).isEqualTo(LocalDate.of(2022, 6, 11));
    }

    @Test
    void anotherEventsDateMonthsAwayIsNotTheEventDate() {
        var event = Extract.eventOf("""
                The meetup was held at Acme Labs.

                The conference runs from the 17th through the 20th of September.
                """);
        assertThat(event.time()).isEmpty();
    }

    @Test
    void aDeadlineIsNotTheEventDate() {
        var event = Extract.eventOf("The meetup was held at Acme Labs. Submit your slides before June 30th.");
        assertThat(event.time()).isEmpty();
    }

    @Test
    void aDateInRawHtmlIsNotRead() {
        var event = Extract.eventOf("""
                The meetup happened at Acme Labs.

                <div class="box">June 18, 2022</div>
                """);
        assertThat(event.time()).isEmpty();
    }

    @Test
    void theWordMayIsNotAMonth() {
        var event = Extract.eventOf("The meetup was held at Acme Labs; you may 2 times join.");
        assertThat(event.time()).isEmpty();
    }

    @Test
    void aProseDateRecordsItsLine() {
        var event = Extract.eventOf("""
                ---
                title: June
                ---

                We met on the 18th of June at Acme Labs.
                """);
        assertThat(event.provenanceOf(EventFact.DATE)).contains(Provenance.prose(5));
    }
}
