package org.handoutstudio.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.Problems;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.layout.Printability;
import org.handoutstudio.library.Ids;
import org.handoutstudio.library.ItemCopies;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryFolder;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Provenance;

/**
 * Writing the practice's own items: checking a draft as library files are checked, saving it
 * with its provenance filled in to the clinician's library or the shared one, and deleting. After
 * every change the library is read again from disk, so the browser, hints and preview follow.
 */
public final class LibraryContentModel {

    /** Where a saved item goes. */
    public enum Destination { USER, SHARED }

    /** How a draft began: from nothing, as a copy with a new id, as this practice's version of a bundled item, or as an edit. */
    public enum Mode { NEW, COPY, OVERRIDE, EDIT }

    /**
     * An item being written. {@code openedVersion} is the version read from the folder the edit
     * will be saved into (null unless editing), for the overwrite check.
     */
    public record Draft(LibraryItem item, Mode mode, String openedVersion, Destination destination) { }

    /** What a save came to. */
    public sealed interface SaveResult {
        record Saved(LibraryItem item, Path file) implements SaveResult { }

        record Invalid(List<Problem> problems) implements SaveResult { }

        /** Someone saved the item since it was opened; saving again with overwrite replaces theirs. */
        record Conflict(LibraryItem onDisk) implements SaveResult { }

        /** The shared folder cannot be written; the clinician may save to their own library instead. */
        record SharedReadOnly(Path folder) implements SaveResult { }

        record Failed(String message) implements SaveResult { }
    }

    private final AppFolders folders;
    private final SettingsModel settings;
    private final LiveLibrary library;
    private final TaskExecutor executor;
    private final StatusLine status;
    private final Clock clock;
    private final FigureSource figures;

    LibraryContentModel(AppFolders folders, SettingsModel settings, LiveLibrary library, FigureSource figures,
                        TaskExecutor executor, StatusLine status, Clock clock) {
        this.figures = figures;
        this.folders = folders;
        this.settings = settings;
        this.library = library;
        this.executor = executor;
        this.status = status;
        this.clock = clock;
    }

    public Library library() {
        return library.get();
    }

