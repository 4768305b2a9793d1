package org.handoutstudio.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the
 * bytes go to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {

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
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary,
                    StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
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
            keepPermissions(absolute, temporary, ownerOnly);
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
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
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

    /** What a new file in {@code folder} gets under the user's umask: create one and look. */
    private static Set<PosixFilePermission> umaskPermissions(Path folder) throws IOException {
        Path probe = folder.resolve(".permissions-" + System.nanoTime() + ".probe");
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
