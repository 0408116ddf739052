package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Link;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Facts given in other files of a site (speaker, venue and presentation pages named by slug) are joined into the
 * post's event with the file named in the provenance; those pages, JBake pages and posts that never speak of a
 * gathering get no event. One small invented site per shape under {@code src/test/resources/joins/}.
 */
class SiteJoinsTest {

    private static List<Post> scan(String site) throws URISyntaxException {
        Path root = Path.of(SiteJoinsTest.class.getResource("/joins/" + site).toURI());
        return StreamSupport.stream(PostParser.create().scan(root).posts().spliterator(), false).toList();
    }

    private static Post post(List<Post> posts, String file) {
        return posts.stream().filter(p -> p.source().replace('\\', '/').endsWith(file)).findFirst().orElseThrow();
    }

    private static List<String> urls(Speaker s) {
        return s.links().stream().map(Link::url).map(Object::toString).toList();
    }

    @Test
    void hugoSpeakerSlugsTakeNameLinksAndBioFromPagesOfAFolderOfPeople() throws Exception {
        List<Post> posts = scan("hugo");
        Event event = post(posts, "content/events/spring-night.md").event().orElseThrow();

        assertThat(event.talks()).hasSize(2);
        Speaker ines = event.talks().get(0).speakers().get(0);
        assertThat(ines.name()).isEqualTo("Ines Moreau");
        assertThat(urls(ines)).containsExactly("https://ines.example.net/", "https://github.com/ines-m");
        Speaker tomas = event.talks().get(1).speakers().get(0);
        assertThat(tomas.name()).isEqualTo("Tomas Reed");
        assertThat(urls(tomas)).containsExactly("https://github.com/treed");
        assertThat(tomas.bio()).contains("Tomas maintains a packaging tool.");
        assertThat(event.talks().get(0).provenance().detail())
                .contains("joined from content/crew/ines-moreau.md");
    }

    @Test
    void aVenueSlugTakesThePlacePageAndItsFileIsTheProvenance() throws Exception {
        Event event = post(scan("hugo"), "content/events/spring-night.md").event().orElseThrow();

        assertThat(event.venue().orElseThrow().name()).contains("The Boathouse");
        assertThat(event.venue().orElseThrow().streetAddress()).contains("4 Pier Road");
        Provenance p = event.provenanceOf(EventFact.VENUE).orElseThrow();
        assertThat(p.origin()).isEqualTo(Provenance.Origin.FRONT_MATTER);
        assertThat(p.detail()).contains("joined from content/places/boathouse.md");
    }

    @Test
    void theScanListsTheCollectionsItJoinsWithTheGeneratorsRules() throws Exception {
        Path root = Path.of(SiteJoinsTest.class.getResource("/joins/hugo").toURI());

        assertThat(PostParser.create().scan(root).conventions()).contains("joins: content/crew/ (people, 2 entries)",
                "joins: content/places/ (places, 1 entry)");
    }

    @Test
    void dataFilesOfPeopleAndPlacesAreFoundByTheirKeysWhateverTheirNames() throws Exception {
        Event event = post(scan("jekyll"), "_posts/2025-02-12-february-meetup.md").event().orElseThrow();

        assertThat(event.venue().orElseThrow().name()).contains("Mill Hall");
        assertThat(event.venue().orElseThrow().streetAddress()).contains("9 Canal Street");
        assertThat(event.provenanceOf(EventFact.VENUE).flatMap(Provenance::detail))
                .contains("joined from data file 'rooms'");
        assertThat(event.talks()).extracting(t -> t.speakers().get(0).name()).containsExactly("Ada Brook", "Lee Chang");
        assertThat(urls(event.talks().get(0).speakers().get(0))).containsExactly("https://twitter.com/adabrook");
        assertThat(event.talks().get(1).provenance().detail()).contains("joined from data file 'crew'");
    }

    @Test
    void peopleAndPlacePagesArePostsWithoutEvents() throws Exception {
        List<Post> posts = scan("hugo");

        assertThat(post(posts, "content/crew/ines-moreau.md").event()).isEmpty();
        assertThat(post(posts, "content/places/boathouse.md").event()).isEmpty();
    }

    @Test
    void astroEventsJoinPresentationsAndTheirSpeakersAcrossThreeCollections() throws Exception {
        List<Post> posts = scan("astro");
        Event event = post(posts, "events/2025-03-19-event.md").event().orElseThrow();

        Talk talk = event.talks().get(0);
        assertThat(talk.title()).contains("Profiling without Tears");
        assertThat(talk.speakers()).extracting(Speaker::name).containsExactly("Nora Quist");
        assertThat(urls(talk.speakers().get(0))).containsExactly("https://github.com/nquist",
                "https://www.linkedin.com/in/nquist/");
        assertThat(talk.provenance().detail()).contains("joined from src/content/presentations/2025-03-19-nora-quist.md,"
                + " src/content/speakers/nora-quist.md");
        assertThat(post(posts, "presentations/2025-03-19-nora-quist.md").event()).isEmpty();
        assertThat(post(posts, "speakers/nora-quist.md").event()).isEmpty();
    }

    @Test
    void jbakePagesHaveNoEventAndPresenterAndMeetingDateAreRead() throws Exception {
        List<Post> posts = scan("jbake");

        assertThat(post(posts, "content/about.md").event()).isEmpty();
        Event event = post(posts, "content/blog/may-2015.md").event().orElseThrow();
        assertThat(event.time()).contains(EventTime.allDay(LocalDate.of(2015, 5, 6)));
        assertThat(event.talks()).hasSize(1);
        assertThat(event.talks().get(0).speakers()).extracting(Speaker::name).containsExactly("Ada Brook",
                "Lee Chang");
    }

    @Test
    void aHowToWhoseStepsReadLikeTalksHasNoEvent() throws Exception {
        Post post = post(scan("howto"), "_posts/2026-01-10-how-to-write-for-the-blog.md");

        assertThat(post.event()).isEmpty();
    }

    @Test
    void aPostWithoutCollectionsKeepsItsSlugAsTheSpeakersName() {
        Post post = PostParser.create().parse("""
                ---
                title: March meetup
                speakers: [ines-moreau]
                ---
                """, "march.md").post().orElseThrow();

        assertThat(post.event().map(Event::talks).orElseThrow().get(0).speakers())
                .extracting(Speaker::name).containsExactly("ines-moreau");
        assertThat(post.event().flatMap(e -> e.talks().get(0).provenance().detail())).isEqualTo(Optional.empty());
    }
}
