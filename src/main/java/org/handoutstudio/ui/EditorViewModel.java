package org.handoutstudio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.handout.Template;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.layout.Printability;
import org.handoutstudio.library.BodyRegion;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.library.ItemType;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibrarySearch;
import org.handoutstudio.library.Position;
import org.handoutstudio.library.SafetyNetting;
import org.handoutstudio.pdf.HandoutExport;

/**
 * The editor's state and actions, free of any view so it can be tested without a display:
 * library search and filters, the handout document with undo, hints for the clinician, the
 * latest laid-out pages, files (open, save, autosave) and export. Layout, file and export work
 * runs through the {@link TaskExecutor}; a layout result older than the latest change is dropped.
 */
public final class EditorViewModel {

    /** More exercises than this and patients do fewer of them. */
    public static final int MANY_EXERCISES = 10;

    private final AppFolders folders;
    private final Library library;
    private final LibrarySearch search;
    private final FigureSource figures;
    private final TaskExecutor executor;
    private final HandoutDocument document = new HandoutDocument(Handout.blank(Messages.get("handout.defaultTitle")));
    private final ObservableList<LibraryItem> results = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ItemType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<BodyRegion> regionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Position> positionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> equipmentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.DEFAULT);
    private final ReadOnlyObjectWrapper<PageList> pages = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String fileState;
    private final javafx.beans.property.ReadOnlyBooleanWrapper busy = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** At most one layout runs; edits made meanwhile are folded into one follow-up layout. */
    private boolean layoutRunning;
    private boolean layoutPending;
    /** From the latest background check of the text; shown among the hints. */
    private List<Printability.Issue> printIssues = List.of();

    /** A layout and the printability check of the same handout, both made off the FX thread. */
    private record Laidout(PageList pages, List<Printability.Issue> issues) { }

    public EditorViewModel(Library library, FigureSource figures, TaskExecutor executor) {
        this(library, new LibrarySearch(library.items()), figures, executor);
    }

    /** With a search index built elsewhere. */
    public EditorViewModel(Library library, LibrarySearch search, FigureSource figures, TaskExecutor executor) {
        this(library, search, figures, executor, Settings.DEFAULT);
    }

    /**
     * With a search index and settings read elsewhere (start-up reads them while JavaFX starts).
     * Settings given here are not a change: nothing compares them with the defaults, which on a
     * cold start would cost the window a few milliseconds of record plumbing.
     */
    public EditorViewModel(Library library, LibrarySearch search, FigureSource figures, TaskExecutor executor,
                           Settings initialSettings) {
        this(library, search, figures, executor, initialSettings, AppFolders.standard());
    }

    /** With the folders settings and autosave are written to. */
    public EditorViewModel(Library library, LibrarySearch search, FigureSource figures, TaskExecutor executor,
                           Settings initialSettings, AppFolders folders) {
        this.folders = folders;
        this.library = library;
        this.search = search;
        this.figures = figures;
        this.executor = executor;
        settings.set(java.util.Objects.requireNonNull(initialSettings, "initialSettings"));
        query.addListener((o, a, b) -> refreshResults());
        typeFilter.addListener((o, a, b) -> refreshResults());
        regionFilter.addListener((o, a, b) -> refreshResults());
        positionFilter.addListener((o, a, b) -> refreshResults());
        equipmentFilter.addListener((o, a, b) -> refreshResults());
        document.handoutProperty().addListener((o, a, b) -> changed());
        // "Saved", "Opened" and the like describe the file until the next change, then mislead.
        // (Loading a handout changes it too, before its own status is set.)
        document.handoutProperty().addListener((o, before, after) -> {
            if (fileState != null && fileState.equals(status.get())) {
                status.set("");
            }
        });
        settings.addListener((o, a, b) -> {
            if (a == null || !a.branding().equals(b.branding()) || a.paper() != b.paper()
                    || !java.util.Objects.equals(a.largePrint(), b.largePrint())) {
                relayout();
            }
        });
        refreshResults();
        changed();
    }

    // ---- library ----------------------------------------------------------------------------------

    public Library library() {
        return library;
    }

    public FigureSource figures() {
        return figures;
    }

    public ObservableList<LibraryItem> results() {
        return results;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ItemType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<BodyRegion> regionFilterProperty() {
        return regionFilter;
    }

    public ObjectProperty<Position> positionFilterProperty() {
        return positionFilter;
    }

    public ObjectProperty<String> equipmentFilterProperty() {
        return equipmentFilter;
    }

    /** Every equipment word used in the library, for the filter. */
    public List<String> equipmentChoices() {
        return library.items().stream().filter(Exercise.class::isInstance).map(Exercise.class::cast)
                .flatMap(exercise -> exercise.equipment().stream()).distinct().sorted().toList();
    }

    private void refreshResults() {
        Predicate<LibraryItem> filter = item -> (typeFilter.get() == null || item.type() == typeFilter.get())
                && (regionFilter.get() == null || item.bodyRegions().contains(regionFilter.get()))
                && (positionFilter.get() == null || item instanceof Exercise e && e.position() == positionFilter.get())
                && (equipmentFilter.get() == null || item instanceof Exercise e && e.equipment().contains(equipmentFilter.get()));
        results.setAll(search.search(query.get(), filter).stream().map(LibrarySearch.Hit::item).toList());
    }

    public boolean isInHandout(LibraryItem item) {
        return document.get().items().stream().anyMatch(entry -> item.id().equals(entry.ref()));
    }

    // ---- the handout ------------------------------------------------------------------------------

    public HandoutDocument document() {
        return document;
    }

    public ReadOnlyObjectProperty<Handout> handoutProperty() {
        return document.handoutProperty();
    }

    /** Inserts a library item at {@code position} (0 is the top; past the end appends); returns its index. */
    public int insert(LibraryItem item, int position) {
        int index = Math.max(0, Math.min(position, document.get().items().size()));
        document.apply(null, handout -> {
            List<HandoutItem> items = new ArrayList<>(handout.items());
            HandoutItem entry = HandoutItem.of(item.id());
            items.add(Math.min(index, items.size()), entry);
            return handout.withItems(items);
        });
        return index;
    }

    /** Adds a library item at the end of the handout; returns its index. */
    public int add(LibraryItem item) {
        return insert(item, Integer.MAX_VALUE);
    }

    public void addFreeText(String heading, String text) {
        document.apply(null, handout -> {
            List<HandoutItem> items = new ArrayList<>(handout.items());
            items.add(HandoutItem.freeText(heading, List.of(new org.handoutstudio.library.TextBlock.Paragraph(text))));
            return handout.withItems(items);
        });
    }

    public void remove(int index) {
        document.apply(null, handout -> {
            List<HandoutItem> items = new ArrayList<>(handout.items());
            items.remove(index);
            return handout.withItems(items);
        });
    }

    /** Moves an item from one position to another (drag and drop, Alt+Up/Down). */
    public void move(int from, int to) {
        int size = document.get().items().size();
        if (from < 0 || from >= size || to < 0 || to >= size || from == to) {
            return;
        }
        document.apply(null, handout -> {
            List<HandoutItem> items = new ArrayList<>(handout.items());
            items.add(to, items.remove(from));
            return handout.withItems(items);
        });
    }

    public void duplicate(int index) {
        document.apply(null, handout -> {
            List<HandoutItem> items = new ArrayList<>(handout.items());
            items.add(index + 1, items.get(index));
            return handout.withItems(items);
        });
    }

    public void setTitle(String title) {
        document.apply("title", handout -> handout.withTitle(title));
    }

    public void setPatient(PatientDetails patient) {
        document.apply("patient", handout -> handout.withPatient(patient));
    }

    public void setDosage(int index, Dosage dosage) {
        document.apply("dosage" + index, handout -> handout.withItem(index, handout.items().get(index).withDosage(dosage)));
    }

    public void setNote(int index, String note) {
        document.apply("note" + index, handout -> handout.withItem(index,
                handout.items().get(index).withNote(note == null || note.isBlank() ? null : note)));
    }

    public void setTextOverride(int index, List<org.handoutstudio.library.TextBlock> blocks) {
        document.apply("text" + index, handout -> handout.withItem(index, handout.items().get(index).withTextOverride(blocks)));
    }

    /** The library item behind a handout entry, if any. */
    public Optional<LibraryItem> itemOf(HandoutItem entry) {
        return entry.isFreeText() ? Optional.empty() : library.find(entry.ref());
    }

    /** A display name for a handout entry. */
    public String labelOf(HandoutItem item) {
        if (item.isFreeText()) {
            return Messages.format("label.freeText", item.heading());
        }
        return library.find(item.ref()).map(found -> Messages.format("label.item", Messages.label(found.type()), found.title()))
                .orElse(Messages.format("label.missing", item.ref()));
    }

    // ---- hints -----------------------------------------------------------------------------------

    public ObservableList<String> hints() {
        return hints;
    }

    /** True when the handout has exercises but no safety-netting: export asks first. */
    public boolean lacksSafetyNetting() {
        List<LibraryItem> items = document.get().items().stream().map(this::itemOf).flatMap(Optional::stream).toList();
        return items.stream().anyMatch(Exercise.class::isInstance) && items.stream().noneMatch(SafetyNetting.class::isInstance);
    }

    private void refreshHints() {
        List<String> found = new ArrayList<>();
        Handout handout = document.get();
        long exercises = handout.items().stream().map(this::itemOf).flatMap(Optional::stream)
                .filter(Exercise.class::isInstance).count();
        if (exercises > MANY_EXERCISES) {
            found.add(Messages.format("hint.manyExercises", exercises));
        }
        if (lacksSafetyNetting()) {
            found.add(Messages.get("hint.noSafetyNetting"));
        }
        LocalDate today = LocalDate.now();
        handout.items().stream().map(this::itemOf).flatMap(Optional::stream)
                .filter(item -> item.provenance() != null && item.provenance().isOverdue(today))
                .forEach(item -> found.add(Messages.format("hint.reviewOverdue", item.title(), Messages.date(item.provenance().nextReview()))));
        for (Printability.Issue issue : printIssues) {
            found.add(Messages.format("hint.unprintable", issue.describe()));
        }
        hints.setAll(found);
    }

    // ---- layout ----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<PageList> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a file is being opened, saved or exported: the view shows progress. */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Branding branding() {
        return settings.get().branding();
    }

    public LayoutOptions layoutOptions() {
        return LayoutOptions.resolve(document.get(), settings.get(), LayoutOptions.Overrides.NONE);
    }

    private void changed() {
        refreshHints();
        relayout();
    }

    /** Shows a status line about the handout as it stands; its next change clears it. */
    private void fileState(String text) {
        status.set(text);
        fileState = text;
    }

    /**
     * Lays the handout out in the background. Typing faster than layout runs never queues work:
     * while one layout runs, later edits only mark a follow-up, which lays out the latest state.
     */
    private void relayout() {
        if (layoutRunning) {
            layoutPending = true;
            return;
        }
        layoutRunning = true;
        Handout current = document.get();
        Branding branding = branding();
        LayoutOptions options = layoutOptions();
        executor.run(() -> new Laidout(
                        org.handoutstudio.layout.HandoutLayout.layout(current, library, branding, options, figures),
                        Printability.check(current, library, branding)),
                result -> {
                    pages.set(result.pages());
                    if (!result.issues().equals(printIssues)) {
                        printIssues = result.issues();
                        refreshHints();
                    }
                    layoutDone();
                },
                failure -> {
                    status.set(Messages.format("status.previewFailed", failure.getMessage()));
                    layoutDone();
                });
    }

    private void layoutDone() {
        layoutRunning = false;
        if (layoutPending) {
            layoutPending = false;
            relayout();
        }
    }

    // ---- files -----------------------------------------------------------------------------------

    /** Starts a new handout from a template, or a blank one when {@code template} is null. */
    public void newHandout(Template template) {
        Handout handout = template == null ? Handout.blank(Messages.get("handout.defaultTitle")) : template.toHandout();
        PatientDetails patient = new PatientDetails(null, LocalDate.now(), settings.get().clinicianName(),
                settings.get().clinicianRole(), null);
        document.load(handout.withPatient(patient), null);
        fileState(template == null ? Messages.get("status.newBlank") : Messages.format("status.newFrom", template.title()));
    }

    /** Opens a handout file; problems are reported in the status and to {@code onError}, never thrown. */
    public void open(Path file, Consumer<String> onError) {
        busy.set(true);
        executor.run(() -> HandoutFiles.readHandout(file, library), handout -> {
            busy.set(false);
            document.load(handout, file);
            remember(file);
            fileState(Messages.format("status.opened", file.getFileName()));
        }, failure -> {
            busy.set(false);
            onError.accept(describe(file, failure));
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
            remember(saved);
            deleteAutosave();
            fileState(Messages.format("status.saved", saved.getFileName()));
            onSaved.run();
        }, failure -> {
            busy.set(false);
            onError.accept(describe(file, failure));
        });
    }

    /** Exports to PDF; {@code onDone} gets the file, {@code onError} a sentence naming it. */
    public void export(Path file, Consumer<Path> onDone, Consumer<String> onError) {
        Handout handout = document.get();
        Optional<String> invalid = problemsOf(handout);
        if (invalid.isPresent()) {
            onError.accept(Messages.format("error.notExported", invalid.get()));
            return;
        }
        Branding branding = branding();
        LayoutOptions options = layoutOptions();
        status.set(Messages.format("status.exporting", file.getFileName()));
        busy.set(true);
        executor.run(() -> {
            HandoutExport.export(handout, library, branding, options, figures, file);
            return file;
        }, done -> {
            busy.set(false);
            status.set(Messages.format("status.exported", done.getFileName()));
            onDone.accept(done);
        }, failure -> {
            busy.set(false);
            status.set(Messages.get("status.exportFailed"));
            onError.accept(describe(file, failure));
        });
    }

    /** A file name from the title and today's date, never from the patient's name. */
    public String suggestedFileName(String extension) {
        String slug = document.get().title() == null ? "" : LibrarySearch.fold(document.get().title())
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "handout" : slug) + "-" + LocalDate.now() + extension;
    }

    /** The first thing that would make the saved file unreadable, in words; empty when it is fine. */
    Optional<String> problemsOf(Handout handout) {
        org.handoutstudio.io.Problems problems = new org.handoutstudio.io.Problems("handout");
        handout.validate(problems, library);
        return problems.list().stream().findFirst().map(problem -> problem.path() + " " + problem.message());
    }

    static String describe(Path file, Throwable failure) {
        if (failure instanceof InvalidContentException invalid) {
            return invalid.getMessage();
        }
        if (failure instanceof HandoutExport.UnprintableException unprintable) {
            return Messages.format("error.unprintable", file.getFileName(), unprintable.getMessage());
        }
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return Messages.format("error.accessDenied", file);
        }
        if (failure instanceof java.nio.file.NoSuchFileException) {
            return Messages.format("error.noSuchFile", file);
        }
        if (failure instanceof IOException io) {
            return Messages.format("error.cannotUse", file, io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage());
        }
        return Messages.format("error.unexpected", file, failure);
    }

    private void remember(Path file) {
        List<String> recent = new ArrayList<>(settings.get().recentFiles());
        recent.remove(file.toAbsolutePath().toString());
        recent.add(0, file.toAbsolutePath().toString());
        while (recent.size() > 8) {
            recent.remove(recent.size() - 1);
        }
        Settings s = settings.get();
        settings.set(new Settings(s.schemaVersion(), s.branding(), s.clinicianName(), s.clinicianRole(), s.paper(),
                s.largePrint(), s.sharedLibraryFolder(), recent));
        saveSettings();
    }

    /** Writes the settings on the worker (an fsync'd atomic write), in the order they were changed. */
    public void saveSettings() {
        Settings snapshot = settings.get();
        executor.run(() -> {
            snapshot.write(folders.settingsFile());
            return true;
        }, ok -> { }, failure -> status.set(Messages.format("status.settingsNotSaved", failure.getMessage())));
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
        }, ok -> { }, failure -> status.set(Messages.format("status.autosaveFailed", failure.getMessage())));
    }

    /** The autosave folder holds patient details: only its owner may list or read it. */
    private static void restrictToOwner(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** A handout left by a session that did not close cleanly, if any. */
    public Optional<Handout> recoverable() {
        return recoverable(library, folders);
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
        fileState(Messages.get("status.recovered"));
    }

    /**
     * Deletes the autosave on the worker, so an autosave still queued there cannot write it back
     * (with the patient's details) after the user chose to discard or saved elsewhere.
     */
    public void deleteAutosave() {
        executor.run(() -> Files.deleteIfExists(autosaveFile()), deleted -> { },
                failure -> status.set(Messages.format("status.autosaveNotRemoved", failure.getMessage())));
    }

    /** The title for the window: file name (or "Untitled"), with * when there are unsaved changes. */
    public String windowTitle() {
        Path file = document.fileProperty().get();
        String name = file == null ? Messages.get("window.untitled") : file.getFileName().toString();
        return Messages.format(document.dirtyProperty().get() ? "window.title.unsaved" : "window.title", EditorApp.TITLE, name);
    }
}
