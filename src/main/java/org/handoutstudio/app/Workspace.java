package org.handoutstudio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.figures.ExerciseFigures;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.UserTemplates;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryFolder;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.UserLibrary;
import org.handoutstudio.pdf.PrewrittenFigures;

/**
 * The composition root: everything a session works with, loaded the same way for the command
 * line and the editor. The user's settings; the library stacked bundled, then the practice's
 * shared folder, then the clinician's own folder (later wins); the exercise figures; the
 * templates. Problems in the user's own files never stop a session: they are collected here for
 * the caller to show.
 */
public final class Workspace {

    /** Every printing session shares these: each figure is read once a process. */
    private static final FigureSource FIGURES_FOR_PRINTING =
            PrewrittenFigures.over(ExerciseFigures.bundled());

    private final AppFolders folders;
    private final Settings settings;
    private final Optional<String> settingsProblem;
    private final UserLibrary.Result library;
    private final FigureSource figures;
    /** Read when first asked for: the editor's window does not need them to open. */
    private volatile UserTemplates.Loaded templates;

    private Workspace(AppFolders folders, Settings settings, Optional<String> settingsProblem, UserLibrary.Result library,
                      FigureSource figures) {
        this.folders = folders;
        this.settings = settings;
        this.settingsProblem = settingsProblem;
        this.library = library;
        this.figures = figures;
    }

    private UserTemplates.Loaded loadedTemplates() {
        UserTemplates.Loaded loaded = templates;
        if (loaded == null) {
            synchronized (this) {
                loaded = templates;
                if (loaded == null) {
                    loaded = loadTemplates(folders, settings, library.library());
                    templates = loaded;
                }
            }
        }
        return loaded;
    }

    /** Reads the settings and the library stack from {@code folders}; never throws for the user's files. */
    public static Workspace load(AppFolders folders) {
        return load(folders, ExerciseFigures.bundled());
    }

    /**
     * As {@link #load}, for a session that only prints (the command line): its figures come
     * written out by the build, so they are not solved first.
     */
    public static Workspace loadForPrinting(AppFolders folders) {
        return load(folders, FIGURES_FOR_PRINTING);
    }

    /** The figures of a session that only prints: as the build wrote them, where it did. */
    public static FigureSource figuresForPrinting() {
        return FIGURES_FOR_PRINTING;
    }

    private static Workspace load(AppFolders folders, FigureSource figures) {
        Settings settings = Settings.DEFAULT;
        Optional<String> settingsProblem = Optional.empty();
        try {
            settings = Settings.read(folders.settingsFile());
        } catch (IOException | RuntimeException e) {
            settingsProblem = Optional.of(Failures.describe(folders.settingsFile(), e));
        }
        return new Workspace(folders, settings, settingsProblem, loadLibrary(folders, settings), figures);
    }

    /** The library stack as it is on disk now (the editor reads it again after the clinician saves an item). */
    public static UserLibrary.Result loadLibrary(AppFolders folders, Settings settings) {
        return UserLibrary.load(LibraryLoader.bundled(), settings.sharedLibraryPath(), folders.userLibrary());
    }

    /** Bundled, shared and the clinician's own templates, as they are on disk now. */
    public static UserTemplates.Loaded loadTemplates(AppFolders folders, Settings settings, Library library) {
        Path shared = settings.sharedLibraryPath();
        return UserTemplates.load(library, shared == null ? null : shared.resolve(UserTemplates.FOLDER),
                folders.userTemplates());
    }

    /** The clinician's own library folder, where the editor saves items. */
    public LibraryFolder userLibraryFolder() {
        return new LibraryFolder(folders.userLibrary());
    }

    /** The practice's shared library folder, when the settings name one. */
    public Optional<LibraryFolder> sharedLibraryFolder() {
        return Optional.ofNullable(settings.sharedLibraryPath()).map(LibraryFolder::new);
    }

    public AppFolders folders() {
        return folders;
    }

    public Settings settings() {
        return settings;
    }

    /** Why the settings file could not be used (the defaults are used instead), if it could not. */
    public Optional<String> settingsProblem() {
        return settingsProblem;
    }

    public Library library() {
        return library.library();
    }

    /** Problems found in the shared and the user's own library files; their items are left out. */
    public List<Problem> libraryProblems() {
        return library.problems();
    }

    public FigureSource figures() {
        return figures;
    }

    /** Every template: bundled first, then the practice's, then the clinician's own. */
    public List<Template> templates() {
        return loadedTemplates().entries().stream().map(UserTemplates.Entry::template).toList();
    }

    public List<UserTemplates.Entry> templateEntries() {
        return loadedTemplates().entries();
    }

    /** Problems with the shared and the clinician's own template files; those templates are left out. */
    public List<Problem> templateProblems() {
        return loadedTemplates().problems();
    }

    public Optional<Template> template(String id) {
        return templates().stream().filter(template -> template.id().equals(id)).findFirst();
    }

    /**
     * Which branding prints on a handout: a branding file chosen for this export, else the
     * handout's own branding file (named relative to the handout file), else the user's settings.
     *
     * @param handoutFile the file the handout was read from, or null for a new or template handout
     * @param chosen      a branding file the user chose for this export, or null
     */
    public Branding brandingFor(Handout handout, Path handoutFile, Path chosen) throws IOException {
        return brandingFor(handout, handoutFile, chosen, settings);
    }

    /** As {@link #brandingFor(Handout, Path, Path)}, with settings the user has changed since loading. */
    public static Branding brandingFor(Handout handout, Path handoutFile, Path chosen, Settings settings)
            throws IOException {
        Optional<Path> file = brandingFileFor(handout, handoutFile, chosen);
        return file.isPresent() ? HandoutFiles.readBranding(file.get()) : settings.branding();
    }

    /**
     * The branding file {@link #brandingFor} reads, or empty when the settings' branding applies.
     * A handout's own branding file must be in the handout's folder (or one inside it); one the
     * user chose is used wherever it is.
     *
     * @throws IOException when the handout names a branding file outside its folder
     */
    public static Optional<Path> brandingFileFor(Handout handout, Path handoutFile, Path chosen) throws IOException {
        if (chosen != null) {
            return Optional.of(chosen);
        }
        String own = handout.branding();
        if (own != null && !own.isBlank() && handoutFile != null) {
            return Optional.of(SafeFiles.resolveBeside(handoutFile, own));
        }
        return Optional.empty();
    }
}
