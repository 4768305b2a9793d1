package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.pdf.PdfExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drag and drop, keyboard-only use (focus order, mnemonics, tooltips) and printing. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a stuck drag must fail the test, not hang the build
class EditorKeyboardDragPrintTest extends EditorWindowFixture {

    @Start
    void start(Stage stage) {
        openEditor(stage);
    }

    private void search(FxRobot robot, String query) {
        robot.clickOn("#librarySearch").eraseText(40).write(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The visible row showing item {@code index}: lookup order is not row order in a virtual list. */
    private static Node row(FxRobot robot, String list, int index) {
        return robot.lookup(list + " .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getIndex() == index && cell.isVisible() && !cell.isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no visible row " + index + " in " + list));
    }

    private Node firstResultCell(FxRobot robot) {
        return row(robot, "#libraryList", 0);
    }

    // ---- drag and drop ---------------------------------------------------------------------------

    @Test
    void draggingFromTheLibraryAddsTheItemWhereItIsDropped(FxRobot robot) {
        search(robot, "bridge");
        robot.drag(firstResultCell(robot), MouseButton.PRIMARY).dropTo("#handoutItems");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("bridge"), refs());

        // Dropped on the first row, the new item goes in above it.
        search(robot, "clam");
        Node firstRow = row(robot, "#handoutItems", 0);
        robot.drag(firstResultCell(robot), MouseButton.PRIMARY).dropTo(firstRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("clam", "bridge"), refs());
    }

    @Test
    void draggingARowReordersTheHandoutAndCanBeUndone(FxRobot robot) {
        for (String id : List.of("bridge", "clam", "knee-rolls")) {
            robot.interact(() -> model.editing().add(model.editing().library().find(id).orElseThrow()));
        }
        assertEquals(List.of("bridge", "clam", "knee-rolls"), refs());
        // Upwards: dropped on the first row, the third lands above it, and stays selected.
        robot.drag(row(robot, "#handoutItems", 2), MouseButton.PRIMARY).dropTo(row(robot, "#handoutItems", 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("knee-rolls", "bridge", "clam"), refs());
        assertEquals(0, robot.lookup("#handoutItems").queryListView().getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("bridge", "clam", "knee-rolls"), refs());

        // Downwards: dropped on the third row, the first lands above it (second place), not below.
        robot.drag(row(robot, "#handoutItems", 0), MouseButton.PRIMARY).dropTo(row(robot, "#handoutItems", 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("clam", "bridge", "knee-rolls"), refs());
    }

    // ---- keyboard only ---------------------------------------------------------------------------

    @Test
    void aProgrammeCanBeBuiltWithTheKeyboardAlone(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertEquals("librarySearch", focusedId(robot));
        robot.write("bridge").type(KeyCode.DOWN);
        assertEquals("libraryList", focusedId(robot));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("bridge"), refs());

        // Escape clears the search; Down and Enter add the first result again (a second item).
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("clam").type(KeyCode.ESCAPE);
        assertEquals("", model.library().queryProperty().get());
        robot.write("clam").type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("bridge", "clam"), refs());

        // Label mnemonics reach the handout's fields: Alt+T is the title.
        robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        assertEquals("handoutTitle", focusedId(robot));
        robot.eraseText(60).write("Knee programme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Knee programme", model.editing().handoutProperty().get().title());
    }

    @Test
    void datesAreTypedAndShownDayFirst(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT);
        assertEquals("patientDate", focusedId(robot));
        robot.eraseText(12).write("3/12/2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.time.LocalDate.of(2026, 12, 3), model.editing().handoutProperty().get().patient().date());
        javafx.scene.control.DatePicker date = robot.lookup("#patientDate").queryAs(javafx.scene.control.DatePicker.class);
        assertEquals("03/12/2026", date.getEditor().getText());
    }

