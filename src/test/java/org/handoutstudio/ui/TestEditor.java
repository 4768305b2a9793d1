package org.handoutstudio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Settings;

/** View models for headless tests: a data folder the test owns, work run at once, and a fixed day. */
final class TestEditor {

    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T23:59:59Z"), ZoneOffset.UTC);

    private TestEditor() {
    }

    static Workspace workspace(Path dataDir) {
        return Workspace.load(new AppFolders(dataDir));
    }

    static EditorViewModel model(Path dataDir) {
        return new EditorViewModel(workspace(dataDir), TaskExecutor.synchronous(), CLOCK);
    }

    /** A model whose settings name the clinician, who becomes the author of items they write. */
    static EditorViewModel modelWithClinician(Path dataDir) {
        EditorViewModel model = model(dataDir);
        Settings settings = model.settingsProperty().get();
        model.settingsProperty().set(new Settings(settings.schemaVersion(), settings.branding(), "Sam Physio",
                "Physiotherapist", settings.paper(), settings.largePrint(), settings.sharedLibraryFolder(),
                settings.recentFiles()));
        return model;
    }
}
