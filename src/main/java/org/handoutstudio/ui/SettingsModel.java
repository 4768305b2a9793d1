package org.handoutstudio.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.handout.Settings;

/** The user's settings as the editor holds them, written back on the worker in the order they change. */
final class SettingsModel {

    static final int RECENT_FILES = 8;

    private final ObjectProperty<Settings> settings;
    private final AppFolders folders;
    private final TaskExecutor executor;
    private final StatusLine status;

    SettingsModel(Settings initial, AppFolders folders, TaskExecutor executor, StatusLine status) {
        this.settings = new SimpleObjectProperty<>(Objects.requireNonNull(initial));
        this.folders = folders;
        this.executor = executor;
        this.status = status;
    }

    ObjectProperty<Settings> property() {
        return settings;
    }

    Settings get() {
        return settings.get();
    }

    /** Puts {@code file} first among the recent files and saves the settings. */
    void remember(Path file) {
        List<String> recent = new ArrayList<>(settings.get().recentFiles());
        String path = file.toAbsolutePath().toString();
        recent.remove(path);
        recent.add(0, path);
        while (recent.size() > RECENT_FILES) {
            recent.remove(recent.size() - 1);
        }
        settings.set(settings.get().withRecentFiles(recent));
        save();
    }

    /** Writes the settings on the worker (an fsync'd atomic write), in the order they were changed. */
    void save() {
        Settings snapshot = settings.get();
        executor.run(() -> {
            snapshot.write(folders.settingsFile());
            return true;
        }, ok -> { }, failure -> status.show(Messages.format("status.settingsNotSaved", failure.getMessage())));
    }
}
