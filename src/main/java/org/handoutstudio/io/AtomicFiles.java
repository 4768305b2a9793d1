package org.handoutstudio.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the
 * bytes go to a temporary file in the same folder, which is then moved over the target. Only a
 * regular file (or a new name) is ever replaced. Temporary files carry a name of our own, so one
 * left by a process that was killed mid-write is recognised and removed at the next write there.
 */
public final class AtomicFiles {

    /** Every temporary file this class makes starts with this (and ends with {@link #TEMPORARY_SUFFIX}). */
    public static final String TEMPORARY_PREFIX = ".handout-studio-";
    public static final String TEMPORARY_SUFFIX = ".tmp";
    /** Older than this, a temporary file of ours is left over from a write that never finished. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final int MAX_NAME_IN_TEMPORARY = 80;
    private static final int BUFFER_BYTES = 64 * 1024;

    /**
     * Whether each folder this process has written to keeps POSIX permissions. Java reads the
     * mount table to answer, and a batch export would otherwise ask for every file it writes.
     * Bounded for the editor's sake.
     */
    private static final Map<Path, Boolean> KEEPS_PERMISSIONS = new ConcurrentHashMap<>();
    private static final int KNOWN_FOLDERS = 256;

    /** Writes the content to a stream; may throw IOException. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        write(target, writer, false);
    }

    /**
     * {@code ownerOnly} files (autosave, settings) are readable by their owner alone: they may
     * hold patient details and live in a shared machine's home folders.
     */
    public static void write(Path target, Writer writer, boolean ownerOnly) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "folder does not exist");
        }
        if (Files.isDirectory(absolute)) {
            // A move would replace an empty folder with the file: never what the user meant.
            throw new FileSystemException(absolute.toString(), null, "is a folder, not a file");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // A device, a pipe or a socket: moving over it would replace the device node itself.
            throw new FileSystemException(absolute.toString(), null,
                    "is not an ordinary file (it is a device, a pipe or a socket); choose another name");
        }
        removeStaleTemporaries(folder);
        Boolean posix = KEEPS_PERMISSIONS.get(folder);
        if (posix == null) {
            posix = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
            if (KEEPS_PERMISSIONS.size() >= KNOWN_FOLDERS) {
                KEEPS_PERMISSIONS.clear();
            }
            KEEPS_PERMISSIONS.put(folder, posix);
        }
        String name = absolute.getFileName().toString();
        Path temporary = Files.createTempFile(folder, TEMPORARY_PREFIX
                + name.substring(0, Math.min(name.length(), MAX_NAME_IN_TEMPORARY)) + ".", TEMPORARY_SUFFIX);
        try {
            // Buffered: PDFBox writes a PDF a few bytes at a time, which unbuffered was a system call each.
            try (FileChannel channel = FileChannel.open(temporary,
                    StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES)) {
                // Writers may close what they are given (a zip stream does); the channel must stay open.
                writer.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                out.flush();
                channel.force(true); // on disk before the rename, so a power cut cannot leave an empty file
            }
            if (posix) {
                keepPermissions(absolute, temporary, ownerOnly);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Temporary files are created owner-only; the finished file should look like any other the
     * user saves: the old file's permissions, or read-write for the owner and readable by others.
     */
    private static void keepPermissions(Path target, Path temporary, boolean ownerOnly) throws IOException {
        Set<PosixFilePermission> permissions;
        if (ownerOnly) {
            permissions = PosixFilePermissions.fromString("rw-------");
        } else if (Files.exists(target)) {
            permissions = Files.getPosixFilePermissions(target);
        } else {
            permissions = umaskPermissions(temporary.getParent());
        }
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /**
     * Deletes our own temporary files in {@code folder} that are older than {@link #STALE_AFTER}
     * (a younger one may belong to a write still under way in another window). Best effort:
     * anything that cannot be removed is left for next time.
     */
    static void removeStaleTemporaries(Path folder) {
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        // A plain filter, not a glob: a glob is compiled to a regular expression at every call.
        try (DirectoryStream<Path> ours = Files.newDirectoryStream(folder, AtomicFiles::isTemporary)) {
            for (Path leftover : ours) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(leftover, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(leftover);
                    }
                } catch (IOException e) {
                    // Someone else's, or already gone.
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // A folder we cannot list still gets the write attempted; it reports its own failure.
        }
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMPORARY_PREFIX) && name.endsWith(TEMPORARY_SUFFIX);
    }

    /** What a new file in {@code folder} gets under the user's umask: create one and look. */
    private static Set<PosixFilePermission> umaskPermissions(Path folder) throws IOException {
        Path probe = folder.resolve(TEMPORARY_PREFIX + "permissions-" + System.nanoTime() + TEMPORARY_SUFFIX);
        try {
            Files.createFile(probe);
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }
}
