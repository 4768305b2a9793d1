package org.handoutstudio.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.print.PrinterJob;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Theme;
import org.handoutstudio.ui.preview.PreviewPane;

/**
 * The main window: menus and toolbar, library | handout | preview, hints and status. F6 and
 * Shift+F6 move between the three panes; a handout file dropped anywhere on it opens.
 */
public final class MainView extends BorderPane implements EditorMenus.WindowActions, ViewMenu.Actions {

    private final EditorViewModel model;
    private final DialogService dialogs;
    private final FileActions files;
    private final LibraryPane library;
    private final OutlinePane outline;
    private final PreviewArea preview;
    private final ContentActions content;
    private final SplitPane areas;
    private final PaneFocus panes;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();

    public MainView(EditorViewModel model) {
        this(model, null);
    }

    /** With the dialogs to use (tests answer them themselves); null for the window's own. */
    MainView(EditorViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(this);
        setId("mainView");
        getStyleClass().add("main-view");
        outline = new OutlinePane(model.editing());
        content = new ContentActions(model, this, this.dialogs);
        library = new LibraryPane(model.library(), model.editing(), () -> outline.itemList().getSelectionModel().selectLast(),
                content, model.content());
        library.getStyleClass().add("editor-pane");
        files = new FileActions(model, this.dialogs, library::focusSearch);
        preview = new PreviewArea(model);
        ScrollPane handout = scroll(outline);
        handout.setId("handoutScroll");
        handout.getStyleClass().add("editor-pane");
        areas = new SplitPane(library, handout, preview);
        areas.setId("areas");
        areas.setDividerPositions(0.24, 0.52);
        MenuBar menus = EditorMenus.create(model, files, this, content);
        menus.getMenus().add(2, ViewMenu.create(this));
        setTop(new VBox(menus, MainToolbar.create(model, files, this)));
        setCenter(areas);
        setBottom(new StatusArea(model));
        panes = new PaneFocus(this, List.of(library, handout, preview), List.of(library::focusSearch,
                () -> outline.itemList().requestFocus(), () -> preview.pane().requestFocus()));
        wireSelection();
        FileDrop.openHandouts(this, files);
        darkTheme.set(model.settingsProperty().get().themeOrDefault() == Theme.DARK);
        darkTheme.addListener((o, a, dark) -> {
            Theme theme = dark ? Theme.DARK : Theme.LIGHT;
            if (model.settingsProperty().get().themeOrDefault() != theme) {
                model.settingsProperty().set(model.settingsProperty().get().withTheme(theme));
                model.saveSettings();
            }
            Themes.apply(theme);
        });
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

    /**
     * Selecting an item in the handout, or editing the selected one, shows it in the preview;
     * clicking a card in the preview selects its item (without scrolling the preview away from
     * where the click was).
     */
    private void wireSelection() {
        boolean[] fromPreview = {false};
        MultipleSelectionModel<HandoutItem> selection = outline.itemList().getSelectionModel();
        selection.selectedItemProperty().addListener((o, a, b) -> {
            if (!fromPreview[0]) {
                preview.scrollToItem(selection.getSelectedIndex());
            }
        });
        preview.setOnItemClicked(index -> {
            fromPreview[0] = true;
            try {
                outline.itemList().getSelectionModel().select(index);
                outline.itemList().scrollTo(index);
            } finally {
                fromPreview[0] = false;
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

    @Override
    public void zoomIn() {
        preview.pane().zoomIn();
    }

    @Override
    public void zoomOut() {
        preview.pane().zoomOut();
    }

    @Override
    public void resetZoom() {
        preview.pane().zoomProperty().set(PreviewPane.FIT_WIDTH);
    }

    @Override
    public BooleanProperty twoPagesProperty() {
        return preview.pane().twoPagesProperty();
    }

    @Override
    public void focusPane(int step) {
        panes.move(step);
    }

    @Override
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    void error(String message) {
        dialogs.showError(message);
    }

    /** Library rows paint their illustrations only when this is true (see LibraryPane). */
    BooleanProperty thumbnailsShownProperty() {
        return library.thumbnailsShownProperty();
    }

    /** The library list shows its rows only when this is true (see LibraryPane). */
    BooleanProperty libraryRowsShownProperty() {
        return library.rowsShownProperty();
    }

    EditorViewModel model() {
        return model;
    }

    SplitPane areas() {
        return areas;
    }

    PreviewPane previewPane() {
        return preview.pane();
    }

    static StringExpression titleOf(EditorViewModel model) {
        HandoutDocument document = model.editing().document();
        return Bindings.createStringBinding(model.files()::windowTitle, document.fileProperty(), document.dirtyProperty());
    }
}