    @Test
    void tabVisitsTheLibraryThenTheHandoutThenThePreviewInOrder(FxRobot robot) {
        robot.interact(() -> model.editing().add(model.editing().library().find("bridge").orElseThrow()));
        robot.clickOn("#librarySearch");
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 40 && !"preview".equals(focusedId(robot)); i++) {
            robot.type(KeyCode.TAB);
            String id = focusedId(robot);
            if (id != null && !visited.contains(id)) {
                visited.add(id);
            }
        }
        List<String> expected = List.of("typeFilter", "regionFilter", "positionFilter", "equipmentFilter", "libraryList",
                "handoutTitle", "patientName", "patientDate", "clinician", "clinicianRole", "nextAppointment",
                "moreInfoUrl", "handoutItems", "addText", "previousPage", "nextPage", "zoom", "twoPages", "diary",
                "inkSaver", "preview");
        assertEquals(expected, visited.stream().filter(expected::contains).toList(), "focus order: " + visited);
    }

    @Test
    void everyMenuHasAMnemonicAndEveryControlIsNamedForScreenReaders(FxRobot robot) {
        robot.interact(() -> {
            model.editing().add(model.editing().library().find("bridge").orElseThrow());
            robot.lookup("#handoutItems").queryListView().getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            assertTrue(menu.getText().contains("_"), "menu without a mnemonic: " + menu.getText());
            for (MenuItem item : menu.getItems()) {
                if (item.getText() != null && !(item instanceof javafx.scene.control.SeparatorMenuItem) && item.isVisible()) {
                    assertTrue(item.getText().contains("_") || !item.isMnemonicParsing(),
                            "menu item without a mnemonic: " + item.getText());
                }
            }
        }
        List<String> unnamed = new ArrayList<>();
        collect(stage.getScene().getRoot(), unnamed);
        assertEquals(List.of(), unnamed, "controls a screen reader or tooltip cannot name");
    }

    @Test
    void tooltipsAreReadableAtOnceAndShowWhenThePointerComes(FxRobot robot) {
        robot.moveTo("#handoutTitle"); // away from the button, whatever the test before left
        Button add = robot.lookup("#addText").queryButton();
        assertEquals(Messages.get("handout.addText.tooltip"), add.getAccessibleHelp());
        assertNull(add.getTooltip(), "the tooltip is made when first needed");
        robot.moveTo(add);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(add.getTooltip(), "the pointer on the button installs its tooltip");
        assertEquals(add.getAccessibleHelp(), add.getTooltip().getText());
    }

    /** Buttons need words or a tooltip; inputs need a label pointing at them, a prompt or accessible text. */
    private static void collect(Node node, List<String> unnamed) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button) {
            boolean words = button.getText() != null && button.getText().chars().anyMatch(Character::isLetter);
            if (!words && button.getTooltip() == null && button.getAccessibleText() == null
                    && button.getAccessibleHelp() == null && button.getId() != null) {
                unnamed.add("button " + button.getId());
            }
        }
        if ((node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof ListView<?>)
                && node.getId() != null && !"list-view".equals(node.getId()) && !labelled(node)) { // list-view: a pop-up's own list
            unnamed.add(node.getClass().getSimpleName() + " " + node.getId());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, unnamed));
        }
    }

    private static boolean labelled(Node node) {
        if (node.getAccessibleText() != null) {
            return true;
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null && !input.getPromptText().isBlank()) {
            return true;
        }
        if (node instanceof ComboBoxBase<?> box && box.getPromptText() != null) {
            return true;
        }
        Parent root = node.getScene().getRoot();
        return labelFor(root, node);
    }

    private static boolean labelFor(Node at, Node target) {
        if (at instanceof Label label && label.getLabelFor() == target) {
            return true;
        }
        if (at instanceof ListView<?> && at == target) {
            return false;
        }
        if (at instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (labelFor(child, target)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String focusedId(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = robot.window(0).getScene().getFocusOwner();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent();
        }
        return owner == null ? null : owner.getId();
    }

    // ---- printing --------------------------------------------------------------------------------

    @Test
    void printingPaintsExactlyTheExportedPagesScaledToThePaper(FxRobot robot) throws Exception {
        for (String id : List.of("bridge", "clam", "knee-rolls", "sit-to-stand", "heel-raises", "hamstring-stretch", "bird-dog", "cat-stretch")) {
            model.editing().library().find(id).ifPresent(item -> robot.interact(() -> model.editing().add(item)));
        }
        PageList pages = model.preview().pagesProperty().get();
        assertTrue(pages.pages().size() >= 2, "a programme long enough for two pages");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfExporter.write(pages, pdf);
        int exported;
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            exported = document.getNumberOfPages();
        }

        // A4 printable area of a typical printer, in points, narrower than the page itself.
        double width = 559;
        double height = 806;
        List<Canvas> printed = new ArrayList<>();
        robot.interact(() -> printed.addAll(Printing.printablePages(pages, width, height)));
        assertEquals(exported, printed.size());
        for (Canvas page : printed) {
            assertTrue(page.getWidth() <= width + 0.01 && page.getHeight() <= height + 0.01, "fits the printable area");
            assertEquals(pages.pageWidth() / pages.pageHeight(), page.getWidth() / page.getHeight(), 0.001, "not distorted");
            assertTrue(EditorWindowTest.countInk(robot, page) > 500, "every printed page has content");
        }
    }

    @Test
    void printingWithoutAPrinterSaysSo(FxRobot robot) {
        robot.interact(() -> view.print(null));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.listWindows().stream().filter(Window::isShowing)
                .map(window -> window.getScene().getRoot()).filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast).findFirst().orElse(null);
        assertNotNull(dialog, "an error dialog");
        assertEquals(Messages.get("print.unavailable"), dialog.getContentText());
        robot.interact(() -> ((Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
    }
}
