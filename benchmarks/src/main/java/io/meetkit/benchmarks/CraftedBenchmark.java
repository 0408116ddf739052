package io.meetkit.benchmarks;

import io.meetkit.markdown.ParseResult;
import io.meetkit.markdown.PostParser;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Proves that reading a crafted post grows linearly with its size: for one family of {@link CraftedInputs}, the
 * time to parse it at 10 KB, 100 KB and 1 MiB, the ratio per tenfold size (10 for linear growth) and the peak heap.
 * With {@code --huge} it parses one post of just under 16 MiB (the default file limit) instead, meant to run under
 * {@code -Xmx128m}. One family per JVM, so that a run past {@code --timeout} seconds (a quadratic family) ends
 * that JVM alone, with its stack printed to show where it was.
 *
 * <pre>
 * java -cp benchmarks.jar io.meetkit.benchmarks.CraftedBenchmark --list
 * java -cp benchmarks.jar io.meetkit.benchmarks.CraftedBenchmark heading-spaces
 * java -Xmx128m -cp benchmarks.jar io.meetkit.benchmarks.CraftedBenchmark --huge links
 * </pre>
 */
public final class CraftedBenchmark {

    private static final int KB = 1000;
    private static final int MIB = 1024 * 1024;
    /** Just under the default 16 MiB file limit, so that the post is read rather than refused. */
    private static final int HUGE = 16 * MIB - 4 * KB;

    private CraftedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean huge = false;
        long timeoutSeconds = 120;
        String family = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--list" -> {
                    CraftedInputs.FAMILIES.keySet().forEach(System.out::println);
                    return;
                }
                case "--huge" -> huge = true;
                case "--timeout" -> timeoutSeconds = Long.parseLong(args[++i]);
                default -> family = args[i];
            }
        }
        IntFunction<String> make = family == null ? null : CraftedInputs.FAMILIES.get(family);
        if (make == null) {
            System.err.println("usage: CraftedBenchmark [--huge] [--timeout SECONDS] FAMILY; families: "
                    + CraftedInputs.FAMILIES.keySet());
            System.exit(2);
        }
        watchdog(Thread.currentThread(), family, timeoutSeconds);
        PostParser parser = PostParser.create();
        if (huge) {
            String post = make.apply(HUGE);
            Run r = run(parser, post, 1);
            System.out.printf(Locale.ROOT, "%-22s %8.1f %10.1f %10d  %s%n", family, post.length() / (double) MIB,
                    r.millis, r.peakMb, r.outcome);
            return;
        }
        for (int i = 0; i < 5; i++) {
            parser.parse(make.apply(10 * KB), "warm-up.md"); // JIT warm-up
        }
        Run small = run(parser, make.apply(10 * KB), 5);
        Run medium = run(parser, make.apply(100 * KB), 3);
        Run large = run(parser, make.apply(MIB), 2);
        System.out.printf(Locale.ROOT, "%-22s %9.2f %9.2f %9.1f %8.1f %8.1f %10d  %s%n", family, small.millis,
                medium.millis, large.millis, medium.millis / small.millis,
                large.millis / medium.millis / (MIB / (100.0 * KB)) * 10, large.peakMb, large.outcome);
    }

    private record Run(double millis, long peakMb, String outcome) {
    }

    /**
     * The least time of {@code times} parses of {@code post} (on a shared machine the least is the one least
     * disturbed by others), the peak heap over them and the last outcome.
     */
    private static Run run(PostParser parser, String post, int times) {
        double[] millis = new double[times];
        ParseResult result = null;
        System.gc();
        resetPeaks();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            result = parser.parse(post, "crafted.md");
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        long peak = peakHeapBytes() / MIB;
        Arrays.sort(millis);
        String outcome = (result.post().isPresent() ? "post" : "NO POST") + ", " + result.diagnostics().size()
                + " diagnostics" + result.diagnostics().stream().filter(d -> d.message().contains("PostParser"))
                .map(d -> d.message().replaceAll(".*PostParser\\.builder\\(\\)\\.(\\w+).*", "; $1"))
                .distinct().reduce("", String::concat);
        return new Run(millis[0], peak, outcome);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of each heap pool's peak since the last reset: an upper bound of the peak heap in use. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Ends the JVM with the parsing thread's stack when a family takes longer than {@code seconds}. */
    private static void watchdog(Thread main, String family, long seconds) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                return;
            }
            System.out.printf(Locale.ROOT, "%-22s TIMEOUT after %d s (not linear); stack:%n", family, seconds);
            StackTraceElement[] stack = main.getStackTrace();
            for (int i = 0; i < Math.min(stack.length, 25); i++) {
                System.out.println("    at " + stack[i]);
            }
            System.out.flush();
            Runtime.getRuntime().halt(1);
        }, "watchdog");
        t.setDaemon(true);
        t.start();
    }
}
