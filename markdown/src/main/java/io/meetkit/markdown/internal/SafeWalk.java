package io.meetkit.markdown.internal;

import io.meetkit.core.Diagnostic;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the files of one scan without being led astray by the file system: a symbolic link that leads out of the
 * folder being scanned is reported and not followed, a pipe, device or socket is reported and never opened, and a
 * file named by several paths (again, through {@code ..}, or through a link) is found once, under the first path
 * met. One walk serves one scan; it is not thread-safe.
 */
public final class SafeWalk {

    /** A file to read, or a path that must not be read with the error that says why. */
    public record Found(Path path, Optional<Diagnostic> problem) {
    }

    private final Predicate<String> skippedName;
    private final Predicate<Path> wanted;
    private final Set<Object> seenFiles = new HashSet<>();
    private final Set<Path> seenFolders = new HashSet<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    /**
     * @param skippedName names of files and folders never entered (hidden ones, build output)
     * @param wanted      which files met in a folder are posts
     */
    public SafeWalk(Predicate<String> skippedName, Predicate<Path> wanted) {
        this.skippedName = skippedName;
        this.wanted = wanted;
    }

    /** The links left unfollowed so far, as warnings naming each link. */
    public List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * A path given by name that is not a folder: it is read whatever its name (a link given by name is followed,
     * since it was asked for), unless it is special or was already found.
     */
    public List<Found> named(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return found(file, attributes).map(List::of).orElse(List.of());
        } catch (IOException e) {
            return List.of(new Found(file, Optional.of(Diagnostic.error(file.toString(), 1, 1,
                    "cannot read file: " + e.getMessage()))));
        }
    }

    /**
     * The wanted files under {@code start}, which is {@code boundary} or a folder inside it; a link whose target is
     * outside {@code boundary} is not followed. Folders that cannot be listed give what could be listed.
     */
    public List<Found> walk(Path boundary, Path start) {
        List<Found> out = new ArrayList<>();
        Path limit;
        try {
            limit = boundary.toRealPath();
            if (!enter(start, limit, boundary)) {
                return out;
            }
        } catch (IOException e) {
            return out;
        }
        // Links wait until no folder is left, so that a file reached both directly and through a link is named
        // by its own path.
        Deque<Path> folders = new ArrayDeque<>();
        Deque<Path> links = new ArrayDeque<>();
        folders.push(start);
        while (!folders.isEmpty() || !links.isEmpty()) {
            if (folders.isEmpty()) {
                follow(links.removeFirst(), boundary, limit, folders, out);
                continue;
            }
            for (Path child : list(folders.pop())) {
                if (skippedName.test(child.getFileName().toString())) {
                    continue;
                }
                try {
                    BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isSymbolicLink()) {
                        links.addLast(child);
                    } else if (attributes.isDirectory()) {
                        if (enter(child, limit, boundary)) {
                            folders.push(child);
                        }
                    } else if (wanted.test(child)) {
                        found(child, attributes).ifPresent(out::add);
                    }
                } catch (IOException e) {
                    // Gone since the folder was listed: there is nothing to read.
                }
            }
        }
        return out;
    }

    private void follow(Path link, Path boundary, Path limit, Deque<Path> folders, List<Found> out) {
        try {
            BasicFileAttributes target = Files.readAttributes(link, BasicFileAttributes.class);
            if (target.isDirectory()) {
                if (enter(link, limit, boundary)) {
                    folders.push(link);
                }
            } else if (wanted.test(link)) {
                if (!link.toRealPath().startsWith(limit)) {
                    warnings.add(Diagnostic.warning(link.toString(), 1, 1, "symbolic link to a file outside "
                            + boundary + "; it was not followed"));
                } else {
                    found(link, target).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            // A link to nothing: there is nothing to read.
        }
    }

    /** Whether to walk {@code folder}: inside the limit and not walked before under any path. */
    private boolean enter(Path folder, Path limit, Path boundary) throws IOException {
        Path real = folder.toRealPath();
        if (!real.startsWith(limit)) {
            warnings.add(Diagnostic.warning(folder.toString(), 1, 1, "symbolic link to a folder outside "
                    + boundary + "; it was not followed"));
            return false;
        }
        return seenFolders.add(real);
    }

    private Optional<Found> found(Path file, BasicFileAttributes attributes) throws IOException {
        Object key = attributes.fileKey() != null ? attributes.fileKey() : file.toRealPath();
        if (!seenFiles.add(key)) {
            return Optional.empty();
        }
        if (attributes.isRegularFile()) {
            return Optional.of(new Found(file, Optional.empty()));
        }
        // Checked from its attributes only: opening a FIFO blocks until someone writes to it.
        return Optional.of(new Found(file, Optional.of(Diagnostic.error(file.toString(), 1, 1,
                "is " + kind(file) + ", not a regular file; it was not read"))));
    }

    /** What a special file is, from its mode where the platform tells it. */
    private static String kind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    private static List<Path> list(Path folder) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            // What could be listed is still walked.
        }
        // A stable order, so that a file reached by two paths is always named by the same one.
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return children;
    }
}
