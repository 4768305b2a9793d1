package org.handoutstudio.app;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;
import org.handoutstudio.handout.UserTemplates;

/**
 * Where the app keeps the user's own data (settings, branding, autosave, user library): the
 * per-user folders of each operating system, so uninstalling or upgrading keeps them. Linux:
 * {@code ~/.local/share/handoutstudio}; Windows: {@code %APPDATA%\handoutstudio\Handout Studio\data};
 * macOS: {@code ~/Library/Application Support/org.handoutstudio.Handout-Studio}. Tests and the
 * start-up training run hand in a folder of their own.
 *
 * @param dataDir the folder everything else lives in
 */
public record AppFolders(Path dataDir) {

    /** Names another data folder for a whole run (the packaged-launcher tests and the training run use it). */
    public static final String OVERRIDE = "handoutstudio.dataDir";

    /** The operating system's per-user data folder, or the one {@value #OVERRIDE} names. */
    public static AppFolders standard() {
        String override = System.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return new AppFolders(Path.of(override));
        }
        return new AppFolders(Path.of(ProjectDirectories.from("org", "handoutstudio", "Handout Studio").dataDir));
    }

    public Path userLibrary() {
        return dataDir.resolve("library");
    }

    /** The clinician's own templates (saved with "Save as template..."). */
    public Path userTemplates() {
        return dataDir.resolve(UserTemplates.FOLDER);
    }

    public Path settingsFile() {
        return dataDir.resolve("settings.json");
    }

    public Path autosaveDir() {
        return dataDir.resolve("autosave");
    }
}
