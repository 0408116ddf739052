package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeFinderTest {

    private static Optional<TimeFinder.Times> times(String text) {
        return TimeFinder.find(Sentences.of(text)).map(Found::value);
    }

    private static TimeFinder.Times between(int h1, int m1, int h2, int m2) {
        return new TimeFinder.Times(LocalTime.of(h1, m1), Optional.of(LocalTime.of(h2, m2)));
    }

    @Test
    void rangesAreRead() {
        assertThat(times("We meet from 10 AM to 1 PM on Saturday.")).contains(between(10, 0, 13, 0));
        assertThat(times("Talks run 2.00PM to 5.00PM in room 4.")).contains(between(14, 0, 17, 0));
        assertThat(times("The sprint (11:00 to 14:30) is open.")).contains(between(11, 0, 14, 30));
        assertThat(times("Lunch is noon to 2pm.")).contains(between(12, 0, 14, 0));
    }

    @Test
    void aRangeWithOneMarkerSharesIt() {
        assertThat(times("Workshop (3:00 - 5:00 PM) in the lab.")).contains(between(15, 0, 17, 0));
        assertThat(times("It runs 6-8pm.")).contains(between(18, 0, 20, 0));
        assertThat(times("It runs 11 to 1 p.m. today.")).contains(between(11, 0, 13, 0));
    }

    @Test
    void aClockWithoutAmOrPmBeforeEightIsInTheEvening() {
        assertThat(times("Doors open at 6:30, talks start at 7:00.")).map(TimeFinder.Times::start)
                .contains(LocalTime.of(18, 30));
        assertThat(times("We meet 6:30 - 9:00 in the lab.")).contains(between(18, 30, 21, 0));
        assertThat(times("The workshop runs 10:00 - 1:00 with lunch.")).contains(between(10, 0, 13, 0));
        assertThat(times("Doors open at 06:30 for the sunrise run.")).map(TimeFinder.Times::start)
                .as("a zero-padded hour is a 24-hour clock").contains(LocalTime.of(6, 30));
        assertThat(times("The meetup started at 9:30 sharp.")).map(TimeFinder.Times::start)
                .contains(LocalTime.of(9, 30));
    }

    @Test
    void cueWordsGiveTheStartAndTheEnd() {
        assertThat(times("Doors open at 6:30pm. We wrapped up by 9 pm.")).contains(between(18, 30, 21, 0));
        assertThat(times("The meetup started at 10:40AM sharp.")).contains(
                new TimeFinder.Times(LocalTime.of(10, 40), Optional.empty()));
    }

    @Test
    void aTimeAfterTheDateIsItsStart() {
        List<Sentence> s = Sentences.of("Tuesday: Nov 19\n\n11:30 am");
        assertThat(TimeFinder.find(s, s.get(0))).map(Found::value).contains(
                new TimeFinder.Times(LocalTime.of(11, 30), Optional.empty()));
        List<Sentence> at = Sentences.of("We meet on March 14th at 6:30 PM.");
        assertThat(TimeFinder.find(at, at.get(0))).map(Found::value).contains(
                new TimeFinder.Times(LocalTime.of(18, 30), Optional.empty()));
    }

    @Test
    void aSpacedAtSignAfterTheDateIsNoStartCue() {
        // Lists of other events write "Wed. Aug. 15 @5pm"; only "at" and "from" make a time the date's start.
        List<Sentence> s = Sentences.of("Open house on Aug. 15 @ 5pm downtown.");
        assertThat(s).hasSize(1);
        assertThat(TimeFinder.find(s, s.get(0))).isEmpty();
        List<Sentence> at = Sentences.of("Open house on Aug. 15 at 5pm downtown.");
        assertThat(TimeFinder.find(at, at.get(0))).map(Found::value).contains(
                new TimeFinder.Times(LocalTime.of(17, 0), Optional.empty()));
    }

    @Test
    void numbersThatAreNoTimesAreLeftAlone() {
        assertThat(times("Python 3.10 to 3.12 changed a lot.")).isEmpty();
        assertThat(times("We had 10 to 12 people and 18.00 euros of pizza.")).isEmpty();
        assertThat(times("The afternoon started slowly.")).isEmpty();
        assertThat(times("Version 1.6pm is not a thing, nor is 25:00 or 7:75 pm.")).isEmpty();
        assertThat(times("It starts at 6.")).isEmpty();
    }
}
