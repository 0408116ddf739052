package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.EventTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProseTimeTest {

    private static EventTime.Timed timeOf(String body) {
        return (EventTime.Timed) Extract.eventOf(body).time().orElseThrow();
    }

    @Test
    void aRangeWithMeridiemsGivesStartAndEnd() {
        var t = timeOf("The meetup on 18 June 2022 at Acme Labs, Pune runs from 10 AM to 1 PM.");
        assertThat(t.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(t.end().map(e -> e.toLocalTime())).contains(LocalTime.of(13, 0));
    }

    @Test
    void aStartCueGivesTheStartOnly() {
        var t = timeOf("The meetup on 18 June 2022 at Acme Labs, Pune starts from 6:30pm.");
        assertThat(t.start().toLocalTime()).isEqualTo(LocalTime.of(18, 30));
        assertThat(t.end()).isEmpty();
    }

    @Test
    void dotSeparatedHoursAreRead() {
        var t = timeOf("The meetup on 23rd March 2022 at Acme Labs, Pune is from 2.00PM to 5.00PM.");
        assertThat(t.start().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(t.end().map(e -> e.toLocalTime())).contains(LocalTime.of(17, 0));
    }

    @Test
    void aSharedMeridiemAppliesToBothEnds() {
        var t = timeOf("The meetup on 18 June 2022 at Acme Labs, Pune has talks (3:00 - 5:00 PM).");
        assertThat(t.start().toLocalTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(t.end().map(e -> e.toLocalTime())).contains(LocalTime.of(17, 0));
    }

    @Test
    void startedAndEndedSentencesGiveStartAndEnd() {
        var t = timeOf("""
                The meetup on 18 June 2022 at Acme Labs, Pune started at 10:40AM.

                The event ended by 1:30PM.
                """);
        assertThat(t.start().toLocalTime()).isEqualTo(LocalTime.of(10, 40));
        assertThat(t.end().map(e -> e.toLocalTime())).contains(LocalTime.of(13, 30));
    }

    @Test
    void aClockTimeWithoutCueIsNotTheStart() {
        var event = Extract.eventOf("The meetup on 18 June 2022 at Acme Labs. At 17:30, Ann finished her demo.");
        assertThat(event.time()).map(t -> t.getClass().getSimpleName()).contains("AllDay");
    }

    @Test
    void aTimeInTheSentenceThatGivesTheDateIsTheStart() {
        var t = timeOf("Join us on Thursday, June 30th at 6:30 PM at Acme HQ (12 Main St, Berlin).");
        assertThat(t.start().toLocalTime()).isEqualTo(LocalTime.of(18, 30));
    }

    @Test
    void aTimeWithoutADateIsNotPlacedOnAnInventedDay() {
        var event = Extract.eventOf("The meetup was held at Acme Labs and started at 10:30 AM.");
        assertThat(event.time()).isEqualTo(Optional.empty());
    }
}
