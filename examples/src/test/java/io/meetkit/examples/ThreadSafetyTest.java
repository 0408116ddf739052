package io.meetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.meetkit.core.Post;
import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A parser and the three writers, each built once, used from four threads at the same time (more than the cores of the build machine) over the samples and
 * the hostile folder: every thread gets exactly what the single-threaded run got.
 */
class ThreadSafetyTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 2;

    private static final PostParser PARSER = PostParser.create();

    /** What one post gives: its parse result and each exporter's bytes. */
    record Output(ParseResult result, String json, byte[] ics, String jsonLd, String script) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Output other && result.equals(other.result) && json.equals(other.json)
                    && java.util.Arrays.equals(ics, other.ics) && jsonLd.equals(other.jsonLd)
                    && script.equals(other.script);
        }

        @Override
        public int hashCode() {
            return result.hashCode();
        }
    }

    private static List<String[]> inputs() throws Exception {
        List<String[]> inputs = new ArrayList<>();
        for (Path f : HostileInputTest.hostileFiles().toList()) {
            inputs.add(new String[] {f.getFileName().toString(), Files.readString(f, StandardCharsets.ISO_8859_1)});
        }
        for (String name : List.of("2026-03-16-march-meetup-recap.md", "2026-04-02-april-meetup.md",
                "2026-05-05-may-workshop-moves-online.md")) {
            try (var in = ThreadSafetyTest.class.getResourceAsStream("/io/meetkit/examples/samples/" + name)) {
                inputs.add(new String[] {name, new String(in.readAllBytes(), StandardCharsets.UTF_8)});
            }
        }
        return inputs;
    }

    private static List<Output> runAll(List<String[]> inputs) throws Exception {
        List<Output> out = new ArrayList<>();
        for (String[] input : inputs) {
            ParseResult r = PARSER.parse(input[1], input[0]);
            if (r.post().isEmpty()) {
                out.add(new Output(r, "", new byte[0], "", ""));
                continue;
            }
            Post post = r.post().get();
            ByteArrayOutputStream ics = new ByteArrayOutputStream();
            ExportChecks.ICS_TALKS.writeFeed(List.of(post), ics);
            out.add(new Output(r, ExportChecks.JSON.toJson(post), ics.toByteArray(), ExportChecks.JSON_LD.toJson(post),
                    ExportChecks.JSON_LD.toScriptElement(post)));
        }
        return out;
    }

    @Test
    void sharedParserAndWritersGiveEveryThreadTheSingleThreadedResults() throws Exception {
        List<String[]> inputs = inputs();
        List<Output> expected = runAll(inputs);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Output>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<List<Output>> task = () -> {
                    start.await();
                    List<Output> last = null;
                    for (int round = 0; round < ROUNDS; round++) {
                        // Each thread walks the inputs from another place, so different posts overlap in time.
                        List<String[]> rotated = new ArrayList<>(inputs);
                        java.util.Collections.rotate(rotated, offset * 3 + round);
                        List<Output> got = runAll(rotated);
                        java.util.Collections.rotate(got, -(offset * 3 + round));
                        assertThat(got).isEqualTo(expected);
                        last = got;
                    }
                    return last;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<Output>> f : futures) {
                assertThat(assertTimeoutPreemptively(Duration.ofMinutes(2), () -> f.get())).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
