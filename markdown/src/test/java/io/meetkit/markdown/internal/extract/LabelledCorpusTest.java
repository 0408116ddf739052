package io.meetkit.markdown.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.meetkit.core.Event;
import io.meetkit.core.EventFact;
import io.meetkit.core.EventTime;
import io.meetkit.core.Link;
import io.meetkit.core.Post;
import io.meetkit.core.Provenance;
import io.meetkit.core.Speaker;
import io.meetkit.core.Talk;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import io.meetkit.markdown.SiteScan;
import io.meetkit.markdown.internal.extract.prose.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the extractor on the hand-labelled posts of the shared corpus and fails below the agreed thresholds:
 * event date accuracy 90 %, speaker F1 0.90, exact talk count 80 %, venue name 80 %, community-link recall 90 %.
 */
@EnabledIfSystemProperty(named = "meetkit.shared.dir", matches = ".+")
class LabelledCorpusTest {

    private static final PostParser PARSER = PostParser.create();
    private static final Map<Path, Map<Path, ParseResult>> SITES = new HashMap<>();
    private static Path corpus;
    private static final Map<String, int[]> FIELDS = new LinkedHashMap<>(); // correct, wrong, missed
    private static int talkCountExact;
    private static int labels;
    private static int speakerTp;
    private static int speakerFp;
    private static int speakerFn;
    private static int talkTp;
    private static int talkFp;
    private static int talkFn;
    private static int communityFound;
    private static int communityTotal;
    private static final List<String> NON_EVENTS = new ArrayList<>();

