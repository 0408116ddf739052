package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.LinkKind;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.core.TalkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTalksTest {

    private static List<String> names(Talk t) {
        return t.speakers().stream().map(Speaker::name).toList();
    }

    @Test
    void agendaItemsNumberedAsTalksGiveSpeakerAndQuotedTitle() {
        List<Talk> talks = Extract.talks("""
                Agenda:

                - Talk 1 - Mira Nair - "Parsing with Lark"
                - Talk 2 - Omar Haddad - "Rust for Pythonistas"
                - Lunch
                """);
        assertThat(talks).extracting(t -> t.title().orElse("")).containsExactly("Parsing with Lark",
                "Rust for Pythonistas");
        assertThat(talks).extracting(ProseTalksTest::names).containsExactly(List.of("Mira Nair"),
                List.of("Omar Haddad"));
    }

    @Test
    void agendaItemsWithATimeGiveTitleThenSpeaker() {
        List<Talk> talks = Extract.talks("""
                Schedule

                - 18:00 Packaging in 2024 - Lena Park
                - 18:45 Typing the untypable - Raj Iyer
                """);
        assertThat(talks).extracting(t -> t.title().orElse("")).containsExactly("Packaging in 2024",
                "Typing the untypable");
        assertThat(talks.get(1).speakers()).extracting(Speaker::name).containsExactly("Raj Iyer");
    }

    @Test
    void anAgendaTableGivesOneTalkPerRow() {
        List<Talk> talks = Extract.talks("""
                | Time  | Talk                 | Speaker    |
                |-------|----------------------|------------|
                | 18:00 | Packaging in 2024    | Lena Park  |
                | 18:30 | Typing the untypable | Raj Iyer   |
                | 19:00 | Networking           |            |
                """);
        assertThat(talks).extracting(t -> t.title().orElse("")).containsExactly("Packaging in 2024",
                "Typing the untypable");
        assertThat(talks).extracting(ProseTalksTest::names).containsExactly(List.of("Lena Park"),
                List.of("Raj Iyer"));
    }

    @Test
    void labelledTalkAndSpeakerLinesGiveATalk() {
        List<Talk> talks = Extract.talks("""
                **Talk:** Writing a language server
                **Speaker:** [Aiko Tanaka](https://github.com/aikot)
                """);
        assertThat(talks).hasSize(1);
        assertThat(talks.get(0).title()).contains("Writing a language server");
        assertThat(names(talks.get(0))).containsExactly("Aiko Tanaka");
    }

    @Test
    void anItalicSegmentIsTheTitleEvenWhenItLooksLikeAName() {
        Talk t = Extract.talks("""
                Agenda

                - Jane Doe - *Rust Tips*
                """).get(0);
        assertThat(t.title()).contains("Rust Tips");
        assertThat(names(t)).containsExactly("Jane Doe");
    }

    @Test
    void aTalkFieldWithByGivesTitleAndSpeaker() {
        Talk t = Extract.talks("**Talk:** \"Fast tests\" by Ola Berg").get(0);
        assertThat(t.title()).contains("Fast tests");
        assertThat(names(t)).containsExactly("Ola Berg");
    }

    @Test
    void aMastodonHandleAfterTheNameIsTheSpeakersProfile() {
        Talk t = Extract.talks("The first talk was Rewriting grep by Ann Lee (@ann@fosstodon.org).").get(0);
        assertThat(t.speakers().get(0).links()).extracting(l -> l.url().toString())
                .containsExactly("https://fosstodon.org/@ann");
    }

    @Test
    void aTitleBrokenAcrossLinesStaysOneTitle() {
        Talk t = Extract.talks("""
                The first talk was Scaling
                Celery Workers by Neha Rao.
                """).get(0);
        assertThat(t.title()).contains("Scaling Celery Workers");
    }

    @Test
    void aQuotedTitleBrokenAcrossLinesStaysWhole() {
        Talk t = Extract.talks("""
                To close, [Farid Aziz](https://x.com/farid) gave a lightning talk on "Writing a tiny
                Markdown linter".
                """).get(0);
        assertThat(t.title()).contains("Writing a tiny Markdown linter");
    }

    @Test
    void aNamedWorkshopGetsTheSpeakerNamedInTheNextParagraph() {
        Talk t = Extract.talks("""
                Our **Intro to Litestar** workshop on 16 July 2022 will happen online.

                [Devi Menon](https://github.com/devimenon) will lead the workshop.
                """).get(0);
        assertThat(t.title()).contains("Intro to Litestar");
        assertThat(t.kind()).isEqualTo(TalkKind.WORKSHOP);
        assertThat(names(t)).containsExactly("Devi Menon");
    }

    @Test
    void aTitleContainingByIsSplitAtTheLastBy() {
        List<Talk> talks = Extract.talks("""
                Agenda

                1. Learning by doing by Tara Singh
                """);
        assertThat(talks.get(0).title()).contains("Learning by doing");
        assertThat(names(talks.get(0))).containsExactly("Tara Singh");
    }

    @Test
    void aNameWithARoleInParenthesesFollowsTheTitle() {
        List<Talk> talks = Extract.talks("""
                The talks that happened were -

                - Caching patterns (Ravi - Engineer at Widgets) :
                  Slides are [here](https://slides.example/caching).
                """);
        assertThat(talks.get(0).title()).contains("Caching patterns");
        assertThat(names(talks.get(0))).containsExactly("Ravi");
    }

    @Test
    void openSlotsAndBreaksAreNotTalks() {
        List<Talk> talks = Extract.talks("""
                Agenda

                1. Intro to asyncio by [Dana](https://twitter.com/dana)
                2. Lightning talks (anyone can present)
                3. Your talk - You?
                4. Lunch break
                """);
        assertThat(talks).hasSize(1);
    }

    @Test
    void theNthTalkWasTitleByNameGivesBoth() {
        Talk t = Extract.talks("The first talk was Scaling Celery Workers by Neha Rao and Arjun Das.").get(0);
        assertThat(t.title()).contains("Scaling Celery Workers");
        assertThat(names(t)).containsExactly("Neha Rao", "Arjun Das");
    }

    @Test
    void aCodeSpanTitleAndCodeSpanNameAreRead() {
        Talk t = Extract.talks("Second talk was `Fun with generators` by `Kiran`.").get(0);
        assertThat(t.title()).contains("Fun with generators");
        assertThat(names(t)).containsExactly("Kiran");
    }

    @Test
    void aSpeakerSentenceFollowedByAPronounSentenceTakesTheBoldTitle() {
        Talk t = Extract.talks("The first talk was by Ivan Petrov. He spoke about **Property testing** in depth.")
                .get(0);
        assertThat(t.title()).contains("Property testing");
        assertThat(names(t)).containsExactly("Ivan Petrov");
    }

    @Test
    void aProfileLinkedNameThatSpokeAboutAQuotedTitleIsATalk() {
        Talk t = Extract.talks("[Lucia Gomez](https://x.com/luciag) started the first talk discussing "
                + "'Structural pattern matching' with examples.").get(0);
        assertThat(t.title()).contains("Structural pattern matching");
        assertThat(t.speakers().get(0).links()).extracting(l -> l.kind()).containsExactly(LinkKind.TWITTER);
    }

    @Test
    void aLightningTalkByANameAboutALinkIsALightningTalkWithThatTitle() {
        Talk t = Extract.talks("We closed with a lightning talk by [Sam Lee](https://www.linkedin.com/in/samlee/) "
                + "from Widgets, about [Trio](https://trio.example/) and structured concurrency.").get(0);
        assertThat(t.kind()).isEqualTo(TalkKind.LIGHTNING);
        assertThat(t.title()).contains("Trio");
        assertThat(names(t)).containsExactly("Sam Lee");
        assertThat(t.links()).extracting(l -> l.url().toString()).containsExactly("https://trio.example/");
    }

    @Test
    void coSpeakersJoinedByAndAreTwoSpeakers() {
        Talk t = Extract.talks("The final talk was delivered by [Ana Ruiz](https://github.com/anaruiz) and "
                + "[Ben Ode](https://github.com/benode), who showed their new tool.").get(0);
        assertThat(names(t)).containsExactly("Ana Ruiz", "Ben Ode");
    }

    @Test
    void aNameGaveATalkAboutGivesAParaphrasedTitle() {
        Talk t = Extract.talks("Priya gave a talk about using [click](https://click.example/) for CLIs.").get(0);
        assertThat(names(t)).containsExactly("Priya");
        assertThat(t.title()).hasValueSatisfying(title -> assertThat(title).contains("click"));
    }

    @Test
    void aTalkTitledInQuotesAfterNextUpIsRead() {
        Talk t = Extract.talks("[Omar Said](https://www.linkedin.com/in/omarsaid/) Next up Omar with the talk "
                + "titled \"Fast APIs in practice\" drew questions.").get(0);
        assertThat(t.title()).contains("Fast APIs in practice");
    }

    @Test
    void aSpeakerNamedAgainWithoutALinkIsTheSameSpeaker() {
        List<Talk> talks = Extract.talks("""
                [Hana Mori](https://twitter.com/hanamori) gave a talk about [numba](https://numba.example/).

                Hana also gave a lightning talk about profiling.
                """);
        assertThat(talks).hasSize(2);
        assertThat(talks.get(1).speakers().get(0)).isEqualTo(talks.get(0).speakers().get(0));
    }

    @Test
    void referenceStyleLinksCountAsProfileLinks() {
        Talk t = Extract.talks("""
                There was another talk by [Nina][] about [httpx][] internals.

                [nina]: https://twitter.com/nina
                [httpx]: https://httpx.example/
                """).get(0);
        assertThat(t.speakers().get(0).links()).extracting(l -> l.url().toString())
                .containsExactly("https://twitter.com/nina");
        assertThat(t.title()).contains("httpx");
    }

    @Test
    void aHeadingPerTalkWithASpeakerLineGivesTheTalk() {
        List<Talk> talks = Extract.talks("""
                ## Building a tiny interpreter

                Speaker: Wei Chen

                We walked through a parser and an evaluator.

                ## Testing with hypothesis

                Speaker: Ola Berg
                """);
        assertThat(talks).extracting(t -> t.title().orElse("")).containsExactly("Building a tiny interpreter",
                "Testing with hypothesis");
        assertThat(talks).extracting(ProseTalksTest::names).containsExactly(List.of("Wei Chen"), List.of("Ola Berg"));
    }

    @Test
    void aNumberedSessionHeadingByANameGivesTheTalk() {
        Talk t = Extract.talks("""
                ### 1. Data classes in depth by Marta Silva

                Marta compared data classes with attrs.
                """).get(0);
        assertThat(t.title()).contains("Data classes in depth");
        assertThat(names(t)).containsExactly("Marta Silva");
    }

    @Test
    void aListIntroducedAsTalksGivesOneTalkPerPresenter() {
        List<Talk> talks = Extract.talks("""
                The panel was followed by a bunch of lightning talks-

                -   [Ira Sen](https://twitter.com/irasen) presented her journey of running a community.
                -   Tomas(@tomas), a regular, introduced koans on typing.
                """);
        assertThat(talks).extracting(ProseTalksTest::names).containsExactly(List.of("Ira Sen"), List.of("Tomas"));
        assertThat(talks).allMatch(t -> t.kind() == TalkKind.LIGHTNING);
    }

    @Test
    void panelistsAreNotSpeakers() {
        List<Talk> talks = Extract.talks("""
                The panel discussion included the following panel members:

                -   [Ira Sen](https://twitter.com/irasen), a security advocate.
                -   [Leo Park](https://twitter.com/leopark), who founded the group.
                """);
        assertThat(talks).isEmpty();
    }

    @Test
    void hostedByAPersonDoesNotMakeThemASpeaker() {
        List<Talk> talks = Extract.talks("The talks were hosted by Saloni of Acme at the Hub.");
        assertThat(talks).isEmpty();
    }

    @Test
    void anImageTitleAfterAnUntitledTalkParagraphIsItsTitle() {
        Talk t = Extract.talks("""
                The event kicked off with [Ravi Kumar](https://www.linkedin.com/in/ravik/), who delivered an
                insightful talk for beginners.

                ![Is ML just search](https://img.example/1.jpg "Is ML just search")
                """).get(0);
        assertThat(t.title()).contains("Is ML just search");
    }

    @Test
    void resourceLinksOfTheTalkParagraphAreTheTalksLinksButNotTheSpeakerProfile() {
        Talk t = Extract.talks("The second talk was Fuzzing by [Eve Stone](https://github.com/evestone). Slides "
                + "are [here](https://speakerdeck.com/eve/fuzzing).").get(0);
        assertThat(t.links()).extracting(l -> l.url().toString())
                .containsExactly("https://speakerdeck.com/eve/fuzzing");
    }

    @Test
    void aTitleOnlyTalkSentenceIsCompletedByTheNextSpeakerSentence() {
        Talk t = Extract.talks("The next one was around packaging and wheels. [Ken Ito](https://twitter.com/kenito) "
                + "narrated his journey with setuptools.").get(0);
        assertThat(t.title()).contains("packaging and wheels");
        assertThat(names(t)).containsExactly("Ken Ito");
    }

    @Test
    void anOrganisationAfterByIsNotASpeaker() {
        List<Talk> talks = Extract.talks("The second part featured a workshop by Google For Developers on Gemini.");
        assertThat(talks).isEmpty();
    }

    @Test
    void aTalkFoundInProseKeepsItsSourceLine() {
        Talk t = Extract.talks("""
                Intro paragraph.

                The first talk was Async all the way by Jo Ames.
                """).get(0);
        assertThat(t.provenance().line()).hasValue(3);
    }
}
