package org.handoutstudio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Failures;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.handout.Template;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Problems;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibrarySearch;
import org.handoutstudio.pdf.HandoutExport;

/**
 * The handout's files: new, open, save, export to PDF, the autosave copy and recovery after a
 * crash. File work runs on the {@link TaskExecutor}; results and failures come back as the
 * status line and as sentences for the caller to show.
 */
public final class DocumentFilesModel {

    private final LiveLibrary library;
    private final FigureSource figures;
    private final TaskExecutor executor;
    private final AppFolders folders;
    private final HandoutDocument document;
    private final SettingsModel settings;
    private final StatusLine status;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    DocumentFilesModel(LiveLibrary library, FigureSource figures, TaskExecutor executor, AppFolders folders,
                       HandoutDocument document, SettingsModel settings, StatusLine status, Clock clock) {
        this.clock = clock;
        this.library = library;
        this.figures = figures;
        this.executor = executor;
        this.folders = folders;
        this.document = document;
        this.settings = settings;
        this.status = status;
    }

    /** True while a file is being opened, saved or exported: the view shows progress. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Starts a new handout from a template, or a blank one when {@code template} is null. */
    public void newHandout(Template template) {
        Handout handout = template == null ? Handout.blank(Messages.get("handout.defaultTitle")) : template.toHandout();
        Settings current = settings.get();
        PatientDetails patient = new PatientDetails(null, LocalDate.now(clock), current.clinicianName(),
                current.clinicianRole(), null);
        document.load(handout.withPatient(patient), null);
        status.showAboutTheFile(template == null ? Messages.get("status.newBlank")
                : Messages.format("status.newFrom", template.title()));
    }

    /** Opens a handout file; problems are reported in the status and to {@code onError}, never thrown. */
    public void open(Path file, Consumer<String> onError) {
        busy.set(true);
        executor.run(() -> HandoutFiles.readHandout(file, library.get()), handout -> {
            busy.set(false);
            document.load(handout, file);
            settings.remember(file);
            status.showAboutTheFile(Messages.format("status.opened", file.getFileName()));
        }, failure -> {
            busy.set(false);
            onError.accept(Failures.describe(file, failure));
        });
    }

    public void save(Path file, Consumer<String> onError) {
        save(file, onError, () -> { });
    }

    /**
     * Saves, then runs {@code onSaved}. A handout that could not be opened again (no title, a
     * number out of range) is not written; the message says what to fix.
     */
    public void save(Path file, Consumer<String> onError, Runnable onSaved) {
        Handout handout = document.get();
        Optional<String> invalid = problemsOf(handout);
        if (invalid.isPresent()) {
            onError.accept(Messages.format("error.notSaved", invalid.get()));
            return;
        }
        busy.set(true);
        executor.run(() -> {
            HandoutFiles.writeHandout(file, handout);
            return file;
        }, saved -> {
            busy.set(false);
            if (document.get().equals(handout)) {
                document.markSaved(saved);
            }
            settings.remember(saved);
            deleteAutosave();
            status.showAboutTheFile(Messages.format("status.saved", saved.getFileName()));
            onSaved.run();
        }, failure -> {
            busy.set(false);
            onError.accept(Failures.describe(file, failure));
        });
    }

    /** Exports to PDF as the preview shows it; {@code onDone} gets the file, {@code onError} a sentence naming it. */
    public void export(Path file, Consumer<Path> onDone, Consumer<String> onError) {
        Handout handout = document.get();
        Optional<String> invalid = problemsOf(handout);
        if (invalid.isPresent()) {
            onError.accept(Messages.format("error.notExported", invalid.get()));
            return;
        }
        Path own = document.fileProperty().get();
        if (own != null && SafeFiles.whereItIs(own).equals(SafeFiles.whereItIs(file))) {
            onError.accept(Messages.format("error.exportOverHandout", file.getFileName()));
            return;
        }
        PreviewModel.Input input = new PreviewModel.Input(handout, document.fileProperty().get(), settings.get(),
                library.get());
        LayoutOptions options = PreviewModel.options(input, clock);
        status.show(Messages.format("status.exporting", file.getFileName()));
        busy.set(true);
        executor.run(() -> {
            Branding branding = PreviewModel.branding(input);
            HandoutExport.export(handout, library.get(), branding, options, figures, file);
            return file;
        }, done -> {
            busy.set(false);
            status.show(Messages.format("status.exported", done.getFileName()));
            onDone.accept(done);
        }, failure -> {
            busy.set(false);
            status.show(Messages.get("status.exportFailed"));
            onError.accept(Failures.describe(file, failure));
        });
    }

    /** A file name from the title and today's date, never from the patient's name. */
    public String suggestedFileName(String extension) {
        String title = document.get().title();
        String slug = title == null ? "" : LibrarySearch.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "handout" : slug) + "-" + LocalDate.now(clock) + extension;
    }

    /** The first thing that would make the saved file unreadable, in words; empty when it is fine. */
    Optional<String> problemsOf(Handout handout) {
        Problems problems = new Problems("handout");
        handout.validate(problems, library.get());
        return problems.list().stream().findFirst().map(problem -> problem.path() + " " + problem.message());
    }

    /** The title for the window: file name (or "Untitled"), with * when there are unsaved changes. */
    public String windowTitle() {
        Path file = document.fileProperty().get();
        String name = file == null ? Messages.get("window.untitled") : file.getFileName().toString();
        return Messages.format(document.dirtyProperty().get() ? "window.title.unsaved" : "window.title", EditorApp.TITLE, name);
    }

    // ---- autosave and recovery ---------------------------------------------------------------------

    Path autosaveFile() {
        return autosaveFile(folders);
    }

    static Path autosaveFile(AppFolders folders) {
        return folders.autosaveDir().resolve("current.handout.json");
    }

    /** Saves the current handout to the per-user autosave file when it has unsaved changes. */
    public void autosave() {
        if (!document.dirtyProperty().get()) {
            return;
        }
        Handout handout = document.get();
        executor.run(() -> {
            Files.createDirectories(folders.autosaveDir());
            restrictToOwner(folders.autosaveDir());
            HandoutFiles.writePrivateHandout(autosaveFile(), handout);
            return true;
        }, ok -> { }, failure -> status.show(Messages.format("status.autosaveFailed", failure.getMessage())));
    }

    /** The autosave folder holds patient details: only its owner may list or read it. */
    private static void restrictToOwner(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** A handout left by a session that did not close cleanly, if any. */
    public Optional<Handout> recoverable() {
        return recoverable(library.get(), folders);
    }

    /** As {@link #recoverable()}, for start-up to read off the FX thread before the model exists. */
    static Optional<Handout> recoverable(Library library, AppFolders folders) {
        Path file = autosaveFile(folders);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(HandoutFiles.readHandout(file, library));
        } catch (IOException | InvalidContentException e) {
            return Optional.empty();
        }
    }

    public void recover(Handout handout) {
        document.loadRecovered(handout);
        status.showAboutTheFile(Messages.get("status.recovered"));
    }

    /**
     * Deletes the autosave on the worker, so an autosave still queued there cannot write it back
     * (with the patient's details) after the user chose to discard or saved elsewhere.
     */
    public void deleteAutosave() {
        executor.run(() -> Files.deleteIfExists(autosaveFile()), deleted -> { },
                failure -> status.show(Messages.format("status.autosaveNotRemoved", failure.getMessage())));
    }
}
