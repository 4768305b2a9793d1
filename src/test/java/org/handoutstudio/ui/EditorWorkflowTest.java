package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.UserTemplates;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.Bookmark;
import org.handoutstudio.ui.preview.PreviewPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editor as issue 19 asks for it: a handout from the template chooser to a PDF with the
 * keyboard alone, F6 between the panes, a handout file dropped on the window, a click on a card
 * selecting its item, and the preview's zoom from the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EditorWorkflowTest {

    @TempDir
    Path dataDir;
    Stage stage;
    EditorViewModel model;
    MainView view;
    final List<Path> exported = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<EventType<?>> mouseEvents = new ArrayList<>();

    /** The window's own template chooser (a real dialog, driven by keys); file choosers answered here. */
    private final class Answers implements DialogService {
        @Override
        public Optional<Path> chooseHandoutToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseHandoutToSave(String suggestedName) {
            return Optional.of(dataDir.resolve(suggestedName));
        }

        @Override
        public Optional<Path> choosePdfToExport(String suggestedName) {
            return Optional.of(dataDir.resolve(suggestedName));
        }

        @Override
        public Optional<Optional<Template>> chooseTemplate(List<UserTemplates.Entry> templates, SharingModel sharing) {
            return TemplateChooser.choose(stage, templates, sharing);
        }

        @Override
        public Optional<Path> choosePackToExport(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> choosePackToImport() {
            return Optional.empty();
        }

        @Override
        public UnsavedChoice askAboutUnsavedChanges() {
            return UnsavedChoice.DISCARD;
        }

        @Override
        public MissingSafetyNettingChoice askAboutMissingSafetyNetting() {
            return MissingSafetyNettingChoice.EXPORT_ANYWAY;
        }

        @Override
        public void showError(String message) {
            errors.add(message);
        }

        @Override
        public void showExported(Path pdf) {
            exported.add(pdf);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Workspace workspace = Workspace.load(new AppFolders(dataDir));
        model = new EditorViewModel(workspace, TaskExecutor.synchronous(), TestEditor.CLOCK);
        view = EditorApp.show(stage, new MainView(model, new Answers()));
        // Every window's mouse presses and clicks are counted, dialogs' included.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::countMouse);
            }
        });
        Window.getWindows().forEach(this::countMouse);
    }

    private void countMouse(Window window) {
        window.addEventFilter(MouseEvent.ANY, event -> {
            if (event.getEventType() != MouseEvent.MOUSE_MOVED && event.getEventType() != MouseEvent.MOUSE_ENTERED
                    && event.getEventType() != MouseEvent.MOUSE_EXITED && event.getEventType() != MouseEvent.MOUSE_ENTERED_TARGET
                    && event.getEventType() != MouseEvent.MOUSE_EXITED_TARGET) {
                mouseEvents.add(event.getEventType());
            }
        });
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String focusedId(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = robot.window(0).getScene().getFocusOwner();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent();
        }
        return owner == null ? null : owner.getId();
    }

    @Test
    void fromTheTemplateChooserToAnExportedPdfWithTheKeyboardAlone(FxRobot robot) throws Exception {
        // Ctrl+N opens the chooser with the list focused: Down picks the first template, Enter starts it.
        robot.interact(() -> stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.N);
        robot.release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#templateList").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> templates = robot.lookup("#templateList").queryListView();
        assertTrue(templates.isFocused(), "the chooser's list has the keyboard");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Template first = Templates.bundled().get(0);
        assertEquals(first.title(), model.editing().handoutProperty().get().title());
        int items = model.editing().handoutProperty().get().items().size();

        // Ctrl+F, type, Down into the results, Enter adds the first.
        shortcut(robot, KeyCode.F);
        robot.write("clam").type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(items + 1, model.editing().handoutProperty().get().items().size());

        // The patient's name through its mnemonic, then the cards' layout from the toolbar's (Alt+C).
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        assertEquals("patientName", focusedId(robot));
        robot.write("Sam");
        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        assertEquals("exerciseLayout", focusedId(robot));

        // Ctrl+E exports, to the file the (answered) file chooser gives.
        shortcut(robot, KeyCode.E);
        assertEquals(List.of(), errors);
        assertEquals(1, exported.size());
        byte[] pdf = Files.readAllBytes(exported.get(0));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("Sam", model.editing().handoutProperty().get().patient().name());
        assertEquals(List.of(), mouseEvents, "no mouse event from start to PDF");
    }

    @Test
    void f6AndShiftF6GoRoundTheThreePanes(FxRobot robot) {
        robot.interact(() -> model.editing().add(model.editing().library().find("bridge").orElseThrow()));
        robot.clickOn("#librarySearch");
        robot.type(KeyCode.F6);
        assertEquals("handoutItems", focusedId(robot));
        robot.type(KeyCode.F6);
        assertEquals("preview", focusedId(robot));
        robot.type(KeyCode.F6);
        assertEquals("librarySearch", focusedId(robot));
        robot.press(KeyCode.SHIFT, KeyCode.F6).release(KeyCode.F6, KeyCode.SHIFT);
        assertEquals("preview", focusedId(robot));
        // Back in a pane, the focus returns where it was.
        robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        assertEquals("handoutTitle", focusedId(robot));
        robot.type(KeyCode.F6).type(KeyCode.F6).type(KeyCode.F6);
        assertEquals("handoutTitle", focusedId(robot));
    }

    @Test
    void aHandoutFileDroppedOnTheWindowOpens(FxRobot robot) throws Exception {
        Path file = dataDir.resolve("dropped" + HandoutFiles.EXTENSION);
        HandoutFiles.writeHandout(file, Templates.find("acute-low-back-pain").orElseThrow().toHandout());
        // A file dragged from the desktop: here the status bar's page count starts the drag, carrying the file.
        Label source = robot.lookup("#statusPages").queryAs(Label.class);
        robot.interact(() -> source.setOnDragDetected(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(file.toFile()));
            source.startDragAndDrop(TransferMode.COPY).setContent(content);
            event.consume();
        }));
        robot.drag(source, MouseButton.PRIMARY).dropTo("#preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(file, model.editing().document().fileProperty().get());
        assertTrue(stage.getTitle().contains("dropped"), stage.getTitle());
    }

    @Test
    void clickingACardSelectsItsItemInTheHandout(FxRobot robot) {
        robot.interact(() -> model.files().newHandout(Templates.find("acute-low-back-pain").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        PreviewPane preview = robot.lookup("#preview").queryAs(PreviewPane.class);
        Bookmark second = PreviewItems.startOf(model.preview().pagesProperty().get(),
                model.editing().handoutProperty().get().items(), model.library().library(), 1);
        assertNotNull(second);
        robot.interact(() -> preview.scrollTo(second.pageIndex(), second.y()));
        WaitForAsyncUtils.waitForFxEvents();
        Canvas page = preview.pageCanvases().get(second.pageIndex());
        Point2D at = page.localToScreen(page.getWidth() / 2, (second.y() + 8) * preview.scale());
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#handoutItems").queryListView().getSelectionModel().getSelectedIndex());
        assertEquals(Messages.format("preview.page", second.pageIndex() + 1, preview.pageCanvases().size(),
                model.preview().pagesProperty().get().title()), page.getAccessibleText());
    }

    @Test
    void zoomFromTheKeyboardAndItIsRemembered(FxRobot robot) {
        PreviewPane preview = robot.lookup("#preview").queryAs(PreviewPane.class);
        robot.clickOn("#handoutTitle");
        double fitted = preview.effectiveZoom();
        shortcut(robot, KeyCode.EQUALS);
        assertTrue(preview.zoomProperty().get() > fitted, "Ctrl+= zooms in from " + fitted);
        shortcut(robot, KeyCode.MINUS);
        shortcut(robot, KeyCode.MINUS);
        assertTrue(preview.zoomProperty().get() < fitted, "Ctrl+minus zooms out");
        double zoom = preview.zoomProperty().get();
        robot.interact(() -> preview.twoPagesProperty().set(true));
        WindowState[] state = new WindowState[1];
        robot.interact(() -> state[0] = WindowMemory.capture(stage, view, WindowState.DEFAULT));
        assertEquals(zoom, state[0].zoom());
        assertEquals(true, state[0].twoPages());
        shortcut(robot, KeyCode.DIGIT0);
        assertEquals(PreviewPane.FIT_WIDTH, preview.zoomProperty().get());
    }

    @Test
    void everyMnemonicLetterInTheWindowIsUsedOnce(FxRobot robot) {
        // An exercise selected, so its editor's labels are in the window too.
        robot.interact(() -> {
            model.editing().add(model.editing().library().find("bridge").orElseThrow());
            robot.lookup("#handoutItems").queryListView().getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Map<Character, List<String>> letters = new TreeMap<>();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        bar.getMenus().forEach(menu -> note(menu.getText(), letters));
        collectMnemonics(stage.getScene().getRoot(), letters);
        letters.values().removeIf(users -> users.size() < 2);
        assertEquals(Map.of(), letters, "letters two labels share: only the first would ever work");
        assertTrue(robot.lookup("#dosage-daysPerWeek").tryQuery().isPresent());
    }

    private static void collectMnemonics(Node node, Map<Character, List<String>> letters) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof MenuBar) {
            return; // its menus are counted once, from the bar
        }
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing()) {
            note(labeled.getText(), letters);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectMnemonics(child, letters));
        }
    }

    private static void note(String text, Map<Character, List<String>> letters) {
        int mark = text == null ? -1 : text.indexOf('_');
        if (mark >= 0 && mark + 1 < text.length()) {
            letters.computeIfAbsent(Character.toUpperCase(text.charAt(mark + 1)), letter -> new ArrayList<>()).add(text);
        }
    }
}
