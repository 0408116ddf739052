package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttendanceFinderTest {

    private static Optional<Integer> count(String text) {
        return AttendanceFinder.find(Sentences.of(text)).map(Found::value);
    }

    @Test
    void aCountOfPeopleWithAWordThatTheyCameIsTheAttendance() {
        assertThat(count("About 40 people turned up despite the rain.")).contains(40);
        assertThat(count("There were 53 participants.")).contains(53);
        assertThat(count("50 - 60 people attended the workshop.")).contains(50);
        assertThat(count("We had 25 enthusiastic learners.")).contains(25);
        assertThat(count("Over 30+ developers joined us.")).contains(30);
    }

    @Test
    void aPhraseBeforeTheNumberGivesItPastAHedge() {
        assertThat(count("The talk was attended by roughly 15 people.")).contains(15);
        assertThat(count("A turnout of more than 85 was great.")).contains(85);
        assertThat(count("It drew a crowd of ~120.")).contains(120);
    }

    @Test
    void countsThatAreNotWhoCameAreLeftAlone() {
        assertThat(count("40 people registered for the waitlist and came.")).isEmpty();
        assertThat(count("The group has 900 members of the group list and saw growth.")).isEmpty();
        assertThat(count("We need 20 people to volunteer.")).isEmpty(); // no word that they came
        assertThat(count("Room 3.40 people attended.")).isEmpty(); // a number after a dot is no count
        assertThat(count("Nobody counted.")).isEmpty();
    }
}
