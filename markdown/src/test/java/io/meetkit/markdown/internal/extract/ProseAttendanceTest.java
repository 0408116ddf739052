package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProseAttendanceTest {

    private static OptionalInt attendanceOf(String body) {
        return Extract.eventOf(body).attendance();
    }

    @Test
    void aboutNPeopleTurnedUpGivesN() {
        assertThat(attendanceOf("About 40 people turned up to the event.")).hasValue(40);
    }

    @Test
    void attendedByRoughlyNGivesN() {
        assertThat(attendanceOf("The session was attended by roughly 15 people.")).hasValue(15);
    }

    @Test
    void aRangeGivesItsFirstNumber() {
        assertThat(attendanceOf("50 - 60 people attended the event, total RSVP was 96!")).hasValue(50);
    }

    @Test
    void aTurnoutOfMoreThanNGivesN() {
        assertThat(attendanceOf("The meetup had a fantastic turnout of more than 85 participants.")).hasValue(85);
    }

    @Test
    void peopleWhoStayedBackAreNotTheAttendance() {
        var event = Extract.eventOf("The meetup was held at Acme Labs. 25 participants stayed back after lunch.");
        assertThat(event.attendance()).isEmpty();
    }

    @Test
    void aCountOfSpeakersIsNotTheAttendance() {
        var event = Extract.eventOf("The meetup was held at Acme Labs and we had 4 speakers.");
        assertThat(event.attendance()).isEmpty();
    }
}
