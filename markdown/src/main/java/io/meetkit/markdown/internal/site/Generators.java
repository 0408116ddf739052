package io.meetkit.markdown.internal.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Every generator meetkit knows, in the order a site root is tested against them (most specific first). */
public final class Generators {

    /**
     * Generators with a file of their own come first; Hexo and mynt before Jekyll, whose {@code _posts} they share;
     * Zola before Hugo, whose {@code config.toml} it shares.
     */
    public static final List<Conventions> ALL = List.of(new JBake(), new Pelican(), new Eleventy(), new Astro(),
            new Gatsby(), new Hexo(), new Mynt(), new Zola(), new Jekyll(), new Hugo());

    private static final Set<String> SKIPPED_DIRS = Set.of("_site", "node_modules", "public", "resources",
            "vendor", "target", "dist", "output");
    private static final Set<String> REPOSITORY_FILES = Set.of("readme", "changelog", "license", "licence",
            "contributing", "code_of_conduct", "security", "authors", "history");

    private Generators() {
    }

    /** The generator whose site {@code dir} is the root of. */
    public static Optional<Conventions> recognise(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return ALL.stream().filter(c -> c.isRoot(dir)).findFirst();
    }

    /**
     * The site root at or above {@code path} (a few levels up); for a folder that is in no site, a root one or two
     * levels below it, as when a repository keeps its site in {@code www/} or {@code src/jbake/}.
     */
    public static Optional<Path> findRoot(Path path) {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        for (int i = 0; dir != null && i < 6; i++, dir = dir.getParent()) {
            if (recognise(dir).isPresent()) {
                return Optional.of(dir);
            }
        }
        if (!Files.isDirectory(path) || hasMarkdown(path)) {
            return Optional.empty(); // a folder of posts of its own is read as it is
        }
        List<Path> level = List.of(path);
        for (int depth = 0; depth < 2; depth++) {
            List<Path> next = new ArrayList<>();
            for (Path d : level) {
                for (Path child : subfolders(d)) {
                    if (recognise(child).isPresent()) {
                        return Optional.of(child);
                    }
                    next.add(child);
                }
            }
            level = next;
        }
        return Optional.empty();
    }

    private static boolean hasMarkdown(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".md") || n.endsWith(".markdown")) && !isRepositoryFile(n, n);
            });
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static List<Path> subfolders(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).filter(p -> !skipped(p.getFileName().toString())).sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** Whether a folder of this name holds no content: hidden, dependencies or build output. */
    public static boolean skipped(String folderName) {
        return folderName.startsWith(".") || SKIPPED_DIRS.contains(folderName);
    }

    /** Whether any of the names exists in {@code dir} as a regular file. */
    static boolean hasFile(Path dir, String... names) {
        for (String n : names) {
            if (Files.isRegularFile(dir.resolve(n))) {
                return true;
            }
        }
        return false;
    }

    /** The first of the names that exists in {@code dir} as a regular file. */
    static Optional<Path> firstFile(Path dir, String... names) {
        for (String n : names) {
            if (Files.isRegularFile(dir.resolve(n))) {
                return Optional.of(dir.resolve(n));
            }
        }
        return Optional.empty();
    }

    /** Whether a file at the site root is the repository's README, licence or the like rather than content. */
    static boolean isRepositoryFile(String relPath, String name) {
        if (relPath.contains("/")) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        return REPOSITORY_FILES.contains(dot > 0 ? lower.substring(0, dot) : lower);
    }

    /** Reads a small configuration file's text, empty when it cannot be read or is larger than 1 MB. */
    static String text(Path file) {
        try {
            if (Files.size(file) > 1024 * 1024) {
                return "";
            }
            return Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
