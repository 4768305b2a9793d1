package org.handoutstudio.ui;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.handoutstudio.library.ItemType;

/** The menu bar: File, Edit, Settings and Help, with their keyboard shortcuts. */
final class EditorMenus {

    /** What the menus do that the window, not a view model, provides. */
    interface WindowActions {
        void print();

        void editBranding();

        void focusLibrarySearch();

        void showAbout();
    }

    private EditorMenus() {
    }

    static MenuBar create(EditorViewModel model, FileActions files, WindowActions window, ContentActions content) {
        HandoutDocument document = model.editing().document();
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menu.new", "Shortcut+N", files::newHandout),
                item("menu.open", "Shortcut+O", files::open),
                recentMenu(model, files),
                new SeparatorMenuItem(),
                item("menu.save", "Shortcut+S", () -> files.save(false)),
                item("menu.saveAs", "Shortcut+Shift+S", () -> files.save(true)),
                item("menu.saveAsTemplate", null, content::saveAsTemplate),
                new SeparatorMenuItem(),
                item("menu.newExercise", null, () -> content.newItem(ItemType.EXERCISE)),
                item("menu.newAdvice", null, () -> content.newItem(ItemType.ADVICE)),
                item("menu.newSafetyNetting", null, () -> content.newItem(ItemType.SAFETY_NETTING)),
                item("menu.exportPack", null, content::exportPack),
                item("menu.importPack", null, content::importPack),
                new SeparatorMenuItem(),
                item("menu.export", "Shortcut+E", files::export),
                item("menu.print", "Shortcut+P", window::print));
        Menu edit = new Menu(Messages.get("menu.edit"));
        MenuItem undo = item("menu.undo", "Shortcut+Z", document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("menu.redo", "Shortcut+Y", document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        MenuItem redoAlt = item("menu.redo", "Shortcut+Shift+Z", document::redo);
        redoAlt.setVisible(false);
        edit.getItems().addAll(undo, redo, redoAlt, new SeparatorMenuItem(),
                item("menu.find", "Shortcut+F", window::focusLibrarySearch));
        Menu settings = new Menu(Messages.get("menu.settings"));
        settings.getItems().add(item("menu.branding", null, window::editBranding));
        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().add(item("menu.about", null, window::showAbout));
        MenuBar bar = new MenuBar(file, edit, settings, help);
        bar.setId("menuBar");
        return bar;
    }

    private static Menu recentMenu(EditorViewModel model, FileActions files) {
        Menu recent = new Menu(Messages.get("menu.recent"));
        Runnable refresh = () -> {
            recent.getItems().clear();
            for (String path : model.settingsProperty().get().recentFiles()) {
                MenuItem entry = new MenuItem(Path.of(path).getFileName().toString());
                entry.setMnemonicParsing(false);
                entry.setOnAction(event -> files.openRecent(Path.of(path)));
                recent.getItems().add(entry);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.settingsProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        return recent;
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
