package org.handoutstudio.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.RasterImages;

/**
 * Loads a clinician's and a practice's own items on top of the bundled library. A bad file
 * never stops the app: its problems are reported and its items left out. An item with a
 * bundled item's id replaces it and is marked as overriding it.
 */
public final class UserLibrary {

    /** The combined library and every problem found in the user's files. */
    public record Result(Library library, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private UserLibrary() {
    }

    /**
     * Bundled items first, then the shared folder's, then the user's own (later wins). Either
     * folder may be null or missing.
     */
    public static Result load(Library bundled, Path sharedFolder, Path userFolder) {
        List<Library.Entry> entries = new ArrayList<>(bundled.entries());
        List<Problem> problems = new ArrayList<>();
        readFolder(sharedFolder, Library.Origin.SHARED, entries, problems);
        readFolder(userFolder, Library.Origin.USER, entries, problems);
        return new Result(Library.of(entries, bundled.contentVersion()), problems);
    }

    /**
     * Photos are named relative to their library file; they are made absolute and checked, so
     * a missing or unreadable photo is reported when the library loads (the figure is used instead).
     */
    private static LibraryItem withAbsolutePhoto(LibraryItem item, Path file, List<Problem> problems) {
        if (!(item instanceof Exercise exercise) || exercise.photo() == null || exercise.photo().isBlank()) {
            return item;
        }
        Path photo = file.toAbsolutePath().getParent().resolve(exercise.photo()).normalize();
        try {
            RasterImages.load(photo, 300, 300);
        } catch (RasterImages.ImageException e) {
            problems.add(new Problem(file.toString(), "photo", -1, -1, exercise.id() + ": " + e.getMessage()
                    + "; the illustration is used instead"));
            return exercise.withPhoto(null);
        }
        return exercise.withPhoto(photo.toString());
    }

    private static void readFolder(Path folder, Library.Origin origin, List<Library.Entry> entries,
                                   List<Problem> problems) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*.json")) {
            listing.forEach(files::add);
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), "", -1, -1, "cannot read the folder: " + e.getMessage()));
            return;
        }
        files.sort(null);
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            List<LibraryItem> items;
            try (InputStream in = Files.newInputStream(file)) {
                items = LibraryLoader.read(in, file.toString());
            } catch (InvalidContentException e) {
                problems.addAll(e.problems());
                continue;
            } catch (IOException | UncheckedIOException e) {
                problems.add(new Problem(file.toString(), "", -1, -1, "cannot read: " + e.getMessage()));
                continue;
            }
            for (LibraryItem loaded : items) {
                LibraryItem item = withAbsolutePhoto(loaded, file, problems);
                String earlier = seen.putIfAbsent(item.id(), file.toString());
                if (earlier != null) {
                    problems.add(new Problem(file.toString(), "", -1, -1, "the id \"" + item.id()
                            + "\" is also used in " + earlier + "; this copy is left out"));
                    continue;
                }
                entries.add(new Library.Entry(item, origin, file.toString(), false));
            }
        }
    }
}
