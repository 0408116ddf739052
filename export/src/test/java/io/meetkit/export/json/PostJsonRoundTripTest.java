package io.meetkit.export.json;

import static io.meetkit.export.json.SamplePosts.BERLIN;
import static io.meetkit.export.json.SamplePosts.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventTime;
import io.meetkit.core.Post;
import io.meetkit.core.Talk;
import io.meetkit.export.WriteResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PostJsonRoundTripTest {
    private final PostJson json = PostJson.create();

    private Post roundTrip(Post post) {
        return json.readPost(json.toJson(post));
    }

    private Post withEvent(EventTime time) {
        return SamplePosts.minimal().withEvent(Event.builder("Meetup").time(time).build());
    }

    @Test
    void aMinimalPostReadsBackEqual() {
        Post post = SamplePosts.minimal();
        assertThat(roundTrip(post)).isEqualTo(post);
    }

    @Test
    void aPostWithEveryFieldReadsBackEqual() {
        Post post = SamplePosts.maximal();
        assertThat(roundTrip(post)).isEqualTo(post);
    }

    @Test
    void aPostWithEveryFieldReadsBackEqualFromCompactOutput() {
        PostJson compact = PostJson.builder().prettyPrint(false).build();
        Post post = SamplePosts.maximal();
        assertThat(compact.readPost(compact.toJson(post))).isEqualTo(post);
    }

    @Test
    void aPostWithEveryFieldReadsBackEqualWhenEmptyFieldsAreWritten() {
        PostJson explicit = PostJson.builder().includeEmptyFields(true).build();
        for (Post post : List.of(SamplePosts.minimal(), SamplePosts.maximal(),
                withEvent(EventTime.at(berlin(2024, 1, 2, 3, 4))))) {
            assertThat(json.readPost(explicit.toJson(post))).isEqualTo(post);
        }
    }

    @Test
    void aMultiDayAllDayEventKeepsItsDaysAndGetsNoTimeOfDay() {
        Post post = withEvent(new EventTime.AllDay(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 9, 29)));
        Post again = roundTrip(post);
        assertThat(again).isEqualTo(post);
        assertThat(again.event().orElseThrow().time().orElseThrow()).isInstanceOf(EventTime.AllDay.class);
    }

    @Test
    void aTimedEventWithAnEndReadsBackEqual() {
        Post post = withEvent(EventTime.between(berlin(2024, 6, 20, 18, 30), berlin(2024, 6, 20, 21, 0)));
        assertThat(roundTrip(post)).isEqualTo(post);
    }

    @Test
    void anOpenEndedEventStaysOpenEnded() {
        Post post = withEvent(EventTime.at(berlin(2024, 6, 20, 18, 30)));
        Post again = roundTrip(post);
        assertThat(again).isEqualTo(post);
        assertThat(((EventTime.Timed) again.event().orElseThrow().time().orElseThrow()).end()).isEmpty();
    }

    @Test
    void anEventWithoutATimeReadsBackWithoutOne() {
        Post post = SamplePosts.minimal().withEvent(Event.builder("Some day").build());
        assertThat(roundTrip(post).event().orElseThrow().time()).isEmpty();
    }

    @Test
    void bothSidesOfADaylightSavingOverlapKeepTheirOffsets() {
        LocalDateTime ambiguous = LocalDateTime.of(2024, 10, 27, 2, 30);
        ZonedDateTime early = ZonedDateTime.ofLocal(ambiguous, BERLIN, ZoneOffset.ofHours(2));
        ZonedDateTime late = early.withLaterOffsetAtOverlap();
        assertThat(late).isNotEqualTo(early);
        for (ZonedDateTime time : List.of(early, late)) {
            Post post = withEvent(EventTime.at(time));
            assertThat(roundTrip(post)).isEqualTo(post);
        }
    }

    @Test
    void fixedOffsetsRegionZonesAndOddTimesAllReadBackEqual() {
        List<ZonedDateTime> times = List.of(
                ZonedDateTime.of(2024, 6, 20, 18, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                ZonedDateTime.of(2024, 6, 20, 18, 30, 0, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2024, 6, 20, 18, 30, 0, 0, ZoneId.of("UTC")),
                ZonedDateTime.of(2024, 6, 20, 18, 30, 0, 0, ZoneId.of("GMT+02:00")),
                ZonedDateTime.of(2024, 6, 20, 18, 30, 59, 1, ZoneId.of("Asia/Kathmandu")),
                ZonedDateTime.of(1890, 1, 1, 12, 0, 0, 0, ZoneId.of("Europe/Amsterdam")),
                ZonedDateTime.of(12024, 1, 1, 0, 0, 0, 0, ZoneId.of("America/Sao_Paulo")));
        for (ZonedDateTime time : times) {
            Post post = SamplePosts.minimal().toBuilder().date(time).lastModified(time).build();
            assertThat(roundTrip(post)).as(time.toString()).isEqualTo(post);
        }
    }

    @Test
    void everyFrontMatterNumberKeepsItsJavaType() {
        Map<String, Object> frontMatter = roundTrip(SamplePosts.maximal()).frontMatter();
        assertThat(frontMatter.get("int")).isEqualTo(42);
        assertThat(frontMatter.get("smallLong")).isEqualTo(42L);
        assertThat(frontMatter.get("bigLong")).isEqualTo(9_000_000_000L);
        assertThat(frontMatter.get("smallBigInteger")).isEqualTo(BigInteger.valueOf(-5));
        assertThat(frontMatter.get("bigBigInteger")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(frontMatter.get("double")).isEqualTo(1.5);
        assertThat(frontMatter.get("wholeDouble")).isEqualTo(2.0);
        assertThat(frontMatter.get("negativeZero")).isEqualTo(-0.0);
        assertThat(frontMatter.get("notANumber")).isEqualTo(Double.NaN);
        assertThat(frontMatter.get("infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(frontMatter.get("decimal")).isEqualTo(new BigDecimal("1.10"));
        assertThat(frontMatter.get("scaledDecimal")).isEqualTo(new BigDecimal("1E+3"));
        assertThat(frontMatter.get("wholeDecimal")).isEqualTo(new BigDecimal("5"));
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) frontMatter.get("nested");
        assertThat(nested.get("a/b~c")).isEqualTo(7L);
    }

    @Test
    void extremeNumbersAtTheEdgesOfEachTypeKeepTheirTypes() {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("intMax", Integer.MAX_VALUE);
        fm.put("intMin", Integer.MIN_VALUE);
        fm.put("longJustOverInt", (long) Integer.MAX_VALUE + 1);
        fm.put("longMin", Long.MIN_VALUE);
        fm.put("bigAtLongMax", BigInteger.valueOf(Long.MAX_VALUE));
        fm.put("bigJustOverLong", BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        fm.put("tinyDouble", Double.MIN_VALUE);
        fm.put("maxDouble", Double.MAX_VALUE);
        fm.put("awkwardDouble", 0.1 + 0.2);
        fm.put("smallDouble", 1e-7);
        fm.put("negativeDecimal", new BigDecimal("-0.000"));
        fm.put("longDecimal", new BigDecimal("3.14159265358979323846264338327950288419716939937510"));
        fm.put("list", List.of(1L, 1, 1.0, BigInteger.ONE, BigDecimal.ONE));
        Post post = SamplePosts.minimal().toBuilder().frontMatter(fm).build();
        Post again = roundTrip(post);
        assertThat(again).isEqualTo(post);
        again.frontMatter().forEach((key, value) ->
                assertThat(value).as(key).hasSameClassAs(post.frontMatter().get(key)));
        assertThat(((List<?>) again.frontMatter().get("list")).stream().map(Object::getClass).toList())
                .containsExactly(Long.class, Integer.class, Double.class, BigInteger.class, BigDecimal.class);
    }

    @Test
    void frontMatterKeysKeepTheirOriginalOrder() {
        Post post = SamplePosts.maximal();
        assertThat(roundTrip(post).frontMatter().keySet())
                .containsExactlyElementsOf(SamplePosts.richFrontMatter().keySet());
    }

    @Test
    void aTalkWithSpeakersButNoTitleReadsBackWithoutATitle() {
        Talk talk = SamplePosts.maximal().event().orElseThrow().talks().get(1);
        assertThat(talk.title()).isEmpty();
        assertThat(roundTrip(SamplePosts.maximal()).event().orElseThrow().talks().get(1)).isEqualTo(talk);
    }

    @Test
    void aListOfPostsIsOneArrayThatReadsBackEqual() throws IOException {
        List<Post> posts = List.of(SamplePosts.maximal(), SamplePosts.minimal());
        StringWriter out = new StringWriter();
        json.writeAll(posts, out);
        assertThat(out.toString()).startsWith("[");
        assertThat(json.readPosts(new StringReader(out.toString()))).isEqualTo(posts);
    }

    @Test
    void writingCountsThePostsAndTheirEventsAndLeavesNothingOut() throws IOException {
        WriteResult all = json.writeAll(List.of(SamplePosts.maximal(), SamplePosts.minimal()), new StringWriter());
        WriteResult one = json.write(SamplePosts.minimal(), new StringWriter());

        assertThat(SamplePosts.maximal().event()).isPresent();
        assertThat(SamplePosts.minimal().event()).isEmpty();
        assertThat(all).isEqualTo(new WriteResult(2, 1, List.of()));
        assertThat(one).isEqualTo(new WriteResult(1, 0, List.of()));
    }

    @Test
    void anEmptyListOfPostsIsAnEmptyArray() {
        assertThat(json.toJson(List.of())).isEqualTo("[]");
        assertThat(json.readPosts("[]")).isEmpty();
    }

    @Test
    void postsAreWrittenOneAtATimeAsAnIterableYieldsThem() throws IOException {
        List<String> handedOut = new java.util.ArrayList<>();
        StringWriter out = new StringWriter();
        Iterable<Post> once = () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < 3;
            }

            @Override
            public Post next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                // Each post is made only when asked for, as a reader of a big folder would.
                Post post = SamplePosts.minimal().toBuilder().title("Post " + next++).build();
                handedOut.add(post.title());
                return post;
            }
        };
        json.writeAll(once, out);
        assertThat(handedOut).containsExactly("Post 0", "Post 1", "Post 2");
        assertThat(json.readPosts(out.toString())).extracting(Post::title)
                .containsExactly("Post 0", "Post 1", "Post 2");
    }

    @Test
    void utf8StreamsCarryNonAsciiTextBothWays() throws IOException {
        Post post = SamplePosts.maximal();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.write(post, bytes);
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("türkçe ıİ", "日本語", "Hauptstraße");
        assertThat(json.readPost(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(post);
    }

    @Test
    void aLoneSurrogateSurvivesAUtf8Stream() throws IOException {
        Post post = SamplePosts.minimal().toBuilder().title("broken \uD800 pair").body("\uDC00 and \"\uD83D")
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.write(post, bytes);
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("broken \\ud800 pair");
        assertThat(json.readPost(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(post);
    }

    @Test
    void aListWrittenToAStreamReadsBackFromAStream() throws IOException {
        List<Post> posts = List.of(SamplePosts.minimal(), SamplePosts.maximal());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.writeAll(posts, bytes);
        assertThat(json.readPosts(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(posts);
    }

    @Test
    void writingLeavesTheWriterOpen() throws IOException {
        StringWriter out = new StringWriter();
        json.write(SamplePosts.minimal(), out);
        out.write("\n");
        json.write(SamplePosts.minimal(), out);
        assertThat(out.toString().split("\n\\{", -1)).hasSize(2);
    }
}
