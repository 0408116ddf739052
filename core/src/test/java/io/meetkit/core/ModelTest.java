package io.meetkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    @SuppressWarnings("unchecked")
    void postCopiesItsListsAndMapsSoLaterChangesToTheInputsDoNotLeakIn() {
        List<String> categories = new ArrayList<>(List.of("meetup"));
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        List<Object> nested = new ArrayList<>(List.of("a"));
        frontMatter.put("tags", nested);
        Post post = Post.builder("_posts/2022-06-20-june-meetup.md", "June meetup")
                .categories(categories).frontMatter(frontMatter).build();

        categories.add("talks");
        nested.add("b");
        frontMatter.put("extra", "x");

        assertThat(post.categories()).containsExactly("meetup");
        assertThat(post.frontMatter()).containsOnlyKeys("tags");
        assertThat((List<Object>) post.frontMatter().get("tags")).containsExactly("a");
    }

    @Test
    void postListsAndFrontMatterAreUnmodifiableAllTheWayDown() {
        Post post = Post.builder("a.md", "A").frontMatter(Map.of("speakers", List.of(Map.of("name", "Jane"))))
                .build();

        assertThatThrownBy(() -> post.categories().add("x")).isInstanceOf(UnsupportedOperationException.class);
        List<?> speakers = (List<?>) post.frontMatter().get("speakers");
        @SuppressWarnings("unchecked")
        Map<String, Object> jane = (Map<String, Object>) speakers.get(0);
        assertThatThrownBy(() -> jane.put("name", "John")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void absentValuesAreEmptyOptionalsAndEmptyListsNeverNull() {
        Post post = Post.builder("_posts/2022-06-20-june-meetup.md", "June meetup").build();

        assertThat(post.slug()).isEqualTo("june-meetup");
        assertThat(post.date()).isEmpty();
        assertThat(post.event()).isEmpty();
        assertThat(post.authors()).isEmpty();
        assertThat(post.links()).isEmpty();
        assertThat(post.body()).isEmpty();
    }

    @Test
    void aSiteKeepsItsLogoAndFreeEventsThroughEveryCopy() {
        Site site = Site.UNKNOWN.withLogo(URI.create("/img/logo.png")).withFreeEvents(true);
        Site changed = site.withTitle("Py Group").withUrl(URI.create("https://py.example/"))
                .withTimeZone(ZoneId.of("Europe/Oslo"));
        assertThat(changed.logo()).contains(URI.create("/img/logo.png"));
        assertThat(changed.freeEvents()).isTrue();
        assertThat(new Site(Optional.of("T"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of())).satisfies(s -> {
                    assertThat(s.logo()).isEmpty();
                    assertThat(s.freeEvents()).isFalse();
                });
        assertThatThrownBy(() -> Site.UNKNOWN.withLogo(null)).hasMessage("logo");
    }

    @Test
    void nullArgumentsAreRejectedWithTheParameterName() {
        assertThatThrownBy(() -> Post.builder(null, "t")).hasMessage("source");
        assertThatThrownBy(() -> Speaker.of(null)).hasMessage("name");
        assertThatThrownBy(() -> Event.builder("x").venue(null)).hasMessage("venue");
    }

    @Test
    void blankTitlesAndNamesAreRejected() {
        assertThatThrownBy(() -> Post.builder("a.md", "  ").build()).hasMessageContaining("title");
        assertThatThrownBy(() -> Speaker.of("")).hasMessageContaining("name");
    }

    @Test
    void aTalkNeedsATitleOrASpeaker() {
        assertThatThrownBy(() -> Talk.builder().build()).hasMessageContaining("title or a speaker");
        Talk untitled = Talk.builder().speaker(Speaker.of("Jane Doe")).build();
        assertThat(untitled.title()).isEmpty();
        assertThat(untitled.displayTitle()).isEqualTo("Talk by Jane Doe");
    }

    @Test
    void timedEventsMustEndAfterTheyStart() {
        ZonedDateTime start = ZonedDateTime.of(2022, 6, 18, 10, 0, 0, 0, KOLKATA);
        assertThatThrownBy(() -> EventTime.between(start, start.minusHours(1))).hasMessageContaining("not after");
        assertThat(EventTime.between(start, start.plusHours(3)).zone()).contains(KOLKATA);
    }

    @Test
    void anAllDayEventHasNoZoneAndNoTimeOfDay() {
        EventTime day = EventTime.allDay(LocalDate.of(2022, 6, 18));
        assertThat(day.zone()).isEmpty();
        assertThat(day).isInstanceOf(EventTime.AllDay.class);
        assertThat(day.startDate()).isEqualTo(LocalDate.of(2022, 6, 18));
    }

    @Test
    void previousTimeIsOnlyAllowedForRescheduledEvents() {
        EventTime day = EventTime.allDay(LocalDate.of(2022, 6, 18));
        assertThatThrownBy(() -> Event.builder("x").previousTime(day).build()).hasMessageContaining("RESCHEDULED");
        assertThat(Event.builder("x").status(EventStatus.RESCHEDULED).previousTime(day).build().previousTime())
                .contains(day);
    }

    @Test
    void eventSpeakersAreDistinctByProfileIdentity() {
        Speaker jane = Speaker.of("Jane Doe", List.of(Link.parse("https://twitter.com/JaneDoe")));
        Speaker janeAgain = Speaker.of("Jane", List.of(Link.parse("https://x.com/janedoe/")));
        Event event = Event.builder("Meetup")
                .talk(Talk.builder("One").speaker(jane).build())
                .talk(Talk.builder("Two").speaker(janeAgain).build())
                .build();
        assertThat(event.speakers()).containsExactly(jane);
    }

    @Test
    void linkKindIsDetectedFromTheUrl() {
        assertThat(Link.parse("https://x.com/jane").kind()).isEqualTo(LinkKind.TWITTER);
        assertThat(Link.parse("https://www.linkedin.com/in/jane/").kind()).isEqualTo(LinkKind.LINKEDIN);
        assertThat(Link.parse("https://github.com/jane").kind()).isEqualTo(LinkKind.GITHUB);
        assertThat(Link.parse("https://fosstodon.org/@jane").kind()).isEqualTo(LinkKind.MASTODON);
        assertThat(Link.parse("https://discord.gg/abc").kind()).isEqualTo(LinkKind.DISCORD);
        assertThat(Link.parse("https://www.meetup.com/BangPypers/").kind()).isEqualTo(LinkKind.MEETUP);
        assertThat(Link.parse("https://mail.python.org/mailman/listinfo/bangpypers").kind())
                .isEqualTo(LinkKind.MAILING_LIST);
        assertThat(Link.parse("https://youtu.be/xyz").kind()).isEqualTo(LinkKind.YOUTUBE);
        assertThat(Link.parse("https://speakerdeck.com/jane/async").kind()).isEqualTo(LinkKind.SLIDES);
        assertThat(Link.parse("mailto:group@example.org").kind()).isEqualTo(LinkKind.EMAIL);
        assertThat(Link.parse("https://jane.example.org").kind()).isEqualTo(LinkKind.WEBSITE);
        assertThat(Link.parse("/blog/2022/").kind()).isEqualTo(LinkKind.OTHER);
    }

    @Test
    void linkIdentityIgnoresSchemeWwwCaseTrailingSlashQueryAndTheXRename() {
        assertThat(Link.parse("http://www.twitter.com/JaneDoe/?ref=abc").identity())
                .isEqualTo(Link.parse("https://x.com/janedoe").identity());
        assertThat(Link.parse("https://twitter.com/#!/janedoe").identity()).isEqualTo("twitter.com/janedoe");
        assertThat(Link.parse("https://twitter.com/a").identity())
                .isNotEqualTo(Link.parse("https://twitter.com/b").identity());
    }

    @Test
    void linkParsingIsLenientAboutAngleBracketsAndSpacesButRejectsGarbage() {
        assertThat(Link.parse(" <https://example.org/a b> ").url()).isEqualTo(URI.create("https://example.org/a%20b"));
        assertThatThrownBy(() -> Link.parse("http://[oops")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Link.parse("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diagnosticsPrintAsFileLineColumnSeverityMessageOnOneLine() {
        Diagnostic d = Diagnostic.error("_posts/a.md", 3, 7, "duplicate key 'title'\nEND:VEVENT");
        assertThat(d).hasToString("_posts/a.md:3:7: error: duplicate key 'title' END:VEVENT");
        assertThat(d.withSeverity(Severity.WARNING).toString()).contains(": warning: ");
        assertThatThrownBy(() -> Diagnostic.error("a.md", 0, 1, "x")).hasMessageContaining("line");
    }

    @Test
    void aFileNameCannotForgeALineOrRewriteTheTerminalButStillNamesTheFile() {
        String name = "posts/a\nb.md:1:1: error: forged\u001b[2K\u202e.md";
        Diagnostic d = Diagnostic.warning(name, 2, 3, "title \u001b[31mred\u001b[0m\tand tab");
        assertThat(d.source()).isEqualTo(name);
        assertThat(d).hasToString("posts/a\\nb.md:1:1: error: forged\\u001b[2K\\u202e.md:2:3: warning: "
                + "title \\u001b[31mred\\u001b[0m\\tand tab");
        assertThat(d.toString().lines()).hasSize(1);
    }

    @Test
    void ordinaryNonAsciiFileNamesPrintAsTheyAre() {
        assertThat(Diagnostic.error("_posts/café-日本-😀.md", 1, 1, "x"))
                .hasToString("_posts/café-日本-😀.md:1:1: error: x");
        assertThat(Diagnostic.error("lone-\ud800.md", 1, 1, "x")).hasToString("lone-\\ud800.md:1:1: error: x");
    }

    @Test
    void venueNeedsANameAStreetOrALocalityAndDisplaysWithoutRepeats() {
        assertThatThrownBy(() -> Venue.builder().country("India").build()).isInstanceOf(IllegalArgumentException.class);
        Venue v = Venue.builder().name("Acme Labs").locality("Bangalore").country("India").build();
        assertThat(v.displayText()).isEqualTo("Acme Labs, Bangalore, India");
        assertThat(v.toBuilder().build()).isEqualTo(v);
    }

    @Test
    void buildersRoundTripThroughToBuilder() {
        Event event = Event.builder("June meetup").time(EventTime.allDay(LocalDate.of(2022, 6, 18)))
                .venue(Venue.named("Acme Labs")).attendance(40)
                .provenance(EventFact.DATE, Provenance.prose(3)).build();
        Post post = Post.builder("a.md", "A").event(event).tags(List.of("x")).featured(true).build();
        assertThat(post.toBuilder().build()).isEqualTo(post);
        assertThat(event.toBuilder().build()).isEqualTo(event);
        assertThat(event.provenanceOf(EventFact.DATE)).contains(Provenance.prose(3));
        assertThat(event.provenanceOf(EventFact.VENUE)).isEqualTo(Optional.empty());
    }

    @Test
    void frontMatterRejectsValuesThatAreNotPlainData() {
        assertThatThrownBy(() -> Post.builder("a.md", "A").frontMatter(Map.of("when", new Object())).build())
                .hasMessageContaining("frontMatter.when");
    }
}
