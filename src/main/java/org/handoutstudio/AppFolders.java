package org.handoutstudio;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;

/**
 * Where the app keeps the user's own data (settings, branding, autosave, user library): the
 * per-user folders of each operating system, so uninstalling or upgrading keeps them. Linux:
 * {@code ~/.local/share/handoutstudio}; Windows: {@code %APPDATA%\handoutstudio\Handout Studio\data};
 * macOS: {@code ~/Library/Application Support/org.handoutstudio.Handout-Studio}. Tests set
 * {@code handoutstudio.dataDir} to keep away from the real ones.
 */
public final class AppFolders {

    private static final String OVERRIDE = "handoutstudio.dataDir";

    private AppFolders() {
    }

    public static Path dataDir() {
        String override = System.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(ProjectDirectories.from("org", "handoutstudio", "Handout Studio").dataDir);
    }

    public static Path userLibrary() {
        return dataDir().resolve("library");
    }

    public static Path settingsFile() {
        return dataDir().resolve("settings.json");
    }

    public static Path autosaveDir() {
        return dataDir().resolve("autosave");
    }
}
