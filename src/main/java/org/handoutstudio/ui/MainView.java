package org.handoutstudio.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.print.PrinterJob;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/** The main window: menus, library | handout | preview, hints and status. */
public final class MainView extends BorderPane implements EditorMenus.WindowActions {

    private final EditorViewModel model;
    private final DialogService dialogs;
    private final FileActions files;
    private final LibraryPane library;
    private final PreviewArea preview;
    private final ContentActions content;

    public MainView(EditorViewModel model) {
        this(model, null);
    }

    /** With the dialogs to use (tests answer them themselves); null for the window's own. */
    MainView(EditorViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(this);
        OutlinePane outline = new OutlinePane(model.editing());
        content = new ContentActions(model, this, this.dialogs);
        library = new LibraryPane(model.library(), model.editing(), () -> outline.itemList().getSelectionModel().selectLast(),
                content, model.content());
        files = new FileActions(model, this.dialogs, library::focusSearch);
        preview = new PreviewArea(model);
        SplitPane areas = new SplitPane(library, scroll(outline), preview);
        areas.setDividerPositions(0.24, 0.52);
        setTop(EditorMenus.create(model, files, this, content));
        setCenter(areas);
        setBottom(new StatusArea(model));
        outline.itemList().getSelectionModel().selectedIndexProperty().addListener((o, a, b) ->
                preview.scrollToItem(b.intValue()));
        // One history for the whole handout: text fields would otherwise undo their own typing and
        // leave the document's redo steps unreachable.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isShortcutDown()) {
                return;
            }
            HandoutDocument document = model.editing().document();
            if (event.getCode() == KeyCode.Z && !event.isShiftDown()) {
                document.undo();
                event.consume();
            } else if (event.getCode() == KeyCode.Y || event.getCode() == KeyCode.Z && event.isShiftDown()) {
                document.redo();
                event.consume();
            }
        });
    }

    private static ScrollPane scroll(Region content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        return pane;
    }

    FileActions files() {
        return files;
    }

    ContentActions content() {
        return content;
    }

    @Override
    public void print() {
        print(PrinterJob.createPrinterJob());
    }

    /** Prints with {@code job}; null means no printer is installed. */
    void print(PrinterJob job) {
        Printing.print(model.preview().pagesProperty().get(), job, getScene().getWindow(), dialogs);
    }

    @Override
    public void editBranding() {
        BrandingDialog.edit(getScene().getWindow(), model.settingsProperty().get()).ifPresent(settings -> {
            model.settingsProperty().set(settings);
            model.saveSettings();
        });
    }

    @Override
    public void focusLibrarySearch() {
        library.focusSearch();
    }

    @Override
    public void showAbout() {
        AboutDialog.show(getScene().getWindow());
    }

    void error(String message) {
        dialogs.showError(message);
    }

    /** Library rows paint their illustrations only when this is true (see LibraryPane). */
    BooleanProperty thumbnailsShownProperty() {
        return library.thumbnailsShownProperty();
    }

    EditorViewModel model() {
        return model;
    }

    static StringExpression titleOf(EditorViewModel model) {
        HandoutDocument document = model.editing().document();
        return Bindings.createStringBinding(model.files()::windowTitle, document.fileProperty(), document.dirtyProperty());
    }
}
