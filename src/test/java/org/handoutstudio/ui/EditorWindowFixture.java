package org.handoutstudio.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A fresh editor window for each test: the bundled library, a data folder of the test's own,
 * work run at once, a fixed date. TestFX looks for {@code @Start} on the test class itself, so
 * each test class calls {@link #openEditor}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class EditorWindowFixture {

    @TempDir
    Path dataDir;
    Stage stage;
    EditorViewModel model;
    MainView view;

    void openEditor(Stage stage) {
        this.stage = stage;
        Workspace workspace = Workspace.load(new AppFolders(dataDir));
        model = new EditorViewModel(workspace, TaskExecutor.synchronous(), TestEditor.CLOCK);
        view = EditorApp.show(stage, new MainView(model, dialogs()));
    }

    /** The dialogs the window uses: null for its own (file choosers and alerts). */
    DialogService dialogs() {
        return null;
    }

    /** The handout's items, as library ids. */
    List<String> refs() {
        return model.editing().handoutProperty().get().items().stream().map(item -> item.ref()).toList();
    }
}
