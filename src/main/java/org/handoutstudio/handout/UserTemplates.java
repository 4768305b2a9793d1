package org.handoutstudio.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handoutstudio.io.AtomicFiles;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.library.Ids;
import org.handoutstudio.library.Library;

/**
 * Templates a clinician or a practice saved from their own handouts: one file each
 * ({@code <id>.json}) in a {@code templates} folder, the clinician's in the data folder and the
 * practice's beside its shared library. They come after the bundled templates and never take a
 * bundled template's id. A bad file is reported and left out; it never stops a session.
 */
public final class UserTemplates {

    /** The folder's name, in the data folder and in the shared library folder. */
    public static final String FOLDER = "templates";

    /** A template with where it came from (its file is null for a bundled one). */
    public record Entry(Template template, Library.Origin origin, Path file) {
        public boolean isEditable() {
            return file != null;
        }
    }

    /** The templates found and the problems with files left out. */
    public record Loaded(List<Entry> entries, List<Problem> problems) {
        public Loaded {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    private UserTemplates() {
    }

    /** Bundled templates, then the shared folder's, then the user's (either folder may be null or missing). */
    public static Loaded load(Library library, Path sharedFolder, Path userFolder) {
        List<Entry> entries = new ArrayList<>();
        Templates.bundled().forEach(template -> entries.add(new Entry(template, Library.Origin.BUNDLED, null)));
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>(Templates.ids());
        readFolder(sharedFolder, Library.Origin.SHARED, library, ids, entries, problems);
        readFolder(userFolder, Library.Origin.USER, library, ids, entries, problems);
        return new Loaded(entries, problems);
    }

    /**
     * Saves a new template made from {@code handout} into {@code folder}, with an id made from
     * its title that no other template uses. Returns the file written.
     */
    public static Path saveNew(Handout handout, String title, String description, Path folder, Set<String> takenIds)
            throws IOException {
        Files.createDirectories(folder);
        String id = Ids.fromTitle(title, candidate -> takenIds.contains(candidate)
                || Files.exists(folder.resolve(candidate + ".json")));
        Template template = Template.of(handout, id, title, description);
        Path file = folder.resolve(id + ".json");
        write(file, template);
        return file;
    }

    /** Gives a saved template a new title and description; its id and file stay. */
    public static void rename(Entry entry, String title, String description) throws IOException {
        requireEditable(entry);
        write(entry.file(), entry.template().withTitle(title, description));
    }

    public static void delete(Entry entry) throws IOException {
        requireEditable(entry);
        Files.delete(entry.file());
    }

    private static void requireEditable(Entry entry) {
        if (!entry.isEditable()) {
            throw new IllegalArgumentException("bundled templates cannot be changed: " + entry.template().id());
        }
    }

    private static void write(Path file, Template template) throws IOException {
        AtomicFiles.write(file, Json.mapper().writeValueAsBytes(template));
    }

    private static void readFolder(Path folder, Library.Origin origin, Library library, Set<String> ids,
                                   List<Entry> entries, List<Problem> problems) {
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
        for (Path file : files) {
            try {
                Template template = Templates.read(SafeFiles.open(file, Json.MAX_DOCUMENT_BYTES), file.toString(), library);
                if (!ids.add(template.id())) {
                    problems.add(new Problem(file.toString(), "id", -1, -1, "the template id \"" + template.id()
                            + "\" is already used by another template; this one is left out"));
                    continue;
                }
                entries.add(new Entry(template, origin, file));
            } catch (InvalidContentException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new Problem(file.toString(), "", -1, -1, "cannot read: " + SafeFiles.reason(e)));
            } catch (UncheckedIOException e) {
                problems.add(new Problem(file.toString(), "", -1, -1, "cannot read: " + SafeFiles.reason(e.getCause())));
            }
        }
    }
}
