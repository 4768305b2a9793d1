package org.handoutstudio.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The toolbar under the menus: New, Open, Save, Undo and Redo as icons (each named for screen
 * readers and with its shortcut in the tooltip), the handout's card layout, then the two things a
 * clinician came to do, Export PDF and Print, as labelled primary buttons.
 */
final class MainToolbar {

    private MainToolbar() {
    }

    static ToolBar create(EditorViewModel model, FileActions files, EditorMenus.WindowActions window) {
        HandoutDocument document = model.editing().document();
        Button newHandout = icon("toolNew", Material2MZ.NOTE_ADD, "toolbar.new", files::newHandout);
        Button open = icon("toolOpen", Material2AL.FOLDER_OPEN, "toolbar.open", files::open);
        Button save = icon("toolSave", Material2MZ.SAVE, "toolbar.save", () -> files.save(false));
        Button undo = icon("toolUndo", Material2MZ.UNDO, "toolbar.undo", document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        Button redo = icon("toolRedo", Material2MZ.REDO, "toolbar.redo", document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());

        LayoutChoice layout = new LayoutChoice(model.editing());
        Label layoutLabel = new Label(Messages.get("toolbar.layout"));
        layoutLabel.setLabelFor(layout);
        layoutLabel.setMnemonicParsing(true);

        Button export = labelled("toolExport", Material2MZ.PICTURE_AS_PDF, "toolbar.export", files::export);
        Button print = labelled("toolPrint", Material2MZ.PRINT, "toolbar.print", window::print);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(newHandout, open, save, new Separator(Orientation.VERTICAL), undo, redo, new Separator(Orientation.VERTICAL), layoutLabel, layout,
                spacer, export, print);
        bar.setId("mainToolbar");
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Button icon(String id, Ikon ikon, String key, Runnable action) {
        Button button = new Button(null, new FontIcon(ikon));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setAccessibleText(Messages.get(key));
        Tooltips.install(button, Messages.get(key + ".tooltip"));
        button.setFocusTraversable(true);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Button labelled(String id, Ikon ikon, String key, Runnable action) {
        Button button = new Button(Messages.get(key), new FontIcon(ikon));
        button.setId(id);
        button.setContentDisplay(ContentDisplay.LEFT);
        button.getStyleClass().add("accent");
        button.setMnemonicParsing(false);
        Tooltips.install(button, Messages.get(key + ".tooltip"));
        button.setOnAction(event -> action.run());
        return button;
    }
}
