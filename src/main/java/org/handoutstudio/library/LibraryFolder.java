package org.handoutstudio.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.handoutstudio.io.AtomicFiles;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.RasterImages;
import org.handoutstudio.io.SafeFiles;

/**
 * A library folder the app writes into: the clinician's own or a practice's shared one. Items
 * the app saves get a file each ({@code <id>.json}) and photos go in {@code photos/}, so two
 * clinicians saving different items never touch the same file. An item already in a file of
 * its own making (several items in one hand-written file) is replaced where it is. Every write
 * is atomic, so a reader never sees half a file.
 */
public final class LibraryFolder {

    public static final String PHOTOS = "photos";

    /** Someone saved the item since it was opened here: saving now would lose their version. */
    public static final class ConflictException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient LibraryItem onDisk;

        ConflictException(LibraryItem onDisk, Path file) {
            super(onDisk.id() + " in " + file + " is now version " + onDisk.provenance().version()
                    + (onDisk.provenance().author() == null ? "" : " by " + onDisk.provenance().author()));
            this.onDisk = onDisk;
        }

        /** The version now in the folder. */
        public LibraryItem onDisk() {
            return onDisk;
        }
    }

    /** An item as stored: the item and the file it is in, with that file's other items. */
    public record Stored(LibraryItem item, Path file, List<LibraryItem> fileItems) { }

    private final Path folder;

    public LibraryFolder(Path folder) {
        this.folder = Objects.requireNonNull(folder).toAbsolutePath().normalize();
    }

    public Path path() {
        return folder;
    }

    /** True when the app can create files here (the folder is made if missing). */
    public boolean isWritable() {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, AtomicFiles.TEMPORARY_PREFIX + "probe-", AtomicFiles.TEMPORARY_SUFFIX);
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The item with {@code id} as it is in the folder now. Files that cannot be read are passed over. */
    public Optional<Stored> find(String id) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        for (Path file : jsonFiles()) {
            List<LibraryItem> items = readQuietly(file);
            for (LibraryItem item : items) {
                if (item.id().equals(id)) {
                    return Optional.of(new Stored(item, file, items));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Writes {@code item} into the folder. {@code openedVersion} is the version the clinician
     * started from (null for a new item): if the folder now holds another version of the item,
     * nothing is written and {@link ConflictException} says whose it is, unless
     * {@code overwrite} (the clinician has seen that and chose to replace it). An exercise's
     * photo outside the folder is copied into {@code photos/}.
     *
     * @return the file written
     */
    public Path save(LibraryItem item, String openedVersion, boolean overwrite) throws IOException, ConflictException {
        Files.createDirectories(folder);
        Optional<Stored> stored = find(item.id());
        if (stored.isPresent() && !overwrite && !stored.get().item().provenance().version().equals(openedVersion)) {
            throw new ConflictException(stored.get().item(), stored.get().file());
        }
        LibraryItem toWrite = item instanceof Exercise exercise ? exercise.withPhoto(photoInFolder(exercise)) : item;
        if (stored.isPresent()) {
            List<LibraryItem> items = new ArrayList<>(stored.get().fileItems());
            items.replaceAll(existing -> existing.id().equals(item.id()) ? toWrite : existing);
            write(stored.get().file(), items);
            return stored.get().file();
        }
        Path file = folder.resolve(item.id() + ".json");
        write(file, List.of(toWrite));
        return file;
    }

    /** Removes the item with {@code id}; false when the folder does not hold it. */
    public boolean delete(String id) throws IOException {
        Optional<Stored> stored = find(id);
        if (stored.isEmpty()) {
            return false;
        }
        List<LibraryItem> rest = stored.get().fileItems().stream().filter(item -> !item.id().equals(id)).toList();
        if (rest.isEmpty()) {
            Files.delete(stored.get().file());
        } else {
            write(stored.get().file(), rest);
        }
        if (stored.get().item() instanceof Exercise exercise && exercise.photo() != null) {
            Path photo = folder.resolve(exercise.photo()).normalize();
            if (photo.startsWith(folder.resolve(PHOTOS)) && !photoStillUsed(photo)) {
                Files.deleteIfExists(photo);
            }
        }
        return true;
    }

    /**
     * Checks a photo the clinician chose (a real PNG or JPEG, by its bytes; its pixel size read
     * before it is decoded) and copies it into {@code photos/} as {@code <id>.png} or
     * {@code .jpg}. The copy keeps the photo's own orientation note, which printing follows.
     *
     * @return the photo's path relative to the folder, as an item names it
     */
    public String importPhoto(Path source, String id) throws IOException, RasterImages.ImageException {
        RasterImages.load(source, 300, 300);
        return writePhoto(SafeFiles.read(source, RasterImages.MAX_FILE_BYTES), id);
    }

    /** Writes checked PNG or JPEG bytes as the photo of item {@code id}; returns the path an item names it by. */
    public String writePhoto(byte[] bytes, String id) throws IOException {
        String extension = (bytes[0] & 0xFF) == 0x89 ? ".png" : ".jpg";
        Path photos = folder.resolve(PHOTOS);
        Files.createDirectories(photos);
        Path target = photos.resolve(id + extension);
        AtomicFiles.write(target, bytes);
        return PHOTOS + "/" + target.getFileName();
    }

    private String photoInFolder(Exercise exercise) throws IOException {
        if (exercise.photo() == null || exercise.photo().isBlank()) {
            return null;
        }
        Path photo = folder.resolve(exercise.photo()).normalize();
        if (!photo.startsWith(folder)) {
            try {
                return importPhoto(photo, exercise.id());
            } catch (RasterImages.ImageException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return folder.relativize(photo).toString().replace('\\', '/');
    }

    private boolean photoStillUsed(Path photo) throws IOException {
        for (Path file : jsonFiles()) {
            for (LibraryItem item : readQuietly(file)) {
                if (item instanceof Exercise other && other.photo() != null
                        && folder.resolve(other.photo()).normalize().equals(photo)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void write(Path file, List<LibraryItem> items) throws IOException {
        byte[] json = Json.mapper().writeValueAsBytes(new LibraryFile(LibraryFile.CURRENT_SCHEMA, items));
        AtomicFiles.write(file, json);
    }

    private List<Path> jsonFiles() throws IOException {
        return SafeFiles.listSorted(folder, "*.json").stream().filter(Files::isRegularFile).toList();
    }

    private static List<LibraryItem> readQuietly(Path file) {
        try {
            return LibraryLoader.read(SafeFiles.open(file, Json.MAX_DOCUMENT_BYTES), file.toString());
        } catch (InvalidContentException | IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
