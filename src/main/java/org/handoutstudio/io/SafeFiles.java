package org.handoutstudio.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way files are read. Only regular files are opened: a device such as {@code /dev/zero}
 * never ends and a named pipe blocks until someone writes to it, so either would hang the app or
 * fill its memory. What is read is capped, counted as the bytes arrive rather than trusted from
 * the file's reported size (a device reports 0).
 */
public final class SafeFiles {

    /** Why a path cannot be read as a file, in words for the user; an IOException, so callers report it as one. */
    public static final class NotAFileException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        public NotAFileException(Path file, String reason) {
            this(file.toString(), reason);
        }

        public NotAFileException(String file, String reason) {
            super(file, null, reason);
        }
    }

    /** A file named by another file lies outside the naming file's folder, so it is not read. */
    public static final class OutsideFolderException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        OutsideFolderException(String named, Path folder) {
            super(named, null, "is outside the folder " + folder + "; a file may only name files in its own folder"
                    + " (or a folder inside it)");
        }
    }

    private SafeFiles() {
    }

    /**
     * Reads a whole regular file of at most {@code maxBytes}. A folder, device, pipe or socket,
     * a missing file, or one that grows past the cap while it is read, is an IOException that says so.
     */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        requireRegularFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new NotAFileException(file, "is larger than " + describeSize(maxBytes)
                        + ", too large to be a Handout Studio file");
            }
            return bytes;
        }
    }

    /**
     * A regular file as a stream, for a reader that counts what it reads itself (an unzipper
     * stopping at its own limits).
     */
    public static InputStream openRegular(Path file) throws IOException {
        requireRegularFile(file);
        return Files.newInputStream(file);
    }

    /** {@link #read} as a stream, for parsers that take one. */
    public static InputStream open(Path file, long maxBytes) throws IOException {
        return new ByteArrayInputStream(read(file, maxBytes));
    }

    /** Throws unless {@code file} (after following links) is a regular file. */
    public static void requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new NotAFileException(file, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new NotAFileException(file, "is not an ordinary file (it is a device, a pipe or a socket)");
        }
    }

    /**
     * {@code named}, a path written in {@code namingFile}, resolved against that file's folder. It
     * is refused when it leaves the folder: absolute, climbing out with "..", or through a link
     * that points elsewhere. A shared library or a handout from someone else must not be able to
     * print the reader's own files (or hang on a device) by naming them.
     */
    public static Path resolveBeside(Path namingFile, String named) throws IOException {
        Path folder = namingFile.toAbsolutePath().normalize().getParent();
        Path name;
        try {
            name = folder.getFileSystem().getPath(named);
        } catch (InvalidPathException e) {
            throw new NotAFileException(named, "is not a usable file name");
        }
        Path resolved = folder.resolve(name).normalize();
        if (name.isAbsolute() || !resolved.startsWith(folder) || Files.exists(resolved) && !isInside(resolved, folder)) {
            throw new OutsideFolderException(named, folder);
        }
        return resolved;
    }

    /**
     * The files in {@code folder} whose names match {@code glob} (for example {@code *.json}),
     * sorted by name so every run reads them in the same order.
     */
    public static List<Path> listSorted(Path folder, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, glob)) {
            listing.forEach(files::add);
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        files.sort(null);
        return files;
    }

    /** A short reason for an I/O failure ("permission denied", "no such file or folder"), without class names. */
    public static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /**
     * Whether {@code file} lies inside {@code folder} once every link in either is followed: what
     * a file names relative to itself must not reach outside the folder that holds it.
     */
    public static boolean isInside(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Where {@code file} really is: its real path when it exists, else its folder's real path and
     * its name. Two paths name the same file when these are equal ("./a/../h.json" and "h.json",
     * or a link and its target).
     */
    public static Path whereItIs(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException missing) {
            Path folder = absolute.getParent();
            try {
                return folder == null ? absolute : folder.toRealPath().resolve(absolute.getFileName());
            } catch (IOException alsoMissing) {
                return absolute;
            }
        }
    }

    private static String describeSize(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
