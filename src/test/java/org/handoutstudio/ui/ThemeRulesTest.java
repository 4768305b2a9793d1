package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.handoutstudio.library.ItemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The build drops the theme rules that name a style class no code here sets (build/ThemeRules.java,
 * which reports the classes it found unset). Here every node of the editor (an exercise open, the
 * date picker's calendar, the layout choices and a menu showing) and of the item form, branding
 * dialog, template chooser, an error message and the own-text question is checked: none may carry
 * one of those classes, or it would be left unstyled.
 */
class ThemeRulesTest extends EditorWindowFixture {

    private static Set<String> unset;

    @BeforeAll
    static void readReports() throws IOException {
        unset = new TreeSet<>();
        for (String theme : List.of("primer-light", "primer-dark")) {
            Path report = Path.of("target", "theme-rules", theme + ".txt");
            assertTrue(Files.exists(report), report + " is written by the build (mvn process-classes)");
            unset.addAll(Files.readAllLines(report).stream().filter(line -> !line.isBlank()).toList());
            assertNotNull(Themes.class.getResource("themes/" + theme + ".bss"), "the build compiles the kept rules of " + theme);
        }
        // AtlantaFX's own styles and the JavaFX controls the app never makes: a few to show the report is real.
        assertTrue(unset.containsAll(List.of("button-outlined", "split-menu-button", "titled-pane")), unset.toString());
    }

    @Start
    void start(Stage stage) {
        openEditor(stage);
    }

    @Test
    void theEditorWithAnExerciseOpenAndAMenuShowingUsesOnlyStyledClasses(FxRobot robot) {
        robot.clickOn("#librarySearch").write("clam");
        robot.interact(() -> robot.lookup("#libraryList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#addToHandout");
        robot.interact(() -> robot.lookup("#handoutItems").queryListView().getSelectionModel().select(0));
        robot.clickOn("#newItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertNoUnsetClasses(robot, 2);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theCalendarAndTheLayoutChoicesUseOnlyStyledClasses(FxRobot robot) {
        robot.interact(() -> robot.lookup("#patientDate").queryAs(DatePicker.class).show());
        WaitForAsyncUtils.waitForFxEvents();
        assertNoUnsetClasses(robot, 2);
        robot.interact(() -> robot.lookup("#patientDate").queryAs(DatePicker.class).hide());
        robot.interact(() -> robot.lookup("#exerciseLayout").queryAs(ChoiceBox.class).show());
        WaitForAsyncUtils.waitForFxEvents();
        assertNoUnsetClasses(robot, 2);
        robot.interact(() -> robot.lookup("#exerciseLayout").queryAs(ChoiceBox.class).hide());
    }

    @Test
    void theItemFormUsesOnlyStyledClasses(FxRobot robot) {
        assertNoUnsetClassesWhileOpen(robot, () -> view.content().newItem(ItemType.EXERCISE));
    }

    @Test
    void theBrandingDialogUsesOnlyStyledClasses(FxRobot robot) {
        assertNoUnsetClassesWhileOpen(robot, view::editBranding);
    }

    @Test
    void anErrorMessageAndTheOwnTextQuestionUseOnlyStyledClasses(FxRobot robot) {
        assertNoUnsetClassesWhileOpen(robot, () -> view.error("The file could not be read."));
        assertNoUnsetClassesWhileOpen(robot, () -> robot.lookup("#addText").queryButton().fire());
    }

    @Test
    void theTemplateChooserUsesOnlyStyledClasses(FxRobot robot) {
        assertNoUnsetClassesWhileOpen(robot, () -> view.files().newHandout());
    }

    /** Opens a dialog (which waits for its answer), checks every window, then closes the dialog. */
    private void assertNoUnsetClassesWhileOpen(FxRobot robot, Runnable open) {
        Platform.runLater(open);
        WaitForAsyncUtils.waitForFxEvents();
        assertNoUnsetClasses(robot, 2);
        robot.interact(() -> Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertNoUnsetClasses(FxRobot robot, int atLeastWindows) {
        TreeMap<String, String> found = new TreeMap<>();
        int[] windows = {0};
        robot.interact(() -> Window.getWindows().stream().filter(Window::isShowing).forEach(window -> {
            windows[0]++;
            collect(window.getScene().getRoot(), found);
        }));
        assertTrue(windows[0] >= atLeastWindows, "the dialog or menu opened: " + windows[0] + " windows");
        assertFalse(found.isEmpty());
        Set<String> unstyled = found.keySet().stream().filter(unset::contains).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unstyled, () -> unstyled.stream().map(found::get).collect(Collectors.joining("; ")));
    }

    /** Every style class in the tree, with a node that carries it. */
    private static void collect(Node node, TreeMap<String, String> found) {
        node.getStyleClass().forEach(styleClass -> found.putIfAbsent(styleClass, styleClass + " on " + node));
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
