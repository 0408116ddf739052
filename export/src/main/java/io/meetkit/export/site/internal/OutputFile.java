package io.meetkit.export.site.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces a file only when its content changes, atomically: the bytes go to a temporary file in the same folder,
 * which is then moved over the old one, so a reader (a web server, a watching site generator) sees the old file or
 * the new one, never half of one. Not API.
 */
public final class OutputFile {
    // DTSTAMP is the time of writing, not a fact of the event: an .ics that differs only there is left alone, so a
    // build without SOURCE_DATE_EPOCH still rewrites nothing when no event changed.
    private static final Pattern DTSTAMP = Pattern.compile("(?m)^DTSTAMP:[^\r\n]*\r?\n");
    // createTempFile makes owner-only files; feeds are served to everyone.
    private static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFile() {
    }

    /**
     * Makes {@code file} hold {@code content}, creating its folders.
     *
     * @return whether the file was written; {@code false} when it already held that content
     * @throws IOException when the folder or the file cannot be written
     */
    public static boolean update(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Set<PosixFilePermission> permissions = SHARED;
        if (Files.isRegularFile(file)) {
            if (Files.size(file) == content.length || isCalendar(file)) {
                byte[] old = Files.readAllBytes(file);
                if (Arrays.equals(old, content) || isCalendar(file) && sameButStamp(old, content)) {
                    return false;
                }
            }
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view != null) {
                permissions = view.readAttributes().permissions();
            }
        }
        Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    private static boolean isCalendar(Path file) {
        return file.getFileName().toString().endsWith(".ics");
    }

    private static boolean sameButStamp(byte[] old, byte[] content) {
        // ISO-8859-1 maps every byte to one char, so equal strings mean equal bytes.
        return withoutStamp(new String(old, StandardCharsets.ISO_8859_1))
                .equals(withoutStamp(new String(content, StandardCharsets.ISO_8859_1)));
    }

    private static String withoutStamp(String calendar) {
        return DTSTAMP.matcher(calendar).replaceAll("");
    }
}
