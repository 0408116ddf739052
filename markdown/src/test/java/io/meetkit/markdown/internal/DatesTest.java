package io.meetkit.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ZonedDateTime parse(String text) {
        return Dates.parse(text, BERLIN).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void utcWithASignedHourIsAFixedOffset() {
        ZonedDateTime d = parse("2018-08-08 19:00:00 UTC+2");
        assertThat(d.toOffsetDateTime().toString()).isEqualTo("2018-08-08T19:00+02:00");
    }

    @Test
    void gmtWithANegativeOffsetIsAFixedOffset() {
        assertThat(parse("2018-08-08 19:00 GMT-05:30").getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(-5, -30));
    }

    @Test
    void commonZoneAbbreviationsAreFixedOffsets() {
        assertThat(parse("2018-08-08 19:00 CEST").getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(parse("2018-01-08 19:00 EST").getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(parse("2018-07-08 18:30 BST").getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(parse("2018-07-08 18:30 IST").getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @Test
    void anUnknownAbbreviationIsNotADate() {
        assertThat(Dates.parse("2018-08-08 19:00 XYZ", BERLIN)).isEmpty();
    }

    @Test
    void aOneDigitHourIsRead() {
        assertThat(parse("2018-08-08 9:00").toLocalDateTime().toString()).isEqualTo("2018-08-08T09:00");
    }

    @Test
    void dashesBetweenTimePartsAreReadAsColons() {
        ZonedDateTime d = parse("2016-03-13 17-00-00 +0200");
        assertThat(d.toOffsetDateTime().toString()).isEqualTo("2016-03-13T17:00+02:00");
    }

    @Test
    void mixedTimeSeparatorsAreNotADate() {
        assertThat(Dates.parse("2016-03-13 17-00:00", BERLIN)).isEmpty();
    }

    @Test
    void anUnpaddedDateIsRead() {
        assertThat(parse("2014-9-13 10:00").toLocalDateTime().toString()).isEqualTo("2014-09-13T10:00");
    }

    @Test
    void aDateWithoutZoneIsReadInTheGivenZone() {
        assertThat(parse("2018-08-08 19:00").getZone()).isEqualTo(BERLIN);
    }

    @Test
    void aRegionAfterTheTimeIsTheZone() {
        assertThat(parse("2018-08-08T19:00:00 [America/New_York]").getZone())
                .isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void aDayTheCalendarDoesNotHaveStaysAnError() {
        assertThat(Dates.parse("2022-02-30", BERLIN)).isEmpty();
        assertThat(Dates.parse("2022-13-01 10:00", BERLIN)).isEmpty();
        assertThat(Dates.parse("2022-02-10 25:00", BERLIN)).isEmpty();
    }

    @Test
    void aLongZoneLikePathIsRejectedWithoutOverflowingTheStack() {
        String zone = "Europe" + "/a_b".repeat(200_000);
        assertThat(Dates.parse("2020-01-01 10:00 " + zone, BERLIN)).isEmpty();
    }

    @Test
    void longRunsOfSpacesBeforeGarbageAreRejected() {
        assertThat(Dates.parse("2020-01-01 10:00" + " ".repeat(100_000) + "!", BERLIN)).isEmpty();
    }

    @Test
    void jekyllFileNamesMayHaveUnpaddedMonthsAndDays() {
        assertThat(Dates.fromFileName("2014-9-13-sept-workshop")).contains(LocalDate.of(2014, 9, 13));
        assertThat(Dates.withoutDatePrefix("2014-9-3-sept-workshop")).isEqualTo("sept-workshop");
    }

    @Test
    void aFileNameWithAnImpossibleDateHasNoDate() {
        assertThat(Dates.fromFileName("2022-02-30-meetup")).isEmpty();
        assertThat(Dates.withoutDatePrefix("2022-02-30-meetup")).isEqualTo("2022-02-30-meetup");
    }

    @Test
    void aLeadingDateMayBeTheWholeName() {
        assertThat(Dates.leadingDate("2019-06-20")).contains(LocalDate.of(2019, 6, 20));
        assertThat(Dates.leadingDate("2019-06-20_socratic")).contains(LocalDate.of(2019, 6, 20));
        assertThat(Dates.withoutLeadingDate("2019-06-20-socratic")).isEqualTo("socratic");
        assertThat(Dates.withoutLeadingDate("2019-06-20")).isEqualTo("2019-06-20");
        assertThat(Dates.leadingDate("20190620")).isEmpty();
    }
}