    public ReadOnlyObjectProperty<Library> libraryProperty() {
        return library.property();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    public FigureSource figures() {
        return figures;
    }

    TaskExecutor executor() {
        return executor;
    }

    /**
     * A live preview of drafts: each draft submitted is laid out off the FX thread, alone on a
     * handout as it would print with today's settings; only the latest reaches {@code onPages}.
     */
    Consumer<LibraryItem> previewer(Consumer<PageList> onPages) {
        LatestOnly<LibraryItem, PageList> latest = new LatestOnly<>(executor, this::layOutAlone, onPages, failure -> { });
        return latest::submit;
    }

    PageList layOutAlone(LibraryItem item) {
        Handout handout = Handout.of(item.title() == null ? "" : item.title(), List.of(HandoutItem.of(item.id())));
        LayoutOptions options = LayoutOptions.resolve(handout, settings.get(),
                LayoutOptions.Overrides.producedOn(today()));
        return HandoutLayout.layout(handout, withDraft(library.get(), item), settings.get().branding(), options, figures);
    }

    /** The clinician's name from settings, else the practice's; items record who wrote them. */
    public String author() {
        var current = settings.get();
        if (current.clinicianName() != null && !current.clinicianName().isBlank()) {
            return current.clinicianName();
        }
        return current.branding().practiceName();
    }

    /** True when a shared library folder is set in the settings. */
    public boolean hasSharedFolder() {
        return settings.get().sharedLibraryPath() != null;
    }

    /** Items of the clinician's or the practice's own can be edited and deleted; bundled ones only copied. */
    public boolean isOwn(LibraryItem item) {
        return library.get().entry(item.id()).map(entry -> entry.origin() != Library.Origin.BUNDLED).orElse(false);
    }

    /** A draft to edit an own item where it is. */
    public Draft edit(LibraryItem item) {
        Library.Entry entry = library.get().entry(item.id()).orElseThrow();
        Destination where = entry.origin() == Library.Origin.SHARED ? Destination.SHARED : Destination.USER;
        return new Draft(item, Mode.EDIT, item.provenance().version(), where);
    }

    /** A draft copy with a new id made from its title; its provenance starts again, keeping the sources. */
    public Draft copy(LibraryItem item) {
        String title = Messages.format("content.copyTitle", item.title());
        String id = Ids.fromTitle(title, library.get()::contains);
        LibraryItem copy = ItemCopies.withIdAndTitle(item, id, title,
                Provenance.first(author(), today(), item.provenance().sources()));
        return new Draft(copy, Mode.COPY, null, Destination.USER);
    }

    /** A draft that replaces {@code item} for this practice: same id, the next version. */
    public Draft override(LibraryItem item) {
        return new Draft(item, Mode.OVERRIDE, null, Destination.USER);
    }

    /**
     * The provenance a form starts from: the item's sources, the clinician as author, next
     * review in {@value Provenance#REVIEW_YEARS} years; version and dates are set when it is saved.
     */
    public Provenance formProvenance(LibraryItem item) {
        Provenance p = item.provenance();
        return new Provenance(p.version(), today(), today().plusYears(Provenance.REVIEW_YEARS), p.sources(), author(), null);
    }

    /** A draft of a new item (from {@link ItemCopies#blank}). */
    public Draft create(LibraryItem blank) {
        return new Draft(blank, Mode.NEW, null, Destination.USER);
    }

    /**
     * Every problem with {@code item} as a library file would get it (paths such as
     * {@code steps[2]}), a new id already in use, and text no bundled font can print.
     */
    public List<Problem> check(LibraryItem item, Mode mode) {
        Problems problems = new Problems(Messages.get("content.draft"));
        item.validate(problems, "item");
        List<Problem> found = new ArrayList<>();
        for (Problem problem : problems.list()) {
            found.add(new Problem(problem.file(), fieldOf(problem.path()), -1, -1, problem.message()));
        }
        if ((mode == Mode.NEW || mode == Mode.COPY) && item.id() != null && library.get().contains(item.id())) {
            found.add(new Problem(Messages.get("content.draft"), "id", -1, -1,
                    Messages.format("content.duplicateId", item.id())));
        }
        if (found.isEmpty()) {
            Library withDraft = withDraft(library.get(), item);
            Handout handout = Handout.of(item.title(), List.of(HandoutItem.of(item.id())));
            for (Printability.Issue issue : Printability.check(handout, withDraft, settings.get().branding())) {
                found.add(new Problem(Messages.get("content.draft"), "text", -1, -1, issue.describe()));
            }
        }
        return found;
    }

    private static String fieldOf(String path) {
        return path.startsWith("item.") ? path.substring("item.".length()) : path;
    }

    /** {@code library} with {@code item} added (or in place of the item with its id), for previews and checks. */
    static Library withDraft(Library library, LibraryItem item) {
        List<Library.Entry> entries = new ArrayList<>(library.entries());
        entries.removeIf(entry -> entry.item().id().equals(item.id()));
        entries.add(new Library.Entry(item, Library.Origin.USER, "draft", false));
        return Library.of(entries, library.contentVersion());
    }

    /**
     * Saves {@code draft} with {@code item} as its content to {@code where}: checked first; its
     * provenance (author, sources and next review as the form has them) gets the version (the
     * next one for an edit or an override) and today as last reviewed; written atomically; then
     * the library is read again. {@code overwrite} replaces a version someone else saved
     * meanwhile (after the clinician has been asked).
     */
    public void save(Draft draft, LibraryItem item, Destination where, boolean overwrite, Consumer<SaveResult> done) {
        List<Problem> problems = check(item, draft.mode());
        if (!problems.isEmpty()) {
            done.accept(new SaveResult.Invalid(problems));
            return;
        }
        Optional<LibraryFolder> folder = folderFor(where);
        if (folder.isEmpty()) {
            done.accept(new SaveResult.Failed(Messages.get("content.noSharedFolder")));
            return;
        }
        Provenance form = item.provenance();
        String version = draft.mode() == Mode.NEW || draft.mode() == Mode.COPY ? form.version()
                : Provenance.nextVersion(draft.item().provenance().version());
        Provenance provenance = new Provenance(version, today(), form.nextReview() != null ? form.nextReview()
                : today().plusYears(Provenance.REVIEW_YEARS), form.sources(), form.author(), null);
        LibraryItem toSave = ItemCopies.withProvenance(item, provenance);
        String openedVersion = where == draft.destination() ? draft.openedVersion() : null;
        executor.run(() -> saveInBackground(folder.get(), toSave, openedVersion, overwrite), written -> {
            written.reloaded().ifPresent(library::set);
            if (written.result() instanceof SaveResult.Saved saved) {
                status.show(Messages.format("content.saved", saved.item().title(), saved.file()));
            }
            done.accept(written.result());
        }, failure -> done.accept(new SaveResult.Failed(failure.getMessage())));
    }

    /** A result, with the library read again when something was written. */
    private record Written<T>(T result, Optional<Library> reloaded) { }

    private Written<SaveResult> saveInBackground(LibraryFolder folder, LibraryItem item, String openedVersion,
                                                 boolean overwrite) {
        if (!folder.isWritable()) {
            return new Written<>(new SaveResult.SharedReadOnly(folder.path()), Optional.empty());
        }
        try {
            Path file = folder.save(item, openedVersion, overwrite);
            return new Written<>(new SaveResult.Saved(item, file), Optional.of(readLibrary()));
        } catch (LibraryFolder.ConflictException e) {
            return new Written<>(new SaveResult.Conflict(e.onDisk()), Optional.empty());
        } catch (IOException e) {
            return new Written<>(new SaveResult.Failed(Messages.format("content.cannotSave", folder.path(),
                    SafeFiles.reason(e))), Optional.empty());
        }
    }

    /** Deletes an own item from its folder; {@code done} gets an error message, or empty when deleted. */
    public void delete(LibraryItem item, Consumer<Optional<String>> done) {
        Library.Entry entry = library.get().entry(item.id()).orElseThrow();
        Optional<LibraryFolder> folder = folderFor(entry.origin() == Library.Origin.SHARED ? Destination.SHARED
                : Destination.USER);
        executor.run(() -> {
            try {
                folder.orElseThrow().delete(item.id());
                return new Written<Optional<String>>(Optional.empty(), Optional.of(readLibrary()));
            } catch (IOException e) {
                return new Written<>(Optional.of(Messages.format("content.cannotDelete", item.title(),
                        SafeFiles.reason(e))), Optional.<Library>empty());
            }
        }, written -> {
            written.reloaded().ifPresent(library::set);
            if (written.result().isEmpty()) {
                status.show(Messages.format("content.deleted", item.title()));
            }
            done.accept(written.result());
        }, failure -> done.accept(Optional.of(failure.getMessage())));
    }

    Optional<LibraryFolder> folderFor(Destination where) {
        if (where == Destination.USER) {
            return Optional.of(new LibraryFolder(folders.userLibrary()));
        }
        return Optional.ofNullable(settings.get().sharedLibraryPath()).map(LibraryFolder::new);
    }

    /** The library stack as it is on disk now (off the FX thread). */
    Library readLibrary() {
        return Workspace.loadLibrary(folders, settings.get()).library();
    }

    /** Hands a library read again to every model (on the FX thread). */
    void replaceLibrary(Library reloaded) {
        library.set(reloaded);
    }
}
