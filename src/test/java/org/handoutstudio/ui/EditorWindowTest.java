package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.ui.preview.PreviewPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {

    private Stage stage;
    private EditorViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new EditorViewModel(LibraryLoader.bundled(), FigureSource.NONE, TaskExecutor.synchronous());
        EditorApp.show(stage, model);
    }

    @Test
    void windowHasLibraryHandoutAndPreviewWithAPage(FxRobot robot) {
        assertEquals("Handout Studio", stage.getTitle());
        assertNotNull(robot.lookup("#library").query());
        assertNotNull(robot.lookup("#handout").query());
        PreviewPane preview = robot.lookup("#preview").queryAs(PreviewPane.class);
        assertEquals(1, preview.pageCanvases().size());
        Canvas page = preview.pageCanvases().get(0);
        assertTrue(page.getWidth() > 100 && page.getHeight() > page.getWidth(), "portrait page");
        assertTrue(countInk(robot, page) > 0, "the page shows the handout title");
    }

    @Test
    void doubleClickingALibraryItemAddsItAndThePreviewChanges(FxRobot robot) {
        ListView<LibraryItem> library = robot.lookup("#libraryList").queryListView();
        int before = countInk(robot, robot.lookup("#preview").queryAs(PreviewPane.class).pageCanvases().get(0));
        robot.interact(() -> library.getSelectionModel().select(0));
        robot.doubleClickOn(robot.lookup("#libraryList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> handoutItems = robot.lookup("#handoutItems").queryListView();
        assertEquals(1, handoutItems.getItems().size());
        assertEquals(1, model.handoutProperty().get().items().size());
        int after = countInk(robot, robot.lookup("#preview").queryAs(PreviewPane.class).pageCanvases().get(0));
        assertTrue(after > before, "more ink on the page after adding an item: " + before + " -> " + after);
    }

    /** Counts non-white pixels: a blank page has none. */
    private static int countInk(FxRobot robot, Canvas canvas) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        var reader = image[0].getPixelReader();
        int ink = 0;
        for (int y = 0; y < (int) image[0].getHeight(); y += 2) {
            for (int x = 0; x < (int) image[0].getWidth(); x += 2) {
                var colour = reader.getColor(x, y);
                if (colour.getRed() + colour.getGreen() + colour.getBlue() < 2.7) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
