package org.handoutstudio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;

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
}
