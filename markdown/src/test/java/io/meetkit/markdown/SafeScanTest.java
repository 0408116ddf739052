package io.meetkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.meetkit.core.Diagnostic;
import io.meetkit.core.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan is not led astray by the file system: links out of the scanned folder are not followed, special files are
 * never opened, and each file is read once whatever paths name it.
 */
class SafeScanTest {

    /** Only a hang guard: reading a FIFO would block forever. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    private Path write(String path, String title) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + title + "\n---\nText.\n");
        return file;
    }

    private static List<String> titles(SiteScan scan) {
        return scan.stream().map(r -> r.post().map(Post::title).orElse("(failed)")).toList();
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aLinkToAFileOutsideTheScannedFolderIsReportedAndNotRead() throws IOException {
        Path secret = write("elsewhere/secret.md", "Secret");
        write("posts/2024-01-01-kept.md", "Kept");
        Path link = Files.createSymbolicLink(dir.resolve("posts/2024-01-02-link.md"), secret);

        SiteScan scan = PostParser.create().scan(dir.resolve("posts"));

        assertThat(titles(scan)).containsExactly("Kept");
        assertThat(scan.siteDiagnostics()).extracting(Diagnostic::toString).containsExactly(link
                + ":1:1: warning: symbolic link to a file outside " + dir.resolve("posts") + "; it was not followed");
    }

    @Test
    void aLinkToAFolderOutsideTheScannedFolderIsReportedAndNotWalked() throws IOException {
        write("elsewhere/2024-01-03-secret.md", "Secret");
        write("posts/2024-01-01-kept.md", "Kept");
        Path link = Files.createSymbolicLink(dir.resolve("posts/more"), dir.resolve("elsewhere"));

        SiteScan scan = PostParser.create().scan(dir.resolve("posts"));

        assertThat(titles(scan)).containsExactly("Kept");
        assertThat(scan.siteDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(link.toString());
            assertThat(d.message()).startsWith("symbolic link to a folder outside");
        });
    }

    @Test
    void linksInsideTheScannedFolderAreFollowedAndTheirFilesReadOnceUnderTheirOwnName() throws IOException {
        Path real = write("posts/2024/2024-01-01-real.md", "Real");
        Files.createSymbolicLink(dir.resolve("posts/2024-01-01-alias.md"), real);
        write("posts/archive/2023-01-01-old.md", "Old");
        Files.createSymbolicLink(dir.resolve("posts/2024/archive-link"), dir.resolve("posts/archive"));

        SiteScan scan = PostParser.create().scan(dir.resolve("posts"));

        assertThat(scan.files()).containsExactly(dir.resolve("posts/archive/2023-01-01-old.md"), real);
        assertThat(scan.siteDiagnostics()).isEmpty();
    }

    @Test
    void aLinkGivenByNameIsFollowedBecauseItWasAskedFor() throws IOException {
        Path outside = write("elsewhere/2024-01-01-post.md", "Named");
        Path link = Files.createSymbolicLink(dir.resolve("named.md"), outside);
        assertThat(titles(PostParser.create().scan(link))).containsExactly("Named");
    }

    @Test
    void aFileNamedByTwoPathsIsReadOnceUnderTheFirst() throws IOException {
        Path a = write("posts/2024-01-01-a.md", "A");
        Path posts = dir.resolve("posts");
        Path dotted = posts.resolve(".").resolve("2024-01-01-a.md");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), a);

        SiteScan scan = PostParser.create().scan(a, dotted, link, posts, posts.resolve("../posts"));

        assertThat(scan.files()).containsExactly(a);
        assertThat(titles(scan)).containsExactly("A");
    }

    @Test
    void aHardLinkedFileIsReadOnce() throws IOException {
        Path a = write("posts/2024-01-01-a.md", "A");
        try {
            Files.createLink(dir.resolve("posts/2024-01-01-b.md"), a);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "this file system has no hard links");
        }
        assertThat(PostParser.create().scan(dir.resolve("posts")).files()).containsExactly(a);
    }

    @Test
    void aFifoMetInAFolderIsAnErrorForItsPathAndIsNeverOpened() throws Exception {
        write("posts/2024-01-01-kept.md", "Kept");
        Path fifo = dir.resolve("posts/2024-01-02-pipe.md");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here, so no FIFO can be made");

        List<ParseResult> results = assertTimeoutPreemptively(HANG_GUARD,
                () -> PostParser.create().scan(dir.resolve("posts")).stream().toList());

        assertThat(results).extracting(r -> r.post().map(Post::title).orElse("(failed)"))
                .containsExactly("Kept", "(failed)");
        assertThat(results.get(1).diagnostics()).extracting(Diagnostic::toString).containsExactly(fifo
                + ":1:1: error: is a named pipe (FIFO), not a regular file; it was not read");
    }

    @Test
    void aFifoNamedDirectlyIsAnErrorAndIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("pipe.md");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here, so no FIFO can be made");

        List<ParseResult> scanned = assertTimeoutPreemptively(HANG_GUARD,
                () -> PostParser.create().scan(fifo).stream().toList());
        ParseResult parsed = assertTimeoutPreemptively(HANG_GUARD, () -> PostParser.create().parse(fifo));

        assertThat(scanned).singleElement().satisfies(r -> {
            assertThat(r.post()).isEmpty();
            assertThat(r.errors()).extracting(Diagnostic::message).containsExactly(
                    "is a named pipe (FIFO), not a regular file; it was not read");
        });
        assertThat(parsed.post()).isEmpty();
        assertThat(parsed.errors()).extracting(Diagnostic::message).singleElement().asString()
                .contains("not a regular file");
    }

    @Test
    void aDeviceNamedDirectlyIsAnErrorAndIsNeverRead() {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "/dev/zero does not exist here");
        List<ParseResult> scanned = assertTimeoutPreemptively(HANG_GUARD,
                () -> PostParser.create().scan(device).stream().toList());
        assertThat(scanned).singleElement().satisfies(r -> assertThat(r.errors()).extracting(Diagnostic::message)
                .containsExactly("is a character device, not a regular file; it was not read"));
    }
}
