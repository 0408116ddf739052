package io.meetkit.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every stage benchmark and the floor with the GC profiler and prints one table: posts/s, MB/s of post files,
 * bytes allocated per post, and each stage's time per post as a multiple of the floor's.
 *
 * <pre>
 * java -jar benchmarks.jar            # 10,000 posts, 5 x 2 s warm-up and measurement each, about 6 minutes
 * java -jar benchmarks.jar --smoke    # 2 x 1 s warm-up, 3 x 1 s measurement, about 1.5 minutes
 * </pre>
 */
public final class Suite {

    /** Stages in the order of the table, by benchmark method name. */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("frontMatter", "split + front matter");
        STAGES.put("markdown", "Markdown parse");
        STAGES.put("extraction", "event extraction");
        STAGES.put("read", "read (bytes -> Post)");
        STAGES.put("json", "JSON");
        STAGES.put("ical", "iCalendar");
        STAGES.put("jsonLd", "JSON-LD");
        STAGES.put("pipeline", "whole pipeline");
        STAGES.put("floor", "floor");
    }

    private Suite() {
    }

    public static void main(String[] args) throws RunnerException {
        if (args.length > 1 || args.length == 1 && !args[0].equals("--smoke")) {
            System.err.println("usage: java -jar benchmarks.jar [--smoke]   (other modes: benchmarks/run --help)");
            System.exit(2);
        }
        boolean smoke = args.length == 1;
        int posts = smoke ? 1000 : 10000;
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(StageBenchmarks.class.getName() + "\\.")
                .include(FloorBenchmark.class.getName() + "\\.")
                .param("posts", String.valueOf(posts))
                .addProfiler(GCProfiler.class)
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true);
        if (smoke) {
            options.warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1)).forks(1);
        }
        System.err.println("running " + STAGES.size() + " benchmarks" + (smoke ? " (smoke)" : "") + " on " + posts
                + " generated posts ...");
        Collection<RunResult> results = new Runner(options.build()).run();
        print(results, Corpus.Files.meanBytes(posts));
    }

    private record Row(String stage, double postsPerSecond, double error, double bytesPerPost) {
    }

    private static void print(Collection<RunResult> results, double meanBytes) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (RunResult run : results) {
            String method = run.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            Result<?> primary = run.getPrimaryResult();
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            rows.put(method, new Row(method, primary.getScore(), primary.getScoreError(),
                    alloc == null ? Double.NaN : alloc.getScore()));
        }
        Row floor = rows.get("floor");
        System.out.printf(Locale.ROOT, "%nmeetkit stages, one post per operation, mean post %.0f bytes%n", meanBytes);
        System.out.printf(Locale.ROOT, "%-24s %12s %9s %10s %12s %10s%n", "stage", "posts/s", "+/-", "MB/s",
                "B/post", "x floor");
        List<String> order = new ArrayList<>(STAGES.keySet());
        for (String key : order) {
            Row row = rows.get(key);
            if (row == null) {
                continue;
            }
            double ratio = floor == null ? Double.NaN : floor.postsPerSecond() / row.postsPerSecond();
            System.out.printf(Locale.ROOT, "%-24s %12.0f %9.0f %10.1f %12.0f %10.2f%n", STAGES.get(key),
                    row.postsPerSecond(), row.error(), row.postsPerSecond() * meanBytes / 1e6, row.bytesPerPost(),
                    ratio);
        }
        System.out.println("x floor: time per post divided by the floor's (decode + Jackson front matter -> map + "
                + "commonmark -> tree); MB/s counts the post files' bytes.");
    }
}
