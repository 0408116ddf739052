package io.meetkit.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The file {@code -o} names, written as a whole or not at all: the output goes to a new file beside it, which
 * replaces it only once the run has completed, so a failed or interrupted run leaves the previous file as it was.
 */
final class OutputFile implements AutoCloseable {

    private final Path target;
    /** Where the output goes until it is complete; null when the target is written directly. */
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    private OutputFile(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /**
     * Starts writing {@code target}; a link is written through, so the link stays a link. A device or pipe
     * ({@code -o /dev/stdout}) cannot be replaced, so it is written directly.
     */
    static OutputFile create(Path target) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return new OutputFile(target, null, new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(target), StandardCharsets.UTF_8)));
        }
        Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path temporary = real.resolveSibling("." + real.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        // CREATE_NEW, not createTempFile: the new file gets the usual permissions (umask), not owner-only ones.
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8));
        // An interrupted run (Ctrl-C) leaves no half-written file behind either.
        temporary.toFile().deleteOnExit();
        keepPermissions(real, temporary);
        return new OutputFile(real, temporary, writer);
    }

    Writer writer() {
        return writer;
    }

    /** Puts the complete output in place of the target. */
    void commit() throws IOException {
        writer.close();
        if (temporary == null) {
            committed = true;
            return;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Drops the output unless it was committed; the target stays as it was. */
    @Override
    public void close() {
        if (!committed) {
            try {
                writer.close();
            } catch (IOException e) {
                // The output is dropped anyway.
            }
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException e) {
                // Left for the exit hook.
            }
        }
    }

    /** A file replaced by a new run keeps who may read it. */
    private static void keepPermissions(Path target, Path temporary) {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (from == null || to == null || !Files.exists(target)) {
            return;
        }
        try {
            to.setPermissions(from.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // The default permissions are a fine second choice.
        }
    }
}
