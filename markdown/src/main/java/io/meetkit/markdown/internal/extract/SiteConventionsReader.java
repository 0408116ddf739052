package io.meetkit.markdown.internal.extract;

import io.meetkit.markdown.internal.Dates;
import io.meetkit.markdown.internal.FrontMatter;
import io.meetkit.markdown.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes a site's {@link SiteConventions} once per scan: a first cheap pass over the front matter of the site's
 * Markdown files (their bodies are not parsed), then the {@code meetkit:} section of the site configuration or a
 * {@code meetkit.yml} beside it. Bounded: at most {@value #MOST_FILES} files, and the first
 * {@value #HEAD_BYTES} bytes of each.
 */
public final class SiteConventionsReader {

    private static final int MOST_FILES = 5_000;
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int DEEPEST = 8;
    /** Files per task when front matter is read on several threads. */
    private static final int PER_TASK = 64;
    /** Folders that hold the generator's output, themes or dependencies, never the site's own posts. */
    private static final Set<String> NOT_POSTS = Set.of("node_modules", "_site", "public", "resources", "themes",
            "layouts", "_layouts", "_includes", "vendor", "static", "assets", "target", "dist");
    private static final List<String> CONFIG_FILES = List.of("_config.yml", "_config.yaml", "hugo.toml", "hugo.yaml",
            "hugo.yml", "config.toml", "config.yaml", "config.yml");

    private SiteConventionsReader() {
    }

    /** The conventions of the site at {@code root}, whose configuration gives {@code siteZone}. Never throws. */
    public static SiteConventions read(Path root, Optional<ZoneId> siteZone, Limits limits) {
        return read(root, siteZone, limits, 1);
    }

    /**
     * The conventions of the site at {@code root}, whose configuration gives {@code siteZone}, the files' front
     * matter read on up to {@code threads} threads (the result is the same for any number). Never throws.
     */
    public static SiteConventions read(Path root, Optional<ZoneId> siteZone, Limits limits, int threads) {
        try {
            List<SiteConventions.PostKeys> posts = new ArrayList<>();
            List<SiteCollections.File> files = new ArrayList<>();
            List<Path> all = markdownFiles(root);
            List<Map<String, Object>> values = frontMatters(all, limits, threads);
            for (int i = 0; i < all.size(); i++) {
                Path file = all.get(i);
                Map<String, Object> fm = values.get(i);
                if (!fm.isEmpty()) {
                    String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                    posts.add(new SiteConventions.PostKeys(fm, Dates.fromFileName(base)));
                    files.add(new SiteCollections.File(file, root.relativize(file).toString().replace('\\', '/'),
                            fm));
                }
            }
            SiteConventions inferred = SiteConventions.infer(posts, siteZone);
            SiteCollections collections = collections(files);
            return declared(root, limits).map(d -> inferred.withDeclared(d.getValue(), d.getKey()))
                    .orElse(inferred).withCollections(collections);
        } catch (IOException | RuntimeException e) {
            // Conventions only add to what each post states; a site they cannot be read from is read post by post.
            return SiteConventions.NONE;
        }
    }

    /**
     * The front matter values of each file's head, in the order of {@code files}: on the calling thread, or, for
     * {@code threads} above 1 and enough files to share, on that many threads of a pool of its own that ends with
     * the call. A file that cannot be read fails the whole reading, as it does one file at a time.
     */
    private static List<Map<String, Object>> frontMatters(List<Path> files, Limits limits, int threads)
            throws IOException {
        if (threads <= 1 || files.size() < 2 * PER_TASK) {
            List<Map<String, Object>> out = new ArrayList<>(files.size());
            for (Path file : files) {
                out.add(frontMatter(file, limits));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "meetkit-conventions");
            t.setDaemon(true);
            return t;
        });
        try {
            // Runs of files, one task each, so that a task's cost is well above handing it over.
            List<Future<List<Map<String, Object>>>> parts = new ArrayList<>();
            for (int from = 0; from < files.size(); from += PER_TASK) {
                List<Path> run = files.subList(from, Math.min(files.size(), from + PER_TASK));
                parts.add(pool.submit(() -> {
                    List<Map<String, Object>> out = new ArrayList<>(run.size());
                    for (Path file : run) {
                        out.add(frontMatter(file, limits));
                    }
                    return out;
                }));
            }
            List<Map<String, Object>> out = new ArrayList<>(files.size());
            for (Future<List<Map<String, Object>>> part : parts) {
                out.addAll(part.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // as it would have left the loop on one thread
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading front matter", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> frontMatter(Path file, Limits limits) throws IOException {
        return FrontMatter.read(head(file), file.toString(), limits).values();
    }

    /** The collections among the files; a site they cannot be read from has none, and is read post by post. */
    private static SiteCollections collections(List<SiteCollections.File> files) {
        try {
            return SiteCollections.of(files);
        } catch (RuntimeException e) {
            return SiteCollections.NONE;
        }
    }

    /** The declared section and the file it is in: {@code meetkit.yml} first, then the configuration's. */
    private static Optional<Map.Entry<String, Map<?, ?>>> declared(Path root, Limits limits) throws IOException {
        for (String name : List.of("meetkit.yml", "meetkit.yaml")) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                Map<String, Object> values = readWhole(file, limits);
                Object section = values.getOrDefault("meetkit", values);
                if (section instanceof Map<?, ?> m) {
                    return Optional.of(Map.entry(file.toString(), m));
                }
            }
        }
        for (String name : CONFIG_FILES) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                Map<String, Object> values = readWhole(file, limits);
                Object section = values.get("meetkit");
                if (section == null && values.get("params") instanceof Map<?, ?> params) {
                    section = params.get("meetkit");
                }
                if (section == null && values.get("extra") instanceof Map<?, ?> extra) {
                    section = extra.get("meetkit");
                }
                return section instanceof Map<?, ?> m ? Optional.of(Map.entry(file.toString(), m)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A whole YAML or TOML file, read as front matter so that its limits and value types are the posts'. */
    private static Map<String, Object> readWhole(Path file, Limits limits) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String fence = file.toString().endsWith(".toml") ? "+++" : "---";
        return FrontMatter.read(fence + "\n" + text + "\n" + fence + "\n", file.toString(), limits).values();
    }

    private static List<Path> markdownFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, Set.of(), DEEPEST, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(root) && (name.startsWith(".") || NOT_POSTS.contains(name))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (attrs.isRegularFile() && (name.endsWith(".md") || name.endsWith(".markdown"))
                        && !name.startsWith("_index.") && !name.equals("readme.md")) {
                    files.add(file);
                }
                return files.size() >= MOST_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        }
    }
}
