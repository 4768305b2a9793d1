package org.handoutstudio.ui;

import java.util.List;
import javafx.stage.Stage;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A fresh editor window for each test: the bundled library, work run at once, no files. TestFX
 * looks for {@code @Start} on the test class itself, so each test class calls {@link #openEditor}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class EditorWindowFixture {

    Stage stage;
    EditorViewModel model;
    MainView view;

    void openEditor(Stage stage) {
        this.stage = stage;
        model = new EditorViewModel(LibraryLoader.bundled(), org.handoutstudio.TestHandouts.figures(), TaskExecutor.synchronous());
        view = EditorApp.show(stage, model);
    }

    /** The handout's items, as library ids. */
    List<String> refs() {
        return model.handoutProperty().get().items().stream().map(item -> item.ref()).toList();
    }
}
