package io.meetkit.markdown.internal.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Link;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParsedUrlsTest {

    /** URLs that parse, that parse only after clean-up, and that do not parse at all. */
    private static final String[] SAMPLES = {
        "https://twitter.com/ana_lima", "https://github.com/ana", "https://github.com/orgs/acme",
        "https://www.linkedin.com/in/ana-lima/", "https://www.meetup.com/acme/members/123/",
        "https://speakerdeck.com/ana/fast-loops", "https://zoom.us/j/123", " <https://example.org/a b> ",
        "relative/page.html", "mailto:ana@example.org", "", "   ", "http://exa mple.org/%", "https://[bad",
        "https://www.instagram.com/ana/", "https://www.facebook.com/groups/acme",
    };

    private static Optional<Link> parsedAfresh(String url) {
        try {
            return Optional.of(Link.parse(url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Test
    void aUrlAskedForAgainAndAgainGivesWhatParsingItAfreshGives() {
        List<String> urls = new ArrayList<>(List.of(SAMPLES));
        for (int i = 0; i < 400; i++) { // more URLs than the table has slots, so entries are replaced
            urls.add("https://example.org/page/" + i + (i % 7 == 0 ? " x" : ""));
        }
        for (int round = 0; round < 3; round++) {
            for (String written : urls) {
                String url = new String(written); // an equal string, not the same instance
                Optional<Link> fresh = parsedAfresh(url);
                assertThat(ParsedUrls.link(url)).isEqualTo(fresh);
                assertThat(ParsedUrls.uri(url)).isEqualTo(fresh.map(Link::url));
                boolean profile = fresh.isPresent() && Names.isProfileLink(Link.of(Link.parseUri(url)));
                assertThat(Names.isProfileUrl(url)).isEqualTo(profile);
            }
        }
    }

    @Test
    void profileAndLinkAnswersAreThoseOfTheUrl() {
        assertThat(Names.isProfileUrl("https://github.com/ana")).isTrue();
        assertThat(Names.isProfileUrl("https://github.com/orgs/acme")).isFalse();
        assertThat(Names.isProfileUrl("https://[bad")).isFalse();
        assertThat(Names.mayBeProfileUrl("https://speakerdeck.com/ana/fast-loops")).isFalse();
        assertThat(Names.link("https://twitter.com/ana_lima", " Ana ")).hasValueSatisfying(l -> {
            assertThat(l.label()).contains("Ana");
            assertThat(l.url()).isEqualTo(URI.create("https://twitter.com/ana_lima"));
        });
        assertThat(Names.link("https://[bad", "Ana")).isEmpty();
    }
}
