package org.handoutstudio.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.UserTemplates;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryFolder;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibraryPacks;

/**
 * Sharing the practice's own material: library packs out and in (an import is shown before it
 * is made), and templates saved from handouts, renamed and deleted. Work on files runs off the
 * FX thread; the library is read again after an import.
 */
public final class SharingModel {

    /** A pack read and checked, and what importing it would do. */
    public record PackPreview(Path file, LibraryPacks.Pack pack, LibraryPacks.Plan plan) { }

    /** What a step came to: done, or a message for the user. */
    public record Outcome(boolean done, String message) {
        static Outcome ok(String message) {
            return new Outcome(true, message);
        }

        static Outcome failed(String message) {
            return new Outcome(false, message);
        }
    }

    private final AppFolders folders;
    private final SettingsModel settings;
    private final LiveLibrary library;
    private final TaskExecutor executor;
    private final StatusLine status;

    SharingModel(AppFolders folders, SettingsModel settings, LiveLibrary library, TaskExecutor executor,
                 StatusLine status) {
        this.folders = folders;
        this.settings = settings;
        this.library = library;
        this.executor = executor;
        this.status = status;
    }

    /** The clinician's and the practice's own items, which an export offers first. */
    public List<LibraryItem> ownItems() {
        return library.get().entries().stream().filter(entry -> entry.origin() != Library.Origin.BUNDLED)
                .map(Library.Entry::item).toList();
    }

    public List<LibraryItem> allItems() {
        return library.get().items();
    }

    public void exportPack(List<LibraryItem> items, Path zip, Consumer<Outcome> done) {
        executor.run(() -> {
            try {
                LibraryPacks.exportItems(items, zip);
                return Outcome.ok(Messages.format("pack.exported", items.size(), zip));
            } catch (IOException e) {
                return Outcome.failed(Messages.format("pack.cannotWrite", zip, SafeFiles.reason(e)));
            }
        }, outcome -> report(outcome, done), failure -> done.accept(Outcome.failed(failure.getMessage())));
    }

    /** Reads and checks a pack; {@code onPreview} gets what an import would add and replace, {@code onError} why not. */
    public void readPack(Path zip, Consumer<PackPreview> onPreview, Consumer<String> onError) {
        LibraryFolder folder = new LibraryFolder(folders.userLibrary());
        Library current = library.get();
        executor.run(() -> {
            LibraryPacks.Pack pack = LibraryPacks.read(zip);
            return new PackPreview(zip, pack, LibraryPacks.plan(pack, folder, current));
        }, onPreview, failure -> onError.accept(describe(zip, failure)));
    }

    /** Imports a previewed pack into the clinician's own library, replacing their items of the same id. */
    public void importPack(PackPreview preview, Consumer<Outcome> done) {
        LibraryFolder folder = new LibraryFolder(folders.userLibrary());
        executor.run(() -> {
            List<String> ids = LibraryPacks.importInto(preview.pack(), folder, true);
            return new Imported(ids.size(), Workspace.loadLibrary(folders, settings.get()).library());
        }, imported -> {
            library.set(imported.library());
            report(Outcome.ok(Messages.format("pack.imported", imported.count(), preview.file().getFileName())), done);
        }, failure -> done.accept(Outcome.failed(describe(preview.file(), failure))));
    }

    private record Imported(int count, Library library) { }

    private static String describe(Path zip, Throwable failure) {
        if (failure instanceof LibraryPacks.PackException pack) {
            return Messages.format("pack.refused", zip, pack.getMessage());
        }
        if (failure instanceof IOException io) {
            return Messages.format("pack.cannotRead", zip, SafeFiles.reason(io));
        }
        return Messages.format("pack.refused", zip, failure.getMessage());
    }

    /** Every template, bundled first, as it is on disk now. */
    public List<UserTemplates.Entry> templates() {
        return Workspace.loadTemplates(folders, settings.get(), library.get()).entries();
    }

    /** True when the settings name a shared folder, whose {@code templates} folder can hold the practice's templates. */
    public boolean hasSharedFolder() {
        return settings.get().sharedLibraryPath() != null;
    }

    /** Saves {@code handout} (never its patient's details) as a template of the clinician's or the practice's. */
    public void saveAsTemplate(Handout handout, String title, String description, boolean shared, Consumer<Outcome> done) {
        Path folder = shared ? settings.get().sharedLibraryPath().resolve(UserTemplates.FOLDER) : folders.userTemplates();
        Set<String> taken = new HashSet<>();
        templates().forEach(entry -> taken.add(entry.template().id()));
        executor.run(() -> {
            try {
                UserTemplates.saveNew(handout, title, description, folder, taken);
                return Outcome.ok(Messages.format("templates.saved", title));
            } catch (IOException e) {
                return Outcome.failed(Messages.format("templates.cannotSave", folder, SafeFiles.reason(e)));
            }
        }, outcome -> report(outcome, done), failure -> done.accept(Outcome.failed(failure.getMessage())));
    }

    public Outcome renameTemplate(UserTemplates.Entry entry, String title, String description) {
        try {
            UserTemplates.rename(entry, title, description);
            return Outcome.ok(Messages.format("templates.renamed", title));
        } catch (IOException e) {
            return Outcome.failed(Messages.format("templates.cannotSave", entry.file(), SafeFiles.reason(e)));
        }
    }

    public Outcome deleteTemplate(UserTemplates.Entry entry) {
        try {
            UserTemplates.delete(entry);
            return Outcome.ok(Messages.format("templates.deleted", entry.template().title()));
        } catch (IOException e) {
            return Outcome.failed(Messages.format("templates.cannotDelete", entry.file(), SafeFiles.reason(e)));
        }
    }

    private void report(Outcome outcome, Consumer<Outcome> done) {
        if (outcome.done()) {
            status.show(outcome.message());
        }
        done.accept(outcome);
    }
}
