package org.handoutstudio.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.RasterImages;
import org.handoutstudio.io.SafeFiles;

/**
 * Loads a clinician's and a practice's own items on top of the bundled library. A bad file
 * never stops the app: its problems are reported and its items left out. An item with a
 * bundled item's id replaces it (a practice may want its own wording of an exercise) and is
 * marked as overriding it, which {@code validate} and the editor say. Two of the user's own
 * files using one id is an error: the second copy is left out.
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
        readFolder(sharedFolder, Library.Origin.SHARED, bundled, entries, problems);
        readFolder(userFolder, Library.Origin.USER, bundled, entries, problems);
        return new Result(Library.of(entries, bundled.contentVersion()), problems);
    }

    /**
     * One library file's items (photos checked), its problems, and notes that change nothing but
     * are worth saying ("overrides the bundled exercise ...").
     */
    public record FileResult(List<LibraryItem> items, List<Problem> problems, List<String> notes) {
        public FileResult {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Reads one library file as the folder load would. Only a regular file is opened: a named
     * pipe called *.json would otherwise hang every start, and a device fill the memory.
     * {@code library} tells which ids are bundled, for the notes.
     */
    public static FileResult readFile(Path file, Library library) {
        List<Problem> problems = new ArrayList<>();
        List<LibraryItem> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<LibraryItem> read;
        try {
            read = LibraryLoader.read(SafeFiles.open(file, Json.MAX_DOCUMENT_BYTES), file.toString());
        } catch (InvalidContentException e) {
            return new FileResult(List.of(), e.problems(), List.of());
        } catch (IOException e) {
            return new FileResult(List.of(), List.of(cannotRead(file, e)), List.of());
        } catch (UncheckedIOException e) {
            return new FileResult(List.of(), List.of(cannotRead(file, e.getCause())), List.of());
        }
        for (LibraryItem item : read) {
            items.add(withCheckedPhoto(item, file, problems));
            library.entry(item.id()).filter(entry -> entry.origin() == Library.Origin.BUNDLED
                            || entry.overridesBundled())
                    .ifPresent(entry -> notes.add(overrideNote(item)));
        }
        return new FileResult(items, problems, notes);
    }

    /** What the editor and {@code validate} say about an item that replaces a bundled one. */
    public static String overrideNote(LibraryItem item) {
        return item.id() + " overrides the bundled " + item.type().label().toLowerCase(Locale.ROOT) + " with the same id; handouts"
                + " print this version";
    }

    private static Problem cannotRead(Path file, IOException e) {
        return new Problem(file.toString(), "", -1, -1, "cannot read: " + SafeFiles.reason(e));
    }

    /**
     * Photos are named relative to their library file and must stay in its folder (once links
     * are followed): a shared library must not be able to print a clinician's own files into a
     * handout. A photo outside it, missing or unreadable is reported when the library loads, is
     * never read, and the figure is used instead.
     */
    private static LibraryItem withCheckedPhoto(LibraryItem item, Path file, List<Problem> problems) {
        if (!(item instanceof Exercise exercise) || exercise.photo() == null || exercise.photo().isBlank()) {
            return item;
        }
        String problem;
        try {
            Path photo = SafeFiles.resolveBeside(file, exercise.photo());
            RasterImages.load(photo, 300, 300);
            return exercise.withPhoto(photo.toString());
        } catch (IOException outside) {
            problem = "\"" + exercise.photo() + "\" " + SafeFiles.reason(outside);
        } catch (RasterImages.ImageException e) {
            problem = e.getMessage();
        }
        problems.add(new Problem(file.toString(), "photo", -1, -1, exercise.id() + ": " + problem
                + "; the illustration is used instead"));
        return exercise.withPhoto(null);
    }

    private static void readFolder(Path folder, Library.Origin origin, Library bundled, List<Library.Entry> entries,
                                   List<Problem> problems) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try {
            files = SafeFiles.listSorted(folder, "*.json");
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), "", -1, -1, "cannot read the folder"));
            return;
        }
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            FileResult result = readFile(file, bundled);
            problems.addAll(result.problems());
            for (LibraryItem item : result.items()) {
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
