package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.handoutstudio.TestImages;
import org.handoutstudio.handout.UserTemplates;
import org.handoutstudio.library.BodyRegion;
import org.handoutstudio.library.Category;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Position;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The practice's own content in the window: writing an exercise with a bundled figure and with a
 * photo, our version of a bundled item, a handout saved as a template and started again, and a
 * library pack out and back in.
 */
class PracticeContentFlowTest extends EditorWindowFixture {

    private final Deque<Path> packFiles = new ArrayDeque<>();
    private final List<String> refusals = new ArrayList<>();

    @Start
    void start(Stage stage) {
        openEditor(stage);
    }

    @Override
    DialogService dialogs() {
        return new FxDialogService(new Pane()) {
            @Override
            public Optional<Path> choosePackToExport(String suggestedName) {
                return Optional.ofNullable(packFiles.poll());
            }

            @Override
            public Optional<Path> choosePackToImport() {
                return Optional.ofNullable(packFiles.poll());
            }
        };
    }

    /** Opens a menu of the library pane's, then the item with {@code itemId}; the form window opens (and waits). */
    private void openFromMenuButton(FxRobot robot, String button, String itemId) {
        robot.clickOn(button);
        robot.clickOn("#" + itemId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage formWindow() {
        return (Stage) Window.getWindows().stream().filter(window -> window.getScene() != null
                && window.getScene().lookup("#formSave") != null && window.isShowing()).findFirst().orElseThrow();
    }

    private static void fillIn(FxRobot robot, String id, String text) {
        reveal(robot, id);
        robot.clickOn(id).write(text);
    }

    /** Scrolls the form so the field {@code id} is in view, as a user would before clicking it. */
    private static void reveal(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                    double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
                    scroll.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static FxRobotInterface click(FxRobot robot, String id) {
        reveal(robot, id);
        return robot.clickOn(id);
    }

    private void selectInLibrary(FxRobot robot, String id) {
        robot.interact(() -> {
            model.library().queryProperty().set("");
            ListView<LibraryItem> list = robot.lookup("#libraryList").queryListView();
            list.getSelectionModel().select(model.library().library().find(id).orElseThrow());
        });
    }

    @Test
    void aNewExerciseWithABundledFigureIsWrittenCheckedAndSaved(FxRobot robot) {
        openFromMenuButton(robot, "#newItem", "newExerciseItem");
        Stage form = formWindow();
        ListView<String> problems = robot.from(form.getScene().getRoot()).lookup("#formProblems").queryListView();
        assertFalse(problems.getItems().isEmpty(), "a blank exercise has fields to fill in");
        robot.clickOn("#formSave");
        assertTrue(form.isShowing(), "nothing is saved while fields are missing");
        assertTrue(problems.getItems().stream().anyMatch(line -> line.startsWith("Name:")), problems.getItems().toString());

        fillIn(robot, "#formName", "Calf raise at the sink");
        assertEquals("calf-raise-at-the-sink", robot.lookup("#formId").queryTextInputControl().getText());
        fillIn(robot, "#form-purpose", "Builds strength in your calves.");
        ComboBox<Category> category = robot.lookup("#formCategory").query();
        ComboBox<Position> position = robot.lookup("#formPosition").query();
        CheckComboBox<BodyRegion> regions = robot.lookup("#formRegions").query();
        robot.interact(() -> {
            category.setValue(Category.STRENGTH);
            position.setValue(Position.STANDING);
            regions.getCheckModel().check(BodyRegion.ANKLE_FOOT);
        });
        fillIn(robot, "#formStart", "Stand at the sink and hold on.");
        click(robot, "#newStep").write("Go up on your toes.").type(KeyCode.ENTER);
        robot.write("Slowly lower your heels.").type(KeyCode.ENTER);
        robot.write("Rest.").type(KeyCode.ENTER);
        // The last step belongs first: select it and move it up twice.
        ListView<String> steps = robot.lookup("#stepsList").queryListView();
        robot.interact(() -> steps.getSelectionModel().select(2));
        click(robot, "#stepUp");
        click(robot, "#stepUp");
        assertEquals(List.of("Rest.", "Go up on your toes.", "Slowly lower your heels."), steps.getItems());
        click(robot, "#removeStep");
        fillIn(robot, "#formFeel", "Work in the back of your lower legs.");
        fillIn(robot, "#formAvoid", "Do not rush.");
        fillIn(robot, "#formEasier", "Hold on with both hands.");
        fillIn(robot, "#formHarder", "Try one leg at a time.");
        fillIn(robot, "#formDosage-reps", "ten");
        fillIn(robot, "#formAltText", "A person rising onto their toes at a sink.");
        click(robot, "#figureSearch").write("heel raise");
        ListView<String> figures = robot.lookup("#figureList").queryListView();
        assertFalse(figures.getItems().isEmpty(), "the figures are found by the exercises that use them");
        robot.interact(() -> figures.getSelectionModel().select(0));
        fillIn(robot, "#formSources", "NHS: exercises for sore ankles");
        fillIn(robot, "#formAuthor", "Sam Physio");
        robot.clickOn("#formSave");
        assertTrue(form.isShowing(), "a number typed in words stops the save");
        assertTrue(problems.getItems().stream().anyMatch(line -> line.startsWith("Reps:")), problems.getItems().toString());
        reveal(robot, "#formDosage-reps");
        robot.doubleClickOn("#formDosage-reps").write("10");
        robot.clickOn("#formSave");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(form.isShowing(), problems.getItems().toString());
        Library.Entry saved = model.library().library().entry("calf-raise-at-the-sink").orElseThrow();
        Exercise exercise = (Exercise) saved.item();
        assertEquals(Library.Origin.USER, saved.origin());
        assertEquals(List.of("Go up on your toes.", "Slowly lower your heels."), exercise.steps());
        assertEquals(figures.getItems().get(0), exercise.figure());
        assertEquals(10, exercise.dosage().reps());
        assertTrue(Files.exists(dataDir.resolve("library/calf-raise-at-the-sink.json")));
        assertTrue(robot.lookup("#libraryList").queryListView().getItems().contains(exercise), "the browser lists it");
    }

    @Test
    void aCopyGetsAPhotoAndABadPhotoIsRefusedWithNothingSaved(FxRobot robot) throws Exception {
        selectInLibrary(robot, "bridge");
        openFromMenuButton(robot, "#copyItem", "copyAsNew");
        Stage form = formWindow();
        PicturePicker picker = robot.lookup("#picturePicker").queryAs(PicturePicker.class);
        Path notAnImage = Files.writeString(dataDir.resolve("notes.png"), "not a picture at all");
        robot.interact(() -> picker.choosePhotoFile(notAnImage, TaskExecutor.synchronous(), refusals::add));
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("is not a PNG or JPEG image"), refusals.get(0));
        assertEquals(null, picker.pictureProperty().get().photo());

        Path photo = Files.write(dataDir.resolve("my-bridge.png"), TestImages.png(120, 80));
        robot.interact(() -> picker.choosePhotoFile(photo, TaskExecutor.synchronous(), refusals::add));
        assertEquals(photo.toString(), picker.pictureProperty().get().photo());
        fillIn(robot, "#formAuthor", "Sam Physio");
        robot.clickOn("#formSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(form.isShowing());
        Exercise saved = (Exercise) model.library().library().find("bridge-our-version").orElseThrow();
        assertEquals(dataDir.resolve("library/photos/bridge-our-version.png").toString(), saved.photo());
        assertTrue(Files.exists(Path.of(saved.photo())), "the photo was copied into the library folder");
    }

    @Test
    void ourVersionOfABundledItemReplacesItAndIsMarked(FxRobot robot) {
        selectInLibrary(robot, "bridge");
        openFromMenuButton(robot, "#copyItem", "copyOverride");
        Stage form = formWindow();
        assertFalse(robot.lookup("#formId").queryTextInputControl().isEditable(), "it keeps the bundled id");
        robot.doubleClickOn("#formName").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Bridge (our way)");
        fillIn(robot, "#formAuthor", "Sam Physio");
        robot.clickOn("#formSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(form.isShowing());
        Library.Entry entry = model.library().library().entry("bridge").orElseThrow();
        assertTrue(entry.overridesBundled());
        assertEquals("Bridge (our way)", entry.item().title());
        selectInLibrary(robot, "bridge");
        assertFalse(robot.lookup("#editItem").queryButton().isDisabled(), "our own version can be edited");
        robot.interact(() -> model.library().queryProperty().set("our way"));
        Node cell = robot.lookup("#libraryList .list-cell").match(node -> node instanceof Labeled l
                && l.getAccessibleText() != null && l.getAccessibleText().startsWith("Bridge (our way)")).query();
        assertTrue(((Labeled) cell).getAccessibleText().contains("overrides the bundled item"),
                ((Labeled) cell).getAccessibleText());
    }

    @Test
    void aHandoutSavedAsATemplateStartsTheNextOne(FxRobot robot) {
        robot.interact(() -> {
            model.editing().add(model.editing().library().find("bridge").orElseThrow());
            model.editing().add(model.editing().library().find("clam").orElseThrow());
        });
        robot.clickOn("File").clickOn("Save as template\u2026");
        robot.lookup("#templateTitle").queryTextInputControl().clear();
        robot.clickOn("#templateTitle").write("Hip clinic start");
        robot.clickOn("#templateDescription").write("What we give most people at the hip clinic.");
        robot.clickOn("Save template");
        WaitForAsyncUtils.waitForFxEvents();
        List<UserTemplates.Entry> templates = model.sharing().templates();
        assertEquals("Hip clinic start", templates.get(templates.size() - 1).template().title());

        robot.clickOn("File").clickOn("New\u2026");
        robot.clickOn("Don't save");
        ListView<?> list = robot.lookup("#templateList").queryListView();
        robot.interact(() -> {
            list.getSelectionModel().selectLast();
            list.scrollTo(list.getItems().size() - 1);
        });
        Node last = robot.lookup("#templateList .list-cell").match(node -> node instanceof Labeled l
                && l.getAccessibleText() != null && l.getAccessibleText().startsWith("Hip clinic start")).query();
        assertTrue(((Labeled) last).getAccessibleText().contains("your template"));
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("bridge", "clam"), refs());
    }

    @Test
    void aPackIsExportedAndImportedAfterShowingWhatItAdds(FxRobot robot) throws Exception {
        selectInLibrary(robot, "clam");
        openFromMenuButton(robot, "#copyItem", "copyAsNew");
        fillIn(robot, "#formAuthor", "Sam Physio");
        robot.clickOn("#formSave");
        WaitForAsyncUtils.waitForFxEvents();
        Path pack = dataDir.resolve("ours.zip");
        packFiles.add(pack);
        robot.clickOn("File").clickOn("Export library pack\u2026");
        robot.clickOn("Choose where to save\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(pack) > 100);

        // The same pack into a clean library: the item is deleted first, then imported again.
        LibraryItem copy = model.library().library().find("clam-our-version").orElseThrow();
        robot.interact(() -> model.content().delete(copy, error -> { }));
        assertFalse(model.library().library().contains("clam-our-version"));
        packFiles.add(pack);
        robot.clickOn("File").clickOn("Import library pack\u2026");
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertNotNull(question);
        assertTrue(question.getContentText().contains("clam-our-version"), question.getContentText());
        assertTrue(question.getHeaderText().contains("1 new item(s)"), question.getHeaderText());
        robot.clickOn("Import");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.library().library().contains("clam-our-version"));
    }
}
