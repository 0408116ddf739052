package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Link;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkFinderTest {

    /** A paragraph whose one link covers {@code linkText}. */
    private static ProseBlock linked(String text, String linkText, String url) {
        int at = text.indexOf(linkText);
        return new ProseBlock(ProseBlock.Kind.PARAGRAPH, 0, text, 1,
                List.of(new Span(Span.Kind.LINK, at, at + linkText.length(), url)), -1, "", "", Optional.empty());
    }

    @Test
    void aLinkInAnInvitationToFollowIsAChannel() {
        ProseBlock b = linked("Stay in touch on our forum for news.", "our forum", "https://forum.example.org/");
        assertThat(LinkFinder.community(List.of(b), Optional.empty())).extracting(Link::label)
                .containsExactly(Optional.of("our forum"));
    }

    @Test
    void aLinkWithoutAnInvitationOrAboutTheNextMeetupIsNoChannel() {
        ProseBlock plain = linked("We read the forum for news.", "the forum", "https://forum.example.org/");
        ProseBlock next = linked("Follow the plans for our next meetup here.", "here", "https://forum.example.org/");
        assertThat(LinkFinder.community(List.of(plain), Optional.empty())).isEmpty();
        assertThat(LinkFinder.community(List.of(next), Optional.empty())).hasSize(1); // "follow" asks to join
        ProseBlock later = linked("Details of the next meetup are on the forum.", "the forum",
                "https://forum.example.org/");
        assertThat(LinkFinder.community(List.of(later), Optional.empty())).isEmpty();
    }

    @Test
    void aLinkWhoseTextSaysRsvpOrPhotosIsThisEventsPage() {
        ProseBlock rsvp = linked("Please RSVP here so we can plan.", "RSVP here", "https://tickets.example.org/42");
        ProseBlock photos = linked("See the photos from the evening.", "the photos", "https://pics.example.org/a");
        assertThat(LinkFinder.eventLinks(List.of(rsvp, photos))).extracting(l -> l.url().toString())
                .containsExactly("https://tickets.example.org/42", "https://pics.example.org/a");
    }

    @Test
    void aLinkInASentenceAboutTheNextMeetupOrWithOtherTextIsNoEventPage() {
        ProseBlock next = linked("RSVP for our upcoming meetups here.", "here", "https://tickets.example.org/42");
        ProseBlock other = linked("Read the docs today.", "the docs", "https://docs.example.org/");
        assertThat(LinkFinder.eventLinks(List.of(next, other))).isEmpty();
    }

    @Test
    void meetupEventPagesAreRecognisedWithOrWithoutScheme() {
        assertThat(LinkFinder.isEventPage(Link.of(Link.parseUri("https://www.meetup.com/acme-py/events/123/"))))
                .isTrue();
        assertThat(LinkFinder.isEventPage(Link.of(Link.parseUri("meetup.com/acme-py/events/123")))).isTrue();
        assertThat(LinkFinder.isEventPage(Link.of(Link.parseUri("https://www.meetup.com/acme-py/")))).isFalse();
        assertThat(LinkFinder.isEventPage(Link.of(Link.parseUri("https://www.meetup.com/acme-py/events/")))).isFalse();
    }
}
