package io.meetkit.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.LinkKind;
import io.meetkit.core.Post;
import io.meetkit.core.TalkKind;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class PostJsonReadErrorsTest {
    private final PostJson json = PostJson.create();

    private PostJsonException failure(String input) {
        return catchThrowableOfType(PostJsonException.class, () -> json.readPost(input));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        PostJsonException e = failure("""
                {
                  "source": "a.md",
                  "title": "A",,
                }""");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(16);
        assertThat(e).hasMessageStartingWith("line 3, column 16: ");
        assertThat(e.getCause()).isNotInstanceOf(PostJsonException.class);
    }

    @Test
    void truncatedInputIsReportedAsAnError() {
        assertThat(failure("{\"source\": \"a.md\", \"title\": ")).isNotNull();
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithItsPosition() {
        PostJsonException e = failure("""
                {"source": "a.md", "title": "A",
                 "tags": ["ok", 3]}""");
        assertThat(e.reason()).isEqualTo("tags[1]: expected a string, found a number");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(17);
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        PostJsonException e = failure("""
                {"source": "a.md", "title": "A",
                 "event": {"name": "E", "talks": [{"title": "T", "kind": "lightening"}]}}""");
        assertThat(e.reason()).isEqualTo("event.talks[0].kind: unknown value \"lightening\" "
                + "(expected one of talk, lightning, workshop, panel, keynote)");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(failure("{\"source\": \"a.md\"}").reason()).isEqualTo("missing required field title");
        assertThat(failure("{\"source\": \"a.md\", \"title\": \"A\", \"event\": {}}").reason())
                .isEqualTo("missing required field event.name");
    }

    @Test
    void aBrokenModelRuleIsReportedAtTheObjectThatBreaksIt() {
        PostJsonException e = failure("""
                {"source": "a.md", "title": "A",
                 "event": {"name": "E",
                   "talks": [{"kind": "panel"}]}}""");
        assertThat(e.reason()).isEqualTo("event.talks[0]: a talk needs a title or a speaker");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTimeWithoutAnOffsetIsRejected() {
        assertThat(failure("{\"source\": \"a.md\", \"title\": \"A\", \"date\": \"2024-06-20T18:30\"}").reason())
                .startsWith("date: expected an ISO-8601 date-time with offset");
    }

    @Test
    void aBadUriOrDurationIsRejected() {
        assertThat(failure("{\"source\": \"a.md\", \"title\": \"A\", \"url\": \"http://a b\"}").reason())
                .startsWith("url: not a URI");
        assertThat(failure("""
                {"source": "a.md", "title": "A",
                 "event": {"name": "E", "talks": [{"title": "T", "duration": "40 minutes"}]}}""").reason())
                .startsWith("event.talks[0].duration: expected an ISO-8601 duration");
    }

    @Test
    void anAttendanceTooLargeForTheModelIsRejected() {
        assertThat(failure("""
                {"source": "a.md", "title": "A", "event": {"name": "E", "attendance": 99999999999}}""").reason())
                .isEqualTo("event.attendance: number 99999999999 is out of range");
    }

    @Test
    void aDuplicateKeyIsRejected() {
        PostJsonException e = failure("{\"source\": \"a.md\", \"title\": \"A\", \"title\": \"B\"}");
        assertThat(e.reason()).containsIgnoringCase("duplicate");
    }

    @Test
    void contentAfterThePostIsRejected() {
        assertThat(failure("{\"source\": \"a.md\", \"title\": \"A\"} {}").reason())
                .startsWith("unexpected an object after the end");
    }

    @Test
    void anArrayIsNotASinglePostAndAnObjectIsNotAList() {
        assertThat(failure("[]").reason()).startsWith("expected a post (a JSON object), found an array");
        assertThatThrownBy(() -> json.readPosts("{}")).isInstanceOf(PostJsonException.class)
                .hasMessageContaining("expected an array of posts");
    }

    @Test
    void aFrontMatterTypeThatPointsNowhereIsRejected() {
        PostJsonException e = failure("""
                {"source": "a.md", "title": "A",
                 "frontMatter": {"n": 1},
                 "frontMatterTypes": {"/m": "long"}}""");
        assertThat(e.reason()).isEqualTo("frontMatterTypes: \"/m\" does not point at a front-matter value");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void aFrontMatterTypeThatDoesNotFitItsNumberIsRejected() {
        assertThat(failure("""
                {"source": "a.md", "title": "A", "frontMatter": {"n": 1.5}, "frontMatterTypes": {"/n": "long"}}\
                """).reason()).contains("is typed long but is not a whole number");
        assertThat(failure("""
                {"source": "a.md", "title": "A", "frontMatter": {"n": 1}, "frontMatterTypes": {"/n": "short"}}\
                """).reason()).contains("unknown number type \"short\"");
    }

    @Test
    void invalidUtf8BytesAreReportedAsBadInput() {
        byte[] bytes = {'{', '"', 's', (byte) 0xC3, '"', ':', '1', '}'};
        assertThatThrownBy(() -> json.readPost(new ByteArrayInputStream(bytes)))
                .isInstanceOf(PostJsonException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void anErrorBecomesADiagnosticOfTheSourceFile() {
        Diagnostic d = failure("{\"source\": 1}").toDiagnostic("posts.json");
        assertThat(d.toString()).isEqualTo("posts.json:1:12: error: source: expected a string, found a number");
    }

    @Test
    void unknownFieldsAreSkipped() {
        Post post = json.readPost("""
                {"source": "a.md", "title": "A", "futureField": {"deep": [1, {"x": null}]}, "tags": ["t"]}""");
        assertThat(post.tags()).containsExactly("t");
    }

    @Test
    void nullsAndEmptyListsAndMissingFieldsAllMeanAbsent() {
        Post post = json.readPost("""
                {"source": "a.md", "title": "A", "slug": null, "date": null, "authors": [], "tags": null,
                 "event": {"name": "E", "status": null, "talks": [{"title": "T", "kind": null}]}}""");
        assertThat(post).isEqualTo(Post.builder("a.md", "A").event(post.event().orElseThrow()).build());
        assertThat(post.date()).isEmpty();
        assertThat(post.event().orElseThrow().talks().get(0).kind()).isEqualTo(TalkKind.TALK);
    }

    @Test
    void enumValuesAreReadInAnyCaseAndALinkWithoutAKindGetsOneFromItsUrl() {
        Post post = json.readPost("""
                {"source": "a.md", "title": "A",
                 "links": [{"url": "https://github.com/x", "kind": "OTHER"}, {"url": "https://youtu.be/abc"}]}""");
        assertThat(post.links()).extracting(l -> l.kind()).containsExactly(LinkKind.OTHER, LinkKind.YOUTUBE);
    }

    @Test
    void anEventTimeWithoutAKindIsToldByItsFields() {
        Post post = json.readPost("""
                {"source": "a.md", "title": "A", "event": {"name": "E", "time": {"firstDay": "2024-02-29"}}}""");
        assertThat(post.event().orElseThrow().time().orElseThrow().startDate()).hasToString("2024-02-29");
    }
}
