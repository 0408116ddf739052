package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which reading of a post's talks wins: the pattern finders' or the token reader's (ProseTalkReader). */
class ProseTalkPrecedenceTest {

    private static List<List<String>> speakers(List<Talk> talks) {
        return talks.stream().map(t -> t.speakers().stream().map(Speaker::name).toList()).toList();
    }

    @Test
    void talksTheFindersLumpedTogetherAreSplitByTheirSpeakerBlocks() {
        List<Talk> talks = Extract.talks("""
                Our June meetup has two talks. Our speakers will be Nora Quist and Omar Haddad.

                First talk:
                **Profiling without Tears**

                **Speaker:**
                **Nora Quist**

                Second talk:
                **Logs that Help**

                **Speaker:**
                **Omar Haddad**
                """);
        assertThat(speakers(talks)).containsExactly(List.of("Nora Quist"), List.of("Omar Haddad"));
    }

    @Test
    void aTalkGivenByTwoSpeakersStaysOneTalk() {
        List<Talk> talks = Extract.talks("""
                Our June meetup has one talk.

                Talk: **Profiling without Tears**
                Speakers: Nora Quist and Omar Haddad
                """);
        assertThat(speakers(talks)).containsExactly(List.of("Nora Quist", "Omar Haddad"));
    }

    @Test
    void theTokenReadingIsUsedWhenTheFindersFindNothing() {
        assertThat(speakers(Extract.talks("Tonight, Ana Lima will talk about queues.")))
                .containsExactly(List.of("Ana Lima"));
    }

    @Test
    void anAgendaOfTheFindersIsKeptWhenTheTokenReaderOnlyNamesItsPeople() {
        List<Talk> talks = Extract.talks("""
                Agenda:

                - 18:00 Packaging in 2024 - Lena Park
                - 18:45 Typing the untypable - Raj Iyer

                Lena Park will talk about wheels.
                """);
        assertThat(talks).extracting(t -> t.title().orElse("")).containsExactly("Packaging in 2024",
                "Typing the untypable");
    }

    @Test
    void asManyTalksByOtherPeopleAreAddedInTheOrderOfThePost() {
        List<Talk> talks = Extract.talks("""
                ## Session 1

                Ana Lima will talk about queues.

                ## Session 2

                [Bo Chen](https://twitter.com/bochen) gave a talk about logs.
                """);
        assertThat(speakers(talks)).containsExactly(List.of("Ana Lima"), List.of("Bo Chen"));
    }

    @Test
    void moreTokenTalksReplaceTheFindersButKeepTheirDraftOfASharedSpeaker() {
        List<Talk> talks = Extract.talks("""
                ## About our speakers

                ### Ana Lima

                Ana builds queues.

                ### Bo Chen

                Bo writes loggers.

                [Ana Lima](https://twitter.com/analima) gave a talk about queues.
                """);
        assertThat(speakers(talks)).containsExactly(List.of("Ana Lima"), List.of("Bo Chen"));
        assertThat(talks.get(0).speakers().get(0).links()).isNotEmpty();
    }

    @Test
    void asManyTokenTalksWithSomeoneTheFindersMissedReplaceTheirReading() {
        List<Talk> talks = Extract.talks("""
                Lightning talks:

                - Fast Loops by Ana Lima
                - Bo Chen: Logging without Tears
                - Pairing by the Sea by Cy Diaz

                Books we liked:

                - Dune by Frank Herbert
                """);
        assertThat(speakers(talks)).containsExactly(List.of("Ana Lima"), List.of("Bo Chen"), List.of("Cy Diaz"));
    }
}