    @BeforeAll
    static void scoreEveryLabelledPost() throws IOException {
        corpus = Path.of(System.getProperty("meetkit.shared.dir")).resolve("corpus");
        for (String f : List.of("eventDate", "startTime", "endTime", "timezone", "venue", "attendance")) {
            FIELDS.put(f, new int[3]);
        }
        JsonMapper json = JsonMapper.builder().build();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus.resolve("labels"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        StringBuilder details = new StringBuilder();
        for (Path file : files) {
            JsonNode label = json.readTree(file.toFile());
            Path post = corpus.resolve(label.get("file").asString());
            Optional<Event> event = resultOf(post).post().flatMap(Post::event);
            labels++;
            if (isNonEvent(label)) {
                NON_EVENTS.add(label.get("file").asString());
            }
            score(label, event, details);
        }
        System.out.println(details);
        System.out.println(table());
    }

    /** The real pipeline's result for {@code post}, read with its site (configuration, data files). */
    private static ParseResult resultOf(Path post) {
        Path siteRoot = post.toAbsolutePath().normalize().getParent();
        while (siteRoot.getParent() != null && !Files.exists(siteRoot.resolve("_config.yml"))) {
            siteRoot = siteRoot.getParent();
        }
        Map<Path, ParseResult> site = SITES.computeIfAbsent(siteRoot, root -> {
            Map<Path, ParseResult> byFile = new LinkedHashMap<>();
            SiteScan scan = PARSER.scan(List.of(root));
            Iterator<Path> files = scan.files().iterator();
            for (ParseResult r : scan) {
                byFile.put(files.next().toAbsolutePath().normalize(), r);
            }
            return byFile;
        });
        ParseResult result = site.get(post.toAbsolutePath().normalize());
        assertThat(result).as("scan result for " + post).isNotNull();
        return result;
    }

    private static boolean isNonEvent(JsonNode label) {
        return label.get("eventDate").isNull() && label.get("venue").isNull() && label.get("talks").isEmpty()
                && label.get("attendance").isNull() && label.get("timezone").isNull();
    }

    private static void score(JsonNode label, Optional<Event> event, StringBuilder details) {
        String file = label.get("file").asString();
        details.append("== ").append(file).append('\n');
        Optional<EventTime> time = event.flatMap(Event::time);
        boolean dateStated = event.flatMap(e -> e.provenanceOf(EventFact.DATE))
                .filter(p -> p.origin() != Provenance.Origin.DEFAULT).isPresent();
        count("eventDate", text(label, "eventDate"),
                time.filter(t -> dateStated).map(t -> t.startDate().toString()), Object::equals, details);
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        Optional<EventTime.Timed> timed = time.filter(EventTime.Timed.class::isInstance).map(EventTime.Timed.class::cast);
        count("startTime", text(label, "startTime"), timed.map(t -> t.start().format(hm)), Object::equals, details);
        count("endTime", text(label, "endTime"), timed.flatMap(t -> t.end().map(e -> e.format(hm))), Object::equals,
                details);
        if (timed.isPresent()) {
            count("timezone", text(label, "timezone"), timed.map(t -> t.start().getZone().getId()), Object::equals,
                    details);
        }
        Optional<String> venueName = label.get("venue").isNull() ? Optional.empty()
                : text(label.get("venue"), "name");
        count("venue", venueName, event.flatMap(Event::venue).flatMap(v -> v.name()), LabelledCorpusTest::sameText,
                details);
        count("attendance", label.get("attendance").isNull() ? Optional.empty()
                        : Optional.of(String.valueOf(label.get("attendance").asInt())),
                event.flatMap(e -> e.attendance().isPresent() ? Optional.of(String.valueOf(e.attendance().getAsInt()))
                        : Optional.empty()), Object::equals, details);

        List<Talk> talks = event.map(Event::talks).orElse(List.of());
        JsonNode labelTalks = label.get("talks");
        if (talks.size() == labelTalks.size()) {
            talkCountExact++;
        }
        details.append("  talks ").append(labelTalks.size()).append(" expected, ").append(talks.size())
                .append(" found\n");
        for (Talk t : talks) {
            details.append("    ").append(t.kind()).append(" | ").append(t.title().orElse("-")).append(" | ")
                    .append(t.speakers().stream().map(s -> s.name() + s.links().stream().map(l -> " <"
                            + l.url() + ">").reduce("", String::concat)).toList()).append(" | ")
                    .append(t.links().stream().map(l -> l.url().toString()).toList()).append('\n');
        }
        // Talks match when they share a speaker or their titles overlap.
        List<Talk> unmatched = new ArrayList<>(talks);
        for (JsonNode lt : labelTalks) {
            Talk match = null;
            for (Talk t : unmatched) {
                if (sharesSpeaker(lt, t) || lt.get("title").isString() && t.title().isPresent()
                        && sameText(lt.get("title").asString(), t.title().get())) {
                    match = t;
                    break;
                }
            }
            if (match != null) {
                unmatched.remove(match);
                talkTp++;
            } else {
                talkFn++;
            }
        }
        talkFp += unmatched.size();
        // Speakers: distinct people per post.
        List<String> expected = new ArrayList<>();
        for (JsonNode lt : labelTalks) {
            for (JsonNode s : lt.get("speakers")) {
                String n = s.get("name").asString();
                if (expected.stream().noneMatch(e -> sameName(e, n))) {
                    expected.add(n);
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (Talk t : talks) {
            for (Speaker s : t.speakers()) {
                if (found.stream().noneMatch(e -> sameName(e, s.name()))) {
                    found.add(s.name());
                }
            }
        }
        List<String> left = new ArrayList<>(found);
        for (String e : expected) {
            Optional<String> m = left.stream().filter(f -> sameName(e, f)).findFirst();
            if (m.isPresent()) {
                left.remove(m.get());
                speakerTp++;
            } else {
                speakerFn++;
                details.append("  missed speaker ").append(e).append('\n');
            }
        }
        speakerFp += left.size();
        left.forEach(l -> details.append("  extra speaker ").append(l).append('\n'));
        // Community links: recall by link identity.
        Set<String> have = new HashSet<>();
        event.flatMap(Event::organizer).ifPresent(o -> o.links().forEach(l -> have.add(l.identity())));
        for (JsonNode c : label.get("communityLinks")) {
            communityTotal++;
            String id = Link.parse(c.get("url").asString()).identity();
            if (have.contains(id)) {
                communityFound++;
            } else {
                details.append("  missed community link ").append(c.get("url").asString()).append('\n');
            }
        }
    }

    private static boolean sharesSpeaker(JsonNode labelTalk, Talk talk) {
        for (JsonNode s : labelTalk.get("speakers")) {
            for (Speaker sp : talk.speakers()) {
                if (sameName(s.get("name").asString(), sp.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Names as a reader would match them: same words, or one a short form of the other ("Babu", "Anand C"). */
    static boolean sameName(String a, String b) {
        if (Names.samePerson(a, b)) {
            return true;
        }
        List<String> ta = Names.tokens(a);
        List<String> tb = Names.tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        String fa = ta.get(0);
        String fb = tb.get(0);
        return fa.length() >= 4 && fb.length() >= 4 && (fa.startsWith(fb) || fb.startsWith(fa));
    }

    private static boolean sameText(String expected, String found) {
        String a = expected.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", " ").strip();
        String b = found.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", " ").strip();
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private interface Same {
        boolean test(String expected, String found);
    }

    private static void count(String field, Optional<String> expected, Optional<String> found, Same same,
                              StringBuilder details) {
        int[] c = FIELDS.get(field);
        if (expected.isEmpty() && found.isEmpty()) {
            c[0]++;
        } else if (expected.isPresent() && found.isEmpty()) {
            c[2]++;
            details.append("  ").append(field).append(" missed: ").append(expected.get()).append('\n');
        } else if (expected.isPresent() && same.test(expected.get(), found.get())) {
            c[0]++;
        } else {
            c[1]++;
            details.append("  ").append(field).append(" wrong: expected ").append(expected.orElse("none"))
                    .append(", found ").append(found.get()).append('\n');
        }
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asString());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static double f1(int tp, int fp, int fn) {
        double p = ratio(tp, tp + fp);
        double r = ratio(tp, tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%nExtraction scores on %d labelled posts%n", labels));
        sb.append(String.format(Locale.ROOT, "%-14s %8s %8s %8s %9s%n", "field", "correct", "wrong", "missed",
                "accuracy"));
        FIELDS.forEach((f, c) -> sb.append(String.format(Locale.ROOT, "%-14s %8d %8d %8d %8.1f%%%n", f, c[0], c[1],
                c[2], 100 * ratio(c[0], c[0] + c[1] + c[2]))));
        sb.append(String.format(Locale.ROOT, "%-14s %8d of %d exact (%.1f%%)%n", "talk count", talkCountExact,
                labels, 100 * ratio(talkCountExact, labels)));
        sb.append(String.format(Locale.ROOT, "%-14s P %.2f  R %.2f  F1 %.2f  (tp %d, fp %d, fn %d)%n", "talks",
                ratio(talkTp, talkTp + talkFp), ratio(talkTp, talkTp + talkFn), f1(talkTp, talkFp, talkFn), talkTp,
                talkFp, talkFn));
        sb.append(String.format(Locale.ROOT, "%-14s P %.2f  R %.2f  F1 %.2f  (tp %d, fp %d, fn %d)%n", "speakers",
                ratio(speakerTp, speakerTp + speakerFp), ratio(speakerTp, speakerTp + speakerFn),
                f1(speakerTp, speakerFp, speakerFn), speakerTp, speakerFp, speakerFn));
        sb.append(String.format(Locale.ROOT, "%-14s %d of %d (recall %.1f%%)%n", "community", communityFound,
                communityTotal, 100 * ratio(communityFound, communityTotal)));
        return sb.toString();
    }

    private static double accuracy(String field) {
        int[] c = FIELDS.get(field);
        return ratio(c[0], c[0] + c[1] + c[2]);
    }

    @Test
    void eventDatesAreRightForNineInTenPosts() {
        assertThat(accuracy("eventDate")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void speakersReachAnF1OfNinetyHundredths() {
        assertThat(f1(speakerTp, speakerFp, speakerFn)).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void talkCountsAreExactForFourInFivePosts() {
        assertThat(ratio(talkCountExact, labels)).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void venueNamesMatchForFourInFivePosts() {
        assertThat(accuracy("venue")).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void communityLinksAreRecalledNineTimesInTen() {
        assertThat(ratio(communityFound, communityTotal)).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everyPostOfTheCorpusIsReadWithoutFailureAndNonEventsGetNoEvent() throws IOException {
        List<Path> posts;
        try (Stream<Path> s = Files.walk(corpus)) {
            posts = s.filter(p -> p.toString().endsWith(".md") && p.toString().contains("_posts")).sorted().toList();
        }
        assertThat(posts).isNotEmpty();
        for (Path post : posts) {
            ParseResult result = resultOf(post);
            assertThat(result.diagnostics()).as(post.toString())
                    .noneMatch(d -> d.message().contains("extract"));
            assertThat(result.post()).as(post.toString()).isPresent();
            String relative = corpus.relativize(post).toString().replace('\\', '/');
            if (NON_EVENTS.contains(relative)) {
                assertThat(result.post().flatMap(Post::event)).as(relative + " is not about an event").isEmpty();
            }
        }
    }
}
