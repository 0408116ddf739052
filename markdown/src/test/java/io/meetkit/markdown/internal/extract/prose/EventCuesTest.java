package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCuesTest {

    @Test
    void aDateLabelOpensItsLine() {
        assertThat(EventCues.isDateLabel(Sentences.one("**Date:** 5 March 2022"))).isTrue();
        assertThat(EventCues.isDateLabel(Sentences.one("When : Saturday 5 March"))).isTrue();
        assertThat(EventCues.isDateLabel(Sentences.one("The date: 5 March"))).isFalse();
        assertThat(EventCues.isDateLabel(Sentences.one("Dates: 5 March"))).isFalse();
    }

    @Test
    void titlesOfNotesOnAPastMeetupAreRecognised() {
        assertThat(EventCues.namesRecap("Notes from the May meetup")).isTrue();
        assertThat(EventCues.namesRecap("June Meetup Recap")).isTrue();
        assertThat(EventCues.namesRecap("Hack night wrap-up")).isTrue();
        assertThat(EventCues.namesRecap("Looking back at PyCon day")).isTrue();
        assertThat(EventCues.namesRecap("June Meetup: Async IO")).isFalse();
        assertThat(EventCues.namesRecap("Notebooks in production")).isFalse();
        assertThat(EventCues.namesRecap("Looking for speakers")).isFalse();
        assertThat(EventCues.namesRecap("Release notes night: what is new in Django 5")).isFalse();
        assertThat(EventCues.namesRecap("Speaker notes for first-time presenters")).isFalse();
        assertThat(EventCues.namesRecap("Release notes night: notes from the May meetup")).isTrue();
    }

    @Test
    void otherEventsAreRecognised() {
        assertThat(EventCues.aboutOtherEvent(Sentences.one("Our next meetup is on 3 June"))).isTrue();
        assertThat(EventCues.aboutOtherEvent(Sentences.one("The call for papers closes 5 May"))).isTrue();
        assertThat(EventCues.aboutOtherEvent(Sentences.one("The CFP-deadline is 5 May"))).isTrue();
        assertThat(EventCues.aboutOtherEvent(Sentences.one("Our next meetups are monthly"))).isFalse();
        assertThat(EventCues.aboutOtherEvent(Sentences.one("We met on 3 June"))).isFalse();
    }

    @Test
    void headingsOverOtherEventsAreRecognised() {
        assertThat(EventCues.isOtherEventsHeading("Upcoming Community Events")).isTrue();
        assertThat(EventCues.isOtherEventsHeading("Elsewhere")).isTrue();
        assertThat(EventCues.isOtherEventsHeading("Around the web")).isTrue();
        assertThat(EventCues.isOtherEventsHeading("Calls for Speakers")).isTrue();
        assertThat(EventCues.isOtherEventsHeading("Events of the evening")).isFalse();
        assertThat(EventCues.isOtherEventsHeading("Talks")).isFalse();
        assertThat(EventCues.isOtherEventsHeading("")).isFalse();
    }

    @Test
    void eventWordsAndOnlineWordsAreRecognised() {
        assertThat(EventCues.isEventish(Sentences.one("The meetup took place on 5 March"))).isTrue();
        assertThat(EventCues.isEventish(Sentences.one("It happened on 5 March"))).isTrue();
        assertThat(EventCues.isEventish(Sentences.one("I bought milk on 5 March"))).isFalse();
        assertThat(EventCues.isOnline(Sentences.one("We met on Zoom this time"))).isTrue();
        assertThat(EventCues.isOnline(Sentences.one("The session was live streamed"))).isTrue();
        assertThat(EventCues.isOnline(Sentences.one("The next one will be on Zoom"))).isFalse();
        assertThat(EventCues.isOnline(Sentences.one("We zoomed through the slides"))).isFalse();
    }

    @Test
    void meetingRoomsAreRecognisedByTheirAddress() {
        assertThat(EventCues.isMeetingUrl("https://us02web.zoom.us/j/123456")).isTrue();
        assertThat(EventCues.isMeetingUrl("http://meet.jit.si/python")).isTrue();
        assertThat(EventCues.isMeetingUrl("https://meet.google.com/abc-defg-hij")).isTrue();
        assertThat(EventCues.isMeetingUrl("https://zoom.us/pricing")).isFalse();
        assertThat(EventCues.isMeetingUrl("https://example.com/zoom.us/j/1")).isFalse();
        assertThat(EventCues.isMeetingUrl("zoom.us/j/1")).isFalse();
    }

    @Test
    void aTitleNamesAGatheringByItsWordsNotByTheirLetters() {
        assertThat(EventCues.namesGathering("June Meetup: Streams and Queues")).isTrue();
        assertThat(EventCues.namesGathering("Hack Night, Aug 27th")).isTrue();
        assertThat(EventCues.namesGathering("We got together at the library")).isTrue();
        assertThat(EventCues.namesGathering("A meet-up in the park")).isTrue();
        assertThat(EventCues.namesGathering("Workshop: property-based testing")).isTrue();
        assertThat(EventCues.namesGathering("How to install pyenv on a laptop")).isFalse();
        assertThat(EventCues.namesGathering("Metaclasses explained")).isFalse(); // "met" only as a word
        assertThat(EventCues.namesGathering("Nightly builds of the docs")).isFalse();
    }

    @Test
    void aTitleAboutACallForProposalsIsAboutAnotherEvent() {
        assertThat(EventCues.aboutOtherEvent("Call for proposals is open")).isTrue();
        assertThat(EventCues.aboutOtherEvent("Our March meetup")).isFalse();
    }
}
