package io.meetkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerIndexTest {

    private static Speaker speaker(String name, String... urls) {
        return Speaker.of(name, java.util.Arrays.stream(urls).map(u -> Link.of(URI.create(u))).toList());
    }

    private static Post post(String date, String title, Speaker... speakers) {
        Event.Builder e = Event.builder(title).time(EventTime.allDay(LocalDate.parse(date)));
        e.talk(Talk.builder(title).speakers(List.of(speakers)).build());
        return Post.builder(date + "-" + title.replace(' ', '-') + ".md", title)
                .date(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC)).event(e.build()).build();
    }

    @Test
    void theSameProfileOnXAndTwitterIsOneSpeaker() {
        SpeakerIndex index = SpeakerIndex.of(List.of(
                post("2022-01-10", "Async", speaker("Ann Lee", "https://twitter.com/annlee")),
                post("2022-02-10", "Typing", speaker("Ann", "https://x.com/AnnLee/"))));
        assertThat(index.speakers()).hasSize(1);
        assertThat(index.talksBy(index.speakers().get(0))).extracting(a -> a.talk().displayTitle())
                .containsExactly("Async", "Typing");
    }

    @Test
    void aNameWithoutALinkJoinsTheLinkedSpeakerOfThatName() {
        SpeakerIndex index = SpeakerIndex.of(List.of(
                post("2022-01-10", "Async", speaker("Ann Lee", "https://github.com/annlee")),
                post("2022-02-10", "Typing", speaker("ann  lee"))));
        assertThat(index.speakers()).hasSize(1);
        assertThat(index.speakers().get(0).links()).hasSize(1);
    }

    @Test
    void twoPeopleWithOneNameAndDifferentAccountsStayTwo() {
        SpeakerIndex index = SpeakerIndex.of(List.of(
                post("2022-01-10", "Async", speaker("Anand", "https://twitter.com/anand1")),
                post("2022-02-10", "Typing", speaker("Anand", "https://twitter.com/anand2"))));
        assertThat(index.speakers()).hasSize(2);
    }

    @Test
    void profilesSeenInDifferentPostsAreAllKept() {
        SpeakerIndex index = SpeakerIndex.of(List.of(
                post("2022-01-10", "Async", speaker("Ann Lee", "https://twitter.com/annlee")),
                post("2022-02-10", "Typing", speaker("Ann Lee", "https://www.linkedin.com/in/annlee/"))));
        assertThat(index.speakers().get(0).links()).hasSize(2);
    }

    @Test
    void appearancesAreOldestFirstWhateverTheOrderOfPosts() {
        SpeakerIndex index = SpeakerIndex.of(List.of(
                post("2023-05-01", "Later", speaker("Bo Chen")),
                post("2021-05-01", "Earlier", speaker("Bo Chen"))));
        assertThat(index.talksBy(Speaker.of("Bo Chen"))).extracting(a -> a.date().orElseThrow())
                .containsExactly(LocalDate.of(2021, 5, 1), LocalDate.of(2023, 5, 1));
    }

    @Test
    void namesAreComparedWithoutAccentsCaseOrPunctuation() {
        SpeakerIndex index = SpeakerIndex.of(List.of(
                post("2022-01-10", "Async", speaker("José O'Neil")),
                post("2022-02-10", "Typing", speaker("jose oneil"))));
        assertThat(index.speakers()).hasSize(1);
        assertThat(index.named("JOSE O'NEIL")).isPresent();
    }

    @Test
    void anUnknownSpeakerHasNoTalks() {
        SpeakerIndex index = SpeakerIndex.of(List.of(post("2022-01-10", "Async", speaker("Ann Lee"))));
        assertThat(index.talksBy(Speaker.of("Zed"))).isEmpty();
    }

    @Test
    void postsWithoutAnEventAreSkipped() {
        Post plain = Post.builder("2022-01-01-hello.md", "Hello").build();
        assertThat(SpeakerIndex.of(List.of(plain)).speakers()).isEmpty();
    }
}
