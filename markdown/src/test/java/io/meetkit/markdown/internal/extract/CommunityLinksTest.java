package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.Link;
import io.meetkit.core.LinkKind;
import io.meetkit.core.Organizer;
import io.meetkit.core.Site;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommunityLinksTest {

    private static final Site SITE = new Site(Optional.of("PyTown"), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());

    private static List<Link> communityOf(String body) {
        Event e = Extract.result(body, SITE, Map.of()).event().orElseThrow();
        return e.organizer().map(Organizer::links).orElse(List.of());
    }

    @Test
    void aFollowUsListGivesTheGroupsTypedChannels() {
        List<Link> links = communityOf("""
                The meetup was held at Acme Labs, Pune.

                To not miss out on more such sessions, follow us here:
                - On Twitter - [@pytown](https://twitter.com/pytown).
                - On our Discord server using this [invite](https://discord.gg/abc123).
                - Our [Telegram group](https://t.me/pytown).
                - Do join our mailing list [here](https://lists.example.org/mailman/listinfo/pytown).
                """);
        assertThat(links).extracting(Link::kind).containsExactly(LinkKind.TWITTER, LinkKind.DISCORD,
                LinkKind.TELEGRAM, LinkKind.MAILING_LIST);
        assertThat(links).extracting(l -> l.label().orElse("")).containsExactly("Twitter", "Discord", "Telegram",
                "Mailing list");
    }

    @Test
    void aMailingListMentionedInPassingIsACommunityLink() {
        List<Link> links = communityOf("""
                The meetup was held at Acme Labs, Pune.

                We also have a [mailing list](https://mail.python.org/mailman/listinfo/pytown) for questions.
                """);
        assertThat(links).extracting(l -> l.url().toString())
                .containsExactly("https://mail.python.org/mailman/listinfo/pytown");
    }

    @Test
    void theGroupsMeetupPageIsACommunityLinkButAnEventPageIsNot() {
        List<Link> links = communityOf("""
                The [June talks](https://www.meetup.com/PyTown/events/12345/) were held at Acme Labs, Pune.

                Leave a comment on the [meetup page](https://www.meetup.com/PyTown/).
                """);
        assertThat(links).extracting(l -> l.url().toString()).containsExactly("https://www.meetup.com/PyTown/");
    }

    @Test
    void theEventsMeetupPageIsTheEventUrl() {
        Event e = Extract.result("The [June talks](https://www.meetup.com/PyTown/events/12345/) were held at "
                + "Acme Labs, Pune.", SITE, Map.of()).event().orElseThrow();
        assertThat(e.url()).map(Object::toString).contains("https://www.meetup.com/PyTown/events/12345/");
    }

    @Test
    void aSpeakersProfileIsNotACommunityLink() {
        List<Link> links = communityOf("""
                [Ann Lee](https://twitter.com/annlee) gave a talk about testing at Acme Labs, Pune.

                Follow us on [Twitter](https://x.com/pytown).
                """);
        assertThat(links).extracting(Link::identity).containsExactly("twitter.com/pytown");
    }
}
