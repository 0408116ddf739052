package io.meetkit.export.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.ICalendar;
import io.meetkit.core.Diagnostic;
import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventStatus;
import io.meetkit.core.EventTime;
import io.meetkit.core.Organizer;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Severity;
import io.meetkit.core.Venue;
import io.meetkit.export.WriteResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsWriterTest {

    private final IcsWriter ics = IcsWriter.builder().clock(Samples.CLOCK).build();

    private static String write(IcsWriter writer, Post post) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(post, out);
        return out.toString();
    }

    private static String feed(IcsWriter writer, List<Post> posts) throws IOException {
        StringWriter out = new StringWriter();
        writer.writeFeed(posts, out);
        return out.toString();
    }

    private static List<String> lines(String ics) {
        return Arrays.asList(IcsLint.unfold(ics).split("\r\n"));
    }

    private static Post timedPost(String slug, ZonedDateTime start) {
        return Samples.post("2024-01-01-" + slug + ".md", slug)
                .event(Event.builder(slug).time(EventTime.between(start, start.plusHours(2))).build()).build();
    }

    private static Post at(Post post, String venue) {
        return post.withEvent(post.event().orElseThrow().toBuilder()
                .venue(io.meetkit.core.Venue.builder().name(venue).build()).build());
    }

    @Test
    void aSingleEventFileHasNoCalendarNameRefreshOrMethod() throws IOException {
        String out = write(ics, Samples.meetup());
        assertThat(lines(out)).noneMatch(l -> l.startsWith("NAME") || l.startsWith("X-WR-")
                || l.startsWith("REFRESH-INTERVAL") || l.startsWith("X-PUBLISHED-TTL") || l.startsWith("METHOD"));
        IndependentReaders.assertAccepted(out);
    }

    @Test
    void aFeedNamesItselfAndTellsClientsHowOftenToRefresh() throws IOException {
        IcsWriter writer = ics.toBuilder().calendarName("PyData; Bangalore").refreshInterval(Duration.ofHours(6))
                .timeZone(Samples.KOLKATA).build();
        List<String> lines = lines(feed(writer, List.of(Samples.meetup())));
        assertThat(lines).contains("METHOD:PUBLISH", "NAME:PyData\\; Bangalore", "X-WR-CALNAME:PyData\\; Bangalore",
                "REFRESH-INTERVAL;VALUE=DURATION:PT6H", "X-PUBLISHED-TTL:PT6H", "X-WR-TIMEZONE:Asia/Kolkata");
    }

    @Test
    void everyEventOfAFeedHasAnOrganizerWithAQuotedCommonName() throws IOException {
        IcsWriter writer = ics.toBuilder().organizer(Organizer.named("Py\"Ladies\": Pune")).build();
        String out = feed(writer, List.of(Samples.sprint(), Samples.meetup()));
        assertThat(lines(out)).filteredOn(l -> l.startsWith("ORGANIZER")).containsExactly(
                "ORGANIZER;CN=\"BangPypers\":https://bangpypers.org/",
                "ORGANIZER;CN=\"Py^'Ladies^': Pune\":https://bangpypers.org/");
        IndependentReaders.assertAccepted(out);
    }

    @Test
    void anAllDayEventIsWrittenAsDatesWithAnExclusiveEnd() throws IOException {
        List<String> lines = lines(write(ics, Samples.sprint()));
        assertThat(lines).contains("DTSTART;VALUE=DATE:20241005", "DTEND;VALUE=DATE:20241007");
        assertThat(lines).noneMatch(l -> l.startsWith("BEGIN:VTIMEZONE"));
    }

    @Test
    void aTimedEventIsWrittenInItsZoneWithAVtimezone() throws IOException {
        String out = write(ics, Samples.meetup());
        assertThat(lines(out)).contains("DTSTART;TZID=Asia/Kolkata:20240615T100000",
                "DTEND;TZID=Asia/Kolkata:20240615T130000", "TZID:Asia/Kolkata");
    }

    @Test
    void aTimeInUtcIsWrittenWithZAndNoVtimezone() throws IOException {
        String out = write(ics, timedPost("utc", ZonedDateTime.of(2024, 5, 1, 17, 30, 0, 0, ZoneId.of("UTC"))));
        assertThat(lines(out)).contains("DTSTART:20240501T173000Z", "DTEND:20240501T193000Z")
                .noneMatch(l -> l.contains("TZID"));
        IndependentReaders.assertAccepted(out);
    }

    @Test
    void aTimeWithOnlyAnOffsetIsWrittenInTheGroupZoneWhenItAgrees() throws IOException {
        ZonedDateTime start = ZonedDateTime.of(2024, 5, 1, 18, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
        String out = write(ics.toBuilder().timeZone(Samples.KOLKATA).build(), timedPost("offset", start));
        assertThat(lines(out)).contains("DTSTART;TZID=Asia/Kolkata:20240501T180000");
    }

    @Test
    void aTimeWithOnlyAnOffsetIsWrittenInUtcWhenNoZoneAgrees() throws IOException {
        ZonedDateTime start = ZonedDateTime.of(2024, 5, 1, 18, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
        String out = write(ics.toBuilder().timeZone(Samples.BERLIN).build(), timedPost("offset", start));
        assertThat(lines(out)).contains("DTSTART:20240501T123000Z");
    }

    @Test
    void aLocalTimeInTheSecondPassOfAnOverlapIsWrittenInUtc() throws IOException {
        // 02:30 happens twice in Berlin on 27 Oct 2024; the second one, at +01:00, cannot be told with a TZID.
        ZonedDateTime late = ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, Samples.BERLIN).withLaterOffsetAtOverlap();
        String out = write(ics, timedPost("overlap", late));
        assertThat(lines(out)).contains("DTSTART:20241027T013000Z");
    }

    @Test
    void aFeedWalksItsPostsOnlyOnce() throws IOException {
        java.util.concurrent.atomic.AtomicInteger walks = new java.util.concurrent.atomic.AtomicInteger();
        Iterable<Post> once = () -> {
            if (walks.incrementAndGet() > 1) {
                throw new IllegalStateException("walked twice");
            }
            return List.of(Samples.meetup(), Samples.sprint()).iterator();
        };
        assertThat(ics.writeFeed(once, new StringWriter()).events()).isEqualTo(2);
    }

    @Test
    void aGroupZoneGivenAsAnOffsetIsNotNamedAsTheFeedZone() throws IOException {
        String out = feed(ics.toBuilder().timeZone(ZoneOffset.ofHours(2)).build(), List.of(Samples.meetup()));
        assertThat(lines(out)).contains("X-WR-TIMEZONE:Asia/Kolkata");
    }

    @Test
    void aCancelledEventHasStatusCancelled() throws IOException {
        assertThat(lines(write(ics, Samples.cancelledOnline()))).contains("STATUS:CANCELLED");
    }

    @Test
    void aPostponedEventIsTentative() throws IOException {
        Post post = Samples.sprint();
        post = post.withEvent(post.event().orElseThrow().toBuilder().status(EventStatus.POSTPONED).build());
        assertThat(lines(write(ics, post))).contains("STATUS:TENTATIVE");
    }

    @Test
    void postsWithoutAnEventAreLeftOutOfAFeedAndReported() throws IOException {
        Post noEvent = Samples.post("about.md", "About us").build();
        StringWriter out = new StringWriter();
        WriteResult result = ics.writeFeed(List.of(noEvent, Samples.meetup()), out);
        assertThat(result.posts()).isEqualTo(2);
        assertThat(result.events()).isEqualTo(1);
        assertThat(result.diagnostics()).extracting(Diagnostic::source, Diagnostic::severity, Diagnostic::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("about.md", Severity.WARNING,
                        Optional.of("event")));
    }

    @Test
    void anEventWithoutADateIsReportedAtTheLineWhereItsDateWasSought() throws IOException {
        Post post = Samples.post("undated.md", "Undated").event(Event.builder("Someday")
                .provenance(EventFact.DATE, Provenance.frontMatter(4)).build()).build();
        WriteResult result = ics.writeFeed(List.of(post), new StringWriter());
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.key()).contains("event.start");
        });
    }

    @Test
    void writingASinglePostWithoutAnEventWritesNothing() throws IOException {
        StringWriter out = new StringWriter();
        WriteResult result = ics.write(Samples.post("about.md", "About").build(), out);
        assertThat(out.toString()).isEmpty();
        assertThat(result.events()).isZero();
        assertThat(result.diagnostics()).hasSize(1);
    }

    @Test
    void writingASinglePostWithoutAnEventToAPathCreatesNoFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("about.ics");
        ics.write(Samples.post("about.md", "About").build(), file);
        assertThat(file).doesNotExist();
    }

    @Test
    void anEmptyFeedIsStillACalendarWithAWarning() throws IOException {
        String out = feed(ics.withCalendarName("Empty"), List.of());
        assertThat(lines(out)).startsWith("BEGIN:VCALENDAR").contains("NAME:Empty").endsWith("END:VCALENDAR");
        IcsLint.assertClean(out);
    }

    @Test
    void theUidStaysTheSameWhenTheEventIsRescheduled() throws IOException {
        Post before = Samples.meetup();
        ZonedDateTime later = ZonedDateTime.of(2024, 6, 22, 10, 0, 0, 0, Samples.KOLKATA);
        Post after = before.withEvent(before.event().orElseThrow().toBuilder()
                .time(EventTime.at(later)).build());
        assertThat(uids(write(ics, after))).isEqualTo(uids(write(ics, before)));
    }

    @Test
    void theUidNamesTheConfiguredDomain() throws IOException {
        assertThat(uids(write(ics.toBuilder().uidDomain("PyData.IN").build(), Samples.meetup())))
                .containsExactly("UID:20240601-june-meetup@pydata.in");
    }

    @Test
    void postsWithTheSameSlugAndDateGetDifferentUids() throws IOException {
        ZonedDateTime start = ZonedDateTime.of(2024, 5, 1, 18, 0, 0, 0, Samples.BERLIN);
        Post a = Samples.post("en/meetup.md", "a").event(Event.builder("a").time(EventTime.at(start)).build()).build();
        // Another start: posts of one start and nothing else to tell them apart are one meetup (SameEventFeedTest).
        Post b = Samples.post("de/meetup.md", "b").event(Event.builder("b").time(EventTime.at(start.plusHours(1)))
                .build()).build();
        List<String> uids = uids(feed(ics, List.of(a, b)));
        assertThat(uids).hasSize(2).doesNotHaveDuplicates().allMatch(u -> u.contains("@"));
    }

    @Test
    void aUidMadeUniqueIsReported() throws IOException {
        ZonedDateTime start = ZonedDateTime.of(2024, 5, 1, 18, 0, 0, 0, Samples.BERLIN);
        Post a = Samples.post("en/meetup.md", "a").event(Event.builder("a").time(EventTime.at(start)).build()).build();
        // Another start: posts of one start and nothing else to tell them apart are one meetup (SameEventFeedTest).
        Post b = Samples.post("de/meetup.md", "b").event(Event.builder("b").time(EventTime.at(start.plusHours(1)))
                .build()).build();
        WriteResult result = ics.writeFeed(List.of(a, b), new StringWriter());
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("de/meetup.md");
            assertThat(d.message()).contains("20240601-meetup@bangpypers.org");
        });
    }

    @Test
    void theUidOfANonLatinSlugIsAsciiAndDistinct() throws IOException {
        ZonedDateTime start = ZonedDateTime.of(2024, 5, 1, 18, 0, 0, 0, Samples.KOLKATA);
        Post a = Samples.post("x.md", "a").slug("ಸಭೆ").event(Event.builder("a").time(EventTime.at(start)).build())
                .build();
        Post b = Samples.post("y.md", "b").slug("सभा").event(Event.builder("b").time(EventTime.at(start)).build())
                .build();
        List<String> uids = uids(feed(ics, List.of(a, b)));
        assertThat(uids).doesNotHaveDuplicates().allMatch(u -> u.chars().allMatch(c -> c < 0x80));
    }

    @Test
    void theSameInputAndClockGiveByteIdenticalOutput() throws IOException {
        List<Post> posts = List.of(Samples.meetup(), Samples.sprint(), Samples.cancelledOnline());
        IcsWriter other = IcsWriter.builder().clock(Clock.fixed(Samples.CLOCK.instant(), ZoneId.of("Asia/Tokyo")))
                .build();
        assertThat(feed(other, posts)).isEqualTo(feed(ics, posts));
    }

    @Test
    void theStampComesFromTheInjectedClock() throws IOException {
        IcsWriter writer = ics.withClock(Clock.fixed(Instant.parse("2030-12-31T23:59:59.900Z"), ZoneOffset.UTC));
        assertThat(lines(write(writer, Samples.sprint()))).contains("DTSTAMP:20301231T235959Z");
    }

    @Test
    void eventsAreOrderedByStartThenUidWhateverTheInputOrder() throws IOException {
        ZonedDateTime t = ZonedDateTime.of(2024, 5, 1, 18, 0, 0, 0, Samples.BERLIN);
        // a and b start together in two places, so they stay two events.
        List<Post> posts = new ArrayList<>(List.of(timedPost("c", t.plusDays(1)), at(timedPost("b", t), "Hall B"),
                at(timedPost("a", t), "Hall A"), timedPost("d", t.minusDays(3))));
        List<String> forward = uids(feed(ics, posts));
        java.util.Collections.reverse(posts);
        assertThat(uids(feed(ics, posts))).isEqualTo(forward);
        assertThat(forward).containsExactly("UID:20240601-d@bangpypers.org",
                "UID:20240601-a@bangpypers.org", "UID:20240601-b@bangpypers.org", "UID:20240601-c@bangpypers.org");
    }

    @Test
    void theSequenceGrowsWithEachLaterModification() throws IOException {
        Post post = Samples.meetup();
        Post later = post.toBuilder().lastModified(post.lastModified().orElseThrow().plusHours(1)).build();
        assertThat(sequence(write(ics, later))).isGreaterThan(sequence(write(ics, post)));
        assertThat(lines(write(ics, later))).contains("LAST-MODIFIED:20240603T050000Z");
    }

    @Test
    void aPostNeverModifiedHasSequenceZero() throws IOException {
        assertThat(sequence(write(ics, Samples.sprint()))).isZero();
    }

    @Test
    void textReadsBackUnchangedInBothReaders() throws IOException {
        String summary = "Bits \\ bobs; commas, colons: \"quotes\" 🐍 ಕನ್ನಡ हिन्दी 中文 עברית";
        String venue = "Hall 3; Wing B, \\Floor\\ 2: left";
        Post post = Samples.post("2024-02-02-text.md", "t").categories(List.of("a,b", "c;d", "e\\f"))
                .event(Event.builder(summary).description("Line one\nline two, with \\n literally")
                        .time(EventTime.allDay(LocalDate.of(2024, 2, 2)))
                        .venue(Venue.named(venue)).build()).build();
        String out = write(ics, post);
        IndependentReaders.assertAccepted(out);

        VEvent ical4j = IndependentReaders.ical4j(out).<VEvent>getComponents("VEVENT").get(0);
        assertThat(ical4j.getSummary().getValue()).isEqualTo(summary);
        assertThat(ical4j.getLocation().getValue()).isEqualTo(venue);
        assertThat(ical4j.getDescription().getValue()).startsWith("Line one\nline two, with \\n literally");
        assertThat(ical4j.getCategories().get(0).getCategories().getTexts()).containsExactlyInAnyOrder(
                "a,b", "c;d", "e\\f");

        biweekly.component.VEvent bi = IndependentReaders.biweekly(out).getEvents().get(0);
        assertThat(bi.getSummary().getValue()).isEqualTo(summary);
        assertThat(bi.getLocation().getValue()).isEqualTo(venue);
        assertThat(bi.getDescription().getValue()).startsWith("Line one\nline two, with \\n literally");
        assertThat(bi.getCategories().get(0).getValues()).containsExactly("a,b", "c;d", "e\\f");
    }

    @Test
    void aTitleCannotInjectPropertiesOrEndTheEvent() throws IOException {
        String name = "Meetup\r\nATTENDEE:mailto:evil@example.com\nEND:VEVENT\rBEGIN:VTODO;TZID=Evil/Zone:x";
        Post post = Samples.post("2024-02-02-evil.md", "evil")
                .event(Event.builder(name).time(EventTime.allDay(LocalDate.of(2024, 2, 2)))
                        .venue(Venue.named("Room\r\nURL:https://evil.example.com/\r\n;TZID=Evil")).build())
                .build();
        String out = write(ics, post);
        IndependentReaders.assertAccepted(out);
        Calendar calendar = IndependentReaders.ical4j(out);
        assertThat(calendar.getComponents()).hasSize(1);
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getPropertyList().getAll()).extracting(Property::getName)
                .doesNotContain("ATTENDEE").containsOnlyOnce("URL");
        assertThat(event.getSummary().getValue()).isEqualTo(name.replace("\r\n", "\n").replace('\r', '\n'));
        ICalendar bi = IndependentReaders.biweekly(out);
        assertThat(bi.getEvents()).singleElement().satisfies(e -> assertThat(e.getAttendees()).isEmpty());
    }

    @Test
    void talksWithTimesCanBeTheirOwnEventsRelatedToTheMeetup() throws IOException {
        String out = feed(ics.toBuilder().talkEvents(true).build(), List.of(Samples.meetup()));
        ICalendar bi = IndependentReaders.biweekly(out);
        assertThat(bi.getEvents()).hasSize(3);
        assertThat(bi.getEvents().subList(1, 3)).allSatisfy(e -> assertThat(e.getRelatedTo()).singleElement()
                .satisfies(r -> assertThat(r.getValue()).isEqualTo("20240601-june-meetup@bangpypers.org")));
        IndependentReaders.assertAccepted(out);
    }

    @Test
    void anOutputStreamGetsUtf8WithoutAByteOrderMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ics.writeFeed(List.of(Samples.meetup()), bytes);
        assertThat(bytes.toByteArray()).startsWith("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("ಕಿರಣ್");
        IcsLint.assertClean(bytes.toByteArray());
    }

    @Test
    void aPathGetsTheSameBytesAsAWriter(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.ics");
        ics.writeFeed(List.of(Samples.meetup(), Samples.sprint()), file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(feed(ics, List.of(Samples.meetup(), Samples.sprint())));
    }

    @Test
    void aBlankCalendarNameIsRejectedByTheBuilder() {
        assertThatThrownBy(() -> IcsWriter.builder().calendarName(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calendarName");
    }

    @Test
    void aUidDomainThatIsNoHostNameIsRejectedByTheBuilder() {
        assertThatThrownBy(() -> IcsWriter.builder().uidDomain("exa mple.org"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uidDomain");
    }

    @Test
    void aRefreshIntervalUnderAMinuteIsRejectedByTheBuilder() {
        assertThatThrownBy(() -> IcsWriter.builder().refreshInterval(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refreshInterval");
    }

    @Test
    void aMultiLineProductIdIsRejectedByTheBuilder() {
        assertThatThrownBy(() -> IcsWriter.builder().productId("-//x//y\r\nEND:VCALENDAR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("productId");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> ics.write(null, new StringWriter())).hasMessage("post");
        assertThatThrownBy(() -> ics.writeFeed(List.of(), (java.io.Writer) null)).hasMessage("out");
    }

    private static List<String> uids(String ics) {
        return lines(ics).stream().filter(l -> l.startsWith("UID:")).toList();
    }

    private static int sequence(String ics) {
        return lines(ics).stream().filter(l -> l.startsWith("SEQUENCE:")).findFirst()
                .map(l -> Integer.parseInt(l.substring(9))).orElseThrow();
    }
}
