package org.handoutstudio.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The View menu: the preview's zoom (Ctrl+plus, Ctrl+minus, Ctrl+0), two pages side by side,
 * moving between the window's three panes (F6, Shift+F6) and the dark theme.
 */
final class ViewMenu {

    /** What the menu does; the main window provides it. */
    interface Actions {
        void zoomIn();

        void zoomOut();

        void resetZoom();

        BooleanProperty twoPagesProperty();

        void focusPane(int step);

        BooleanProperty darkThemeProperty();
    }

    private ViewMenu() {
    }

    static Menu create(Actions actions) {
        Menu view = new Menu(Messages.get("menu.view"));
        view.setId("viewMenu");
        CheckMenuItem twoPages = new CheckMenuItem(Messages.get("menu.twoPages"));
        twoPages.selectedProperty().bindBidirectional(actions.twoPagesProperty());
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.darkTheme"));
        dark.selectedProperty().bindBidirectional(actions.darkThemeProperty());
        view.getItems().addAll(
                item("menu.zoomIn", shortcut(KeyCode.PLUS), actions::zoomIn),
                hidden("menu.zoomIn", shortcut(KeyCode.EQUALS), actions::zoomIn),
                hidden("menu.zoomIn", shortcut(KeyCode.ADD), actions::zoomIn),
                item("menu.zoomOut", shortcut(KeyCode.MINUS), actions::zoomOut),
                hidden("menu.zoomOut", shortcut(KeyCode.SUBTRACT), actions::zoomOut),
                item("menu.zoomReset", shortcut(KeyCode.DIGIT0), actions::resetZoom),
                hidden("menu.zoomReset", shortcut(KeyCode.NUMPAD0), actions::resetZoom),
                twoPages,
                new SeparatorMenuItem(),
                item("menu.nextPane", new KeyCodeCombination(KeyCode.F6), () -> actions.focusPane(1)),
                item("menu.previousPane", new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN),
                        () -> actions.focusPane(-1)),
                new SeparatorMenuItem(),
                dark);
        return view;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** Another key for the same action (Ctrl+= is Ctrl+plus without Shift); not shown. */
    private static MenuItem hidden(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = item(key, accelerator, action);
        item.setVisible(false);
        return item;
    }
}
