package io.meetkit.markdown;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import io.meetkit.core.Site;
import io.meetkit.markdown.internal.Dates;
import io.meetkit.markdown.internal.PostReader;
import io.meetkit.markdown.internal.SafeWalk;
import io.meetkit.markdown.internal.SiteConfig;
import io.meetkit.markdown.internal.site.Conventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The posts found under some paths, read one at a time as they are iterated so that a site of any size is read in
 * bounded memory. Iterating twice reads the files twice. Order: by the date in the file name, then by path.
 *
 * <p>With {@link PostParser.Builder#parallelism(int)} above 1, an iterator reads a few files ahead on that many
 * threads of its own; results still come in the order above, and at most a small window of them is held at a time.
 */
public final class SiteScan implements Iterable<ParseResult> {

    private static final Set<String> SKIPPED_DIRS = Set.of("_site", "node_modules", "public", "resources",
            "vendor", "target");

    /** One file to read, with the reader of its site. */
    private record Entry(Path path, String source, String relPath, PostReader reader, LocalDate sortDate,
                         Optional<Diagnostic> problem) {
    }

    private final List<Entry> entries;
    private final List<Diagnostic> siteDiagnostics;
    private final SiteConfig config;
    private final List<String> collections;
    private final PostParser parser;

    private SiteScan(List<Entry> entries, List<Diagnostic> siteDiagnostics, SiteConfig config,
                     List<String> collections, PostParser parser) {
        this.entries = entries;
        this.siteDiagnostics = siteDiagnostics;
        this.config = config;
        this.collections = collections;
        this.parser = parser;
    }

    static SiteScan of(List<Path> paths, PostParser parser) {
        List<Entry> entries = new ArrayList<>();
        List<Diagnostic> siteDiagnostics = new ArrayList<>();
        Map<Path, PostReader> readers = new HashMap<>();
        SiteConfig first = null;
        List<String> collections = List.of();
        SafeWalk walk = new SafeWalk(name -> name.startsWith(".") || SKIPPED_DIRS.contains(name),
                SiteScan::isMarkdown);
        for (Path given : paths) {
            String shown = given.toString();
            if (!Files.exists(given)) {
                entries.add(new Entry(given, shown, shown, null, LocalDate.MIN,
                        Optional.of(Diagnostic.error(shown, 1, 1, "no such file or directory"))));
                continue;
            }
            Optional<Path> root = SiteConfig.findRoot(given);
            // A folder of a site whose generator is not recognised still has conventions of its own.
            Optional<Path> folder = root.or(() -> Optional.of(given).filter(Files::isDirectory));
            PostReader reader = readers.computeIfAbsent(folder.map(r -> r.toAbsolutePath().normalize())
                    .orElse(Path.of("")), key -> {
                        PostReader r = parser.readerFor(root, folder);
                        siteDiagnostics.addAll(r.siteDiagnostics());
                        return r;
                    });
            if (first == null) {
                first = reader.config();
                collections = reader.siteConventions().collections().folders();
            }
            for (SafeWalk.Found found : files(walk, given, root, reader.config())) {
                Path file = found.path();
                String relPath = root.map(r -> relative(r, file)).orElseGet(() -> file.getFileName().toString());
                String base = file.getFileName().toString();
                int dot = base.lastIndexOf('.');
                LocalDate date = Dates.fromFileName(dot > 0 ? base.substring(0, dot) : base).orElse(LocalDate.MIN);
                entries.add(new Entry(file, file.toString(), relPath, reader, date, found.problem()));
            }
        }
        siteDiagnostics.addAll(walk.warnings());
        entries.sort(Comparator.comparing(Entry::sortDate).thenComparing(Entry::source));
        return new SiteScan(List.copyOf(entries), List.copyOf(siteDiagnostics),
                first == null ? SiteConfig.none(Site.UNKNOWN) : first, collections, parser);
    }

    private static String relative(Path root, Path file) {
        Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return rel.toString().replace('\\', '/');
    }

    private static List<SafeWalk.Found> files(SafeWalk walk, Path given, Optional<Path> root, SiteConfig config) {
        if (!Files.isDirectory(given)) {
            return walk.named(given);
        }
        // A folder given as a whole site (its root, or a folder the root was found below) is read by the
        // generator's rules; a folder inside a site is read whole.
        boolean wholeSite = root.isPresent() && (sameFile(root.get(), given) || !inside(given, root.get()));
        Conventions conventions = config.conventions();
        List<Path> starts = new ArrayList<>();
        if (wholeSite) {
            starts.addAll(conventions.postFolders(config));
        } else {
            starts.add(given);
        }
        List<SafeWalk.Found> out = new ArrayList<>();
        for (Path start : starts) {
            for (SafeWalk.Found found : walk.walk(given, start)) {
                // A file that cannot be read (a FIFO, a device) is reported wherever it is; others only where the
                // generator reads posts.
                if (found.problem().isPresent() || root.isEmpty()
                        || conventions.isPost(relative(root.get(), found.path()))) {
                    out.add(found);
                }
            }
        }
        return out;
    }

    private static boolean inside(Path dir, Path root) {
        return dir.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
    }


    private static boolean isMarkdown(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * The site of the first path scanned ({@link Site#UNKNOWN} when it belongs to none).
     *
     * @return the site's title, URL, zone and organizer as its configuration gives them
     */
    public Site site() {
        return config.site();
    }

    /**
     * The static-site generator whose rules the first path was read by ("Jekyll", "Hexo", "mynt", "Hugo", "Zola",
     * "Eleventy", "Pelican", "JBake", "Astro", "Gatsby"), or "none" for files in no recognised site.
     *
     * @return the generator's name
     */
    public String generator() {
        return config.conventions().name();
    }

    /**
     * The generator's rules as applied to the first path's site, one short line each, for display; then one line
     * per collection of people, places or talks whose entries posts name by slug ({@code joins: content/speakers/
     * (people, 4 entries)}).
     *
     * @return the rules and collections, for display
     */
    public List<String> conventions() {
        List<String> lines = new ArrayList<>(config.conventions().describe(config));
        collections.forEach(c -> lines.add("joins: " + c));
        return List.copyOf(lines);
    }

    /**
     * How many files will be read.
     *
     * @return the number of files found
     */
    public int size() {
        return entries.size();
    }

    /**
     * The files that will be read, in order.
     *
     * @return the files, in the order they are read
     */
    public List<Path> files() {
        return entries.stream().map(Entry::path).toList();
    }

    /**
     * Problems in the sites' configuration files ({@code _config.yml}, data files, author files), and the symbolic
     * links that were not followed because they lead out of the folder scanned.
     *
     * @return the problems, as warnings and errors
     */
    public List<Diagnostic> siteDiagnostics() {
        return siteDiagnostics;
    }

    /**
     * Reads every file once, one by one, and sums up what was found: the generator, the site, its rules, the
     * front-matter keys used and read, and how many posts gave a dated event.
     *
     * @return the overview
     */
    public SiteOverview overview() {
        Map<String, int[]> uses = new java.util.TreeMap<>();
        Set<String> read = new java.util.HashSet<>();
        int failed = 0;
        int dated = 0;
        for (Entry e : entries) {
            ParseResult r = e.problem().isPresent()
                    ? new ParseResult(e.source(), Optional.empty(), List.of(e.problem().get()))
                    : parser.read(e.reader(), e.path(), e.source(), e.relPath(), read::addAll);
            if (r.post().isEmpty() || r.hasErrors()) {
                failed++;
            }
            if (r.post().flatMap(io.meetkit.core.Post::event).flatMap(io.meetkit.core.Event::time).isPresent()) {
                dated++;
            }
            r.post().ifPresent(p -> p.frontMatter().keySet().forEach(k -> uses.computeIfAbsent(k,
                    x -> new int[1])[0]++));
        }
        List<SiteOverview.KeyUse> keys = uses.entrySet().stream()
                .map(u -> new SiteOverview.KeyUse(u.getKey(), u.getValue()[0], read.contains(u.getKey())))
                .sorted(Comparator.comparingInt(SiteOverview.KeyUse::posts).reversed()
                        .thenComparing(SiteOverview.KeyUse::key))
                .toList();
        return new SiteOverview(generator(), site(), conventions(), entries.size(), failed, dated, keys);
    }

    /** Reads the files one by one, or a few ahead on the parser's {@linkplain PostParser#parallelism() threads}. */
    @Override
    public Iterator<ParseResult> iterator() {
        if (parser.parallelism() > 1 && entries.size() > 1) {
            return new ReadAhead(parser.parallelism());
        }
        Iterator<Entry> it = entries.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ParseResult next() {
                return read(it.next());
            }
        };
    }

    private ParseResult read(Entry e) {
        if (e.problem().isPresent()) {
            return new ParseResult(e.source(), Optional.empty(), List.of(e.problem().get()));
        }
        return parser.read(e.reader(), e.path(), e.source(), e.relPath());
    }

    /**
     * Reads entries on worker threads, a bounded window ahead of the caller, handing results back in entry order.
     * The threads are daemons that end when the last entry is handed out or after a second without work, so an
     * iteration abandoned half-way leaves nothing running for long.
     */
    private final class ReadAhead implements Iterator<ParseResult> {
        private final ThreadPoolExecutor pool;
        private final ArrayDeque<Future<ParseResult>> window = new ArrayDeque<>();
        private final int windowSize;
        private int submitted;

        ReadAhead(int threads) {
            this.windowSize = threads * 16;
            AtomicInteger count = new AtomicInteger();
            this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    task -> {
                        Thread t = new Thread(task, "meetkit-scan-" + count.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            fill();
        }

        private void fill() {
            while (window.size() < windowSize && submitted < entries.size()) {
                Entry e = entries.get(submitted++);
                window.add(pool.submit(() -> read(e)));
            }
            if (submitted == entries.size()) {
                pool.shutdown(); // queued reads still run; the threads end after them
            }
        }

        @Override
        public boolean hasNext() {
            return !window.isEmpty();
        }

        @Override
        public ParseResult next() {
            Future<ParseResult> head = window.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            fill();
            try {
                return head.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
                throw new IllegalStateException("interrupted while reading posts", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * The posts that read without errors, one at a time as they are iterated, so that a scan goes straight into
     * the writers ({@code IcsWriter.writeFeed(scan.posts(), path)}); iterate the scan itself to see every file's
     * diagnostics too. Iterating twice reads the files twice.
     *
     * @return the error-free posts, in scan order
     */
    public Iterable<Post> posts() {
        return () -> stream().filter(r -> !r.hasErrors()).flatMap(r -> r.post().stream()).iterator();
    }

    /**
     * The files read one by one, as a sequential stream.
     *
     * @return a stream that reads each file as it is consumed
     */
    public Stream<ParseResult> stream() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), entries.size(),
                Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL), false);
    }
}
