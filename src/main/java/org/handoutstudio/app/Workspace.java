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
import org.handoutstudio.handout.Templates;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.UserLibrary;

/**
 * The composition root: everything a session works with, loaded the same way for the command
 * line and the editor. The user's settings; the library stacked bundled, then the practice's
 * shared folder, then the clinician's own folder (later wins); the exercise figures; the
 * templates. Problems in the user's own files never stop a session: they are collected here for
 * the caller to show.
 */
public final class Workspace {

    private final AppFolders folders;
    private final Settings settings;
    private final Optional<String> settingsProblem;
    private final UserLibrary.Result library;
    private final FigureSource figures;

    private Workspace(AppFolders folders, Settings settings, Optional<String> settingsProblem, UserLibrary.Result library,
                      FigureSource figures) {
        this.folders = folders;
        this.settings = settings;
        this.settingsProblem = settingsProblem;
        this.library = library;
        this.figures = figures;
    }

    /** Reads the settings and the library stack from {@code folders}; never throws for the user's files. */
    public static Workspace load(AppFolders folders) {
        Settings settings = Settings.DEFAULT;
        Optional<String> settingsProblem = Optional.empty();
        try {
            settings = Settings.read(folders.settingsFile());
        } catch (IOException | RuntimeException e) {
            settingsProblem = Optional.of(Failures.describe(folders.settingsFile(), e));
        }
        UserLibrary.Result library = UserLibrary.load(LibraryLoader.bundled(), settings.sharedLibraryPath(),
                folders.userLibrary());
        return new Workspace(folders, settings, settingsProblem, library, ExerciseFigures.bundled());
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

    public List<Template> templates() {
        return Templates.bundled();
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
