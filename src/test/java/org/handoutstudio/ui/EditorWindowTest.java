package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.library.BodyRegion;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.ItemType;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.ui.preview.PreviewPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class EditorWindowTest extends EditorWindowFixture {

    @Start
    void start(Stage stage) {
        openEditor(stage);
    }

    private String previewText() {
        StringBuilder text = new StringBuilder();
        model.preview().pagesProperty().get().pages().forEach(page -> page.items().forEach(item -> {
            if (item instanceof PageItem.TextRun run) {
                text.append(run.text()).append('\n');
            }
        }));
        return text.toString();
    }

    private void searchAndAdd(FxRobot robot, String query) {
        robot.clickOn("#librarySearch").eraseText(40).write(query);
        robot.interact(() -> robot.lookup("#libraryList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#addToHandout");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void windowHasLibraryHandoutAndPreviewWithAPage(FxRobot robot) {
        assertEquals("Handout Studio \u2014 Untitled", stage.getTitle());
        assertNotNull(robot.lookup("#library").query());
        assertNotNull(robot.lookup("#handout").query());
        PreviewPane preview = robot.lookup("#preview").queryAs(PreviewPane.class);
        assertEquals(1, preview.pageCanvases().size());
        Canvas page = preview.pageCanvases().get(0);
        assertTrue(page.getWidth() > 100 && page.getHeight() > page.getWidth(), "portrait page");
        assertTrue(countInk(robot, page) > 0, "the page shows the handout title");
    }

    @Test
    void searchAndAddAnExerciseMarksItAndChangesThePreview(FxRobot robot) {
        int before = countInk(robot, robot.lookup("#preview").queryAs(PreviewPane.class).pageCanvases().get(0));
        searchAndAdd(robot, "bridge");
        ListView<?> items = robot.lookup("#handoutItems").queryListView();
        assertEquals(1, items.getItems().size());
        assertTrue(previewText().contains("1. Bridge"));
        assertTrue(model.editing().isInHandout(LibraryLoader.bundled().find("bridge").orElseThrow()));
        assertTrue(stage.getTitle().endsWith("*"), stage.getTitle());
        int after = countInk(robot, robot.lookup("#preview").queryAs(PreviewPane.class).pageCanvases().get(0));
        assertTrue(after > before, "more ink on the page: " + before + " -> " + after);
    }

    @Test
    void doubleClickAddsAndAltUpReorders(FxRobot robot) {
        searchAndAdd(robot, "bridge");
        robot.clickOn("#librarySearch").eraseText(40).write("clam");
        robot.doubleClickOn(robot.lookup("#libraryList .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("bridge", "clam"), refs());
        ListView<?> items = robot.lookup("#handoutItems").queryListView();
        robot.interact(() -> items.getSelectionModel().select(1));
        robot.interact(items::requestFocus); // a click on the list's middle would pick the row there
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("clam", "bridge"), refs());
        assertTrue(previewText().indexOf("1. Clam") >= 0 || previewText().indexOf("1. Clam".substring(0, 4)) >= 0);
        robot.interact(() -> items.getSelectionModel().select(0));
        robot.interact(items::requestFocus);
        robot.type(KeyCode.DELETE);
        assertEquals(List.of("bridge"), refs());
    }

    @Test
    void editingTheSelectedItemBringsItBackIntoThePreview(FxRobot robot) {
        robot.interact(() -> model.files().newHandout(Templates.find("acute-low-back-pain").orElseThrow()));
        int walking = refs().indexOf("walking-programme");
        ListView<?> items = robot.lookup("#handoutItems").queryListView();
        PreviewPane preview = robot.lookup("#preview").queryAs(PreviewPane.class);
        robot.interact(() -> items.getSelectionModel().select(walking));
        WaitForAsyncUtils.waitForFxEvents();
        double shown = preview.getVvalue();
        assertTrue(shown > 0.2, "the walking card is on page 3 of 6: " + shown);
        robot.interact(() -> preview.setVvalue(0));
        robot.interact(() -> model.editing().setDosage(walking,
                new Dosage(null, null, null, null, null, 15, null, null, null, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(walking, items.getSelectionModel().getSelectedIndex());
        assertEquals(shown, preview.getVvalue(), 0.05, "the preview shows the edited item again");
    }

    @Test
    void changingDosageUpdatesThePreviewAndUndoRedoWork(FxRobot robot) {
        searchAndAdd(robot, "bridge");
        ListView<?> items = robot.lookup("#handoutItems").queryListView();
        robot.interact(() -> items.getSelectionModel().select(0));
        robot.clickOn("#dosage-reps").write("7");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(previewText().contains("7 times"), previewText());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(previewText().contains("7 times"));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(previewText().contains("7 times"));
    }

    @Test
    void hintsAppearUnderTheWindowWhenTheyArise(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#hints").tryQuery().isEmpty(), "a new handout has no hints, so no hints list");
        robot.interact(() -> LibraryLoader.bundled().items().stream()
                .filter(item -> item.type() == ItemType.EXERCISE).limit(11).forEach(model.editing()::add));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> hints = robot.lookup("#hints").queryListView();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> hints.getHeight() > 20);
        assertTrue(hints.isVisible(), "hints list shown");
        assertTrue(hints.getItems().stream().anyMatch(hint -> hint.startsWith("11 exercises")), hints.getItems().toString());
        assertTrue(hints.getItems().stream().anyMatch(hint -> hint.contains("safety-netting")), hints.getItems().toString());
    }

    @Test
    void longItemNamesAreCutShortNotScrolledSideways(FxRobot robot) {
        robot.interact(() -> model.editing().addFreeText("A heading far longer than the list is wide, as a clinician might write "
                + "when they explain at length what this part of the handout is about", "Text."));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> items = robot.lookup("#handoutItems").queryListView();
        boolean sideways = robot.lookup("#handoutItems .scroll-bar").queryAllAs(javafx.scene.control.ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible());
        assertFalse(sideways, "no sideways scroll bar under the items");
        ListCell<?> row = robot.lookup("#handoutItems .list-cell").queryAs(ListCell.class);
        assertTrue(row.getWidth() <= items.getWidth(), "the row fits the list: " + row.getWidth() + " > " + items.getWidth());
        assertTrue(row.getText().length() > 40, "the row still holds the whole name for screen readers: " + row.getText());
    }

    @Test
    void theBusyIndicatorIsBuiltForTheFirstWorkAndHiddenAfterIt(FxRobot robot) {
        assertTrue(robot.lookup("#progress").tryQuery().isEmpty(), "nothing running yet, so no indicator");
        String[] failure = new String[1];
        robot.interact(() -> model.files().open(java.nio.file.Path.of("/nonexistent/missing.handout.json"), message -> failure[0] = message));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(failure[0], "opening a missing file reports it");
        Node progress = robot.lookup("#progress").query();
        assertFalse(progress.isVisible() || progress.isManaged(), "hidden again once the work is done");
    }

    @Test
    void anAbsurdDosageShowsAHintAndIsNotApplied(FxRobot robot) {
        searchAndAdd(robot, "bridge");
        robot.interact(() -> robot.lookup("#handoutItems").queryListView().getSelectionModel().select(0));
        robot.clickOn("#dosage-reps").write("500");
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = robot.lookup("#dosageHint").queryAs(Label.class);
        assertEquals("Reps must be between 1 and 100 (it is 500).", hint.getText());
        robot.clickOn("#dosage-reps").eraseText(3).write("1000");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reps must be between 1 and 100 (it is 1000).", hint.getText(), "the number as typed, no comma");
        assertFalse(previewText().contains("500 times"));
    }

    @Test
    void brandingChangeReachesThePreview(FxRobot robot) {
        Settings settings = new Settings(1, new Branding(1, "Riverside Physiotherapy", null, "#1D4F7C", "#00695C", null,
                "01234 567890", null, null, null, null, null), null, null, null, false, null, List.of());
        robot.interact(() -> model.settingsProperty().set(settings));
        assertTrue(previewText().contains("Riverside Physiotherapy"));
    }

    @Test
    void exportWithoutSafetyNettingAsksFirst(FxRobot robot) {
        searchAndAdd(robot, "bridge");
        assertTrue(model.editing().lacksSafetyNetting());
        robot.interact(() -> {
            // The prompt is modal; answer it from a pulse after it opens.
            javafx.application.Platform.runLater(() -> robot.clickOn("Add safety-netting"));
            view.files().export();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ItemType.SAFETY_NETTING, model.library().typeFilterProperty().get());
        assertTrue(model.library().results().stream().allMatch(item -> item.type() == ItemType.SAFETY_NETTING));
        searchAndAdd(robot, "");
        assertFalse(model.editing().lacksSafetyNetting());
    }

    @Test
    void toolbarChoicesShowEveryChoiceWhole(FxRobot robot) {
        ChoiceBox<ExerciseLayout> layout = robot.lookup("#exerciseLayout").query();
        for (ExerciseLayout choice : ExerciseLayout.values()) {
            robot.interact(() -> {
                layout.setValue(choice);
                assertShownWhole(layout, Messages.label(choice));
            });
        }
        ChoiceBox<Double> zoom = robot.lookup("#zoom").query();
        List<Double> choices = new ArrayList<>(zoom.getItems());
        choices.add(1.1); // a Ctrl+plus step that is not a choice
        for (Double choice : choices) {
            robot.interact(() -> {
                zoom.setValue(choice);
                assertShownWhole(zoom, zoom.getConverter().toString(choice));
            });
        }
        assertEquals("110%", zoom.getConverter().toString(1.1));
        robot.interact(() -> zoom.setValue(PreviewPane.FIT_WIDTH));
    }

    /** The control's text is drawn in full, not cut short with an ellipsis. FX thread. */
    private static void assertShownWhole(Control control, String text) {
        control.applyCss();
        control.getParent().layout();
        control.layout();
        Parent shown = (Parent) control.lookup(".label");
        shown.layout();
        assertEquals(text, ((Text) shown.lookup(".text")).getText(), control.getId() + " shows its choice whole");
    }

    @Test
    void aSearchThatFindsNothingSaysSoAndHowToSeeMore(FxRobot robot) {
        robot.clickOn("#librarySearch").write("zzqx");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.library().results().isEmpty());
        Label placeholder = robot.lookup("#libraryList .placeholder .label").queryAs(Label.class);
        assertEquals(Messages.get("library.noMatch"), placeholder.getText());
        assertTrue(placeholder.isVisible());
    }

    @Test
    void libraryRowsCanWaitAndThenShowTheResults(FxRobot robot) {
        ListView<?> list = robot.lookup("#libraryList").queryListView();
        robot.interact(() -> view.libraryRowsShownProperty().set(false));
        assertTrue(list.getItems().isEmpty(), "no rows while they wait");
        assertTrue(robot.lookup("#libraryList .placeholder .label").tryQuery().isEmpty(), "and no 'nothing matches'");
        robot.interact(() -> view.libraryRowsShownProperty().set(true));
        assertEquals(model.library().results().size(), list.getItems().size());
        assertFalse(list.getItems().isEmpty());
    }

    @Test
    void aFilterNamesItsNoFilterChoiceAndNarrowsTheLibrary(FxRobot robot) {
        ChoiceBox<?> region = robot.lookup("#regionFilter").queryAs(ChoiceBox.class);
        assertEquals("Any region", robot.from(region).lookup(".label").queryLabeled().getText());
        int all = model.library().results().size();
        robot.clickOn(region).clickOn("Knee");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BodyRegion.KNEE, model.library().regionFilterProperty().get());
        assertEquals("Knee", robot.from(region).lookup(".label").queryLabeled().getText());
        int knee = model.library().results().size();
        assertTrue(knee > 0 && knee < all, knee + " of " + all + " items are for the knee");
        robot.clickOn(region).clickOn("Any region");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, model.library().results().size());
    }

    /** Counts non-white pixels (every other row and column): a blank page has none. */
    static int countInk(FxRobot robot, Canvas canvas) {
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
