package org.handoutstudio.ui;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.Notifications;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.layout.Bookmark;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.ui.preview.FxPagePainter;
import org.handoutstudio.ui.preview.PreviewPane;

/** The main window: menus, library | handout | preview, hints and status. */
public final class MainView extends BorderPane {

    private final EditorViewModel model;
    private final LibraryPane library;
    private final OutlinePane outline;
    private final PreviewPane preview = new PreviewPane();
    private final Label pageLabel = new Label();

    public MainView(EditorViewModel model) {
        this.model = model;
        outline = new OutlinePane(model);
        library = new LibraryPane(model, () -> outline.itemList().getSelectionModel().selectLast());
        preview.pagesProperty().bind(model.pagesProperty());
        // Keyboard users reach the pages with Tab and scroll them with the arrow and Page keys.
        preview.setFocusTraversable(true);
        preview.setAccessibleText(Messages.get("preview.heading"));
        // Toolbar first, so Tab reaches the page buttons and zoom before the pages themselves.
        BorderPane previewArea = new BorderPane();
        previewArea.setTop(previewToolbar());
        previewArea.setCenter(preview);

        SplitPane areas = new SplitPane(library, scroll(outline), previewArea);
        areas.setDividerPositions(0.24, 0.52);
        setTop(menus());
        setCenter(areas);
        setBottom(statusBar());
        outline.itemList().getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> scrollPreviewTo(b.intValue()));
        // One history for the whole handout: text fields would otherwise undo their own typing and
        // leave the document's redo steps unreachable.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (!event.isShortcutDown()) {
                return;
            }
            if (event.getCode() == javafx.scene.input.KeyCode.Z && !event.isShiftDown()) {
                model.document().undo();
                event.consume();
            } else if (event.getCode() == javafx.scene.input.KeyCode.Y
                    || event.getCode() == javafx.scene.input.KeyCode.Z && event.isShiftDown()) {
                model.document().redo();
                event.consume();
            }
        });
    }

    private static javafx.scene.control.ScrollPane scroll(Region content) {
        javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        return pane;
    }

    // ---- menus -----------------------------------------------------------------------------------

    private MenuBar menus() {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menu.new", "Shortcut+N", this::newHandout),
                item("menu.open", "Shortcut+O", this::open),
                recentMenu(),
                new SeparatorMenuItem(),
                item("menu.save", "Shortcut+S", () -> save(false)),
                item("menu.saveAs", "Shortcut+Shift+S", () -> save(true)),
                new SeparatorMenuItem(),
                item("menu.export", "Shortcut+E", this::export),
                item("menu.print", "Shortcut+P", this::print));
        Menu edit = new Menu(Messages.get("menu.edit"));
        MenuItem undo = item("menu.undo", "Shortcut+Z", () -> model.document().undo());
        undo.disableProperty().bind(model.document().canUndoProperty().not());
        MenuItem redo = item("menu.redo", "Shortcut+Y", () -> model.document().redo());
        redo.disableProperty().bind(model.document().canRedoProperty().not());
        MenuItem redoAlt = item("menu.redo", "Shortcut+Shift+Z", () -> model.document().redo());
        redoAlt.setVisible(false);
        edit.getItems().addAll(undo, redo, redoAlt, new SeparatorMenuItem(),
                item("menu.find", "Shortcut+F", library::focusSearch));
        Menu settings = new Menu(Messages.get("menu.settings"));
        settings.getItems().add(item("menu.branding", null, this::editBranding));
        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().add(item("menu.about", null, () -> AboutDialog.show(getScene().getWindow())));
        MenuBar bar = new MenuBar(file, edit, settings, help);
        bar.setId("menuBar");
        return bar;
    }

    private Menu recentMenu() {
        Menu recent = new Menu(Messages.get("menu.recent"));
        Runnable refresh = () -> {
            recent.getItems().clear();
            for (String path : model.settingsProperty().get().recentFiles()) {
                MenuItem entry = new MenuItem(Path.of(path).getFileName().toString());
                entry.setMnemonicParsing(false);
                entry.setOnAction(event -> confirmDiscard(() -> model.open(Path.of(path), this::error)));
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

    // ---- preview toolbar and status ---------------------------------------------------------------

    private ToolBar previewToolbar() {
        ComboBox<String> zoom = new ComboBox<>();
        zoom.setId("zoom");
        // The fit choices are words from the bundle; anything else is a percentage.
        String fitWidth = Messages.get("preview.zoom.fitWidth");
        String fitPage = Messages.get("preview.zoom.fitPage");
        zoom.getItems().addAll(fitWidth, fitPage, "50%", "75%", "100%", "150%");
        zoom.setValue(fitWidth);
        zoom.valueProperty().addListener((o, a, b) -> preview.zoomProperty().set(b.equals(fitWidth) ? PreviewPane.FIT_WIDTH
                : b.equals(fitPage) ? PreviewPane.FIT_PAGE : Integer.parseInt(b.replace("%", "")) / 100.0));
        Button previous = new Button("\u25B2");
        previous.setId("previousPage");
        previous.setAccessibleText(Messages.get("preview.previous"));
        Tooltips.install(previous, Messages.get("preview.previous"));
        previous.setOnAction(event -> preview.scrollTo(preview.currentPage() - 1, 0));
        Button next = new Button("\u25BC");
        next.setId("nextPage");
        next.setAccessibleText(Messages.get("preview.next"));
        Tooltips.install(next, Messages.get("preview.next"));
        next.setOnAction(event -> preview.scrollTo(preview.currentPage() + 1, 0));
        pageLabel.setId("pageCount");
        Runnable updatePages = () -> {
            PageList list = model.pagesProperty().get();
            int count = list == null ? 0 : list.pages().size();
            pageLabel.setText(Messages.format("preview.pages", count));
        };
        model.pagesProperty().addListener((o, a, b) -> updatePages.run());
        updatePages.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        zoom.setAccessibleText(Messages.get("preview.zoom"));
        Tooltips.install(zoom, Messages.get("preview.zoom"));
        return new ToolBar(new Label(Messages.get("preview.heading")), spacer, previous, next, pageLabel, zoom);
    }

    /**
     * The status line, and above it the clinician's hints. The hints list and the busy indicator
     * are built the first time they have something to show: a new window shows neither, and
     * each would otherwise cost its first frame a skin.
     */
    private VBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, status);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        VBox area = new VBox(bar);
        Runnable addProgress = () -> bar.getChildren().add(0, progressIndicator());
        Runnable addHints = () -> area.getChildren().add(0, hintsList());
        onceWhen(model.busyProperty(), () -> model.busyProperty().get(), addProgress);
        onceWhen(model.hints(), () -> !model.hints().isEmpty(), addHints);
        return area;
    }

    /** Runs {@code action} once, the first time {@code condition} holds after {@code source} changes (or now). */
    private static void onceWhen(javafx.beans.Observable source, java.util.function.BooleanSupplier condition, Runnable action) {
        if (condition.getAsBoolean()) {
            action.run();
            return;
        }
        source.addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable observable) {
                // Reading the condition also revalidates a property, so the next change fires again.
                if (condition.getAsBoolean()) {
                    source.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private javafx.scene.control.ProgressIndicator progressIndicator() {
        javafx.scene.control.ProgressIndicator progress = new javafx.scene.control.ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        return progress;
    }

    private ListView<String> hintsList() {
        ListView<String> hints = new ListView<>(model.hints());
        hints.setId("hints");
        hints.setAccessibleText(Messages.get("hints.heading"));
        hints.getStyleClass().add("hints");
        Runnable fit = () -> hints.setPrefHeight(Math.min(4, model.hints().size()) * 26 + (model.hints().isEmpty() ? 0 : 4));
        model.hints().addListener((ListChangeListener<String>) change -> fit.run());
        fit.run();
        return hints;
    }

    private void scrollPreviewTo(int itemIndex) {
        PageList list = model.pagesProperty().get();
        if (list == null || itemIndex < 0 || itemIndex >= list.bookmarks().size()) {
            return;
        }
        // Every laid-out item starts with a bookmarked heading; items missing from the library are skipped.
        var items = model.handoutProperty().get().items();
        int bookmarkIndex = (int) items.subList(0, Math.min(itemIndex, items.size())).stream()
                .filter(item -> item.isFreeText() || model.library().contains(item.ref())).count();
        if (bookmarkIndex >= list.bookmarks().size()) {
            return;
        }
        Bookmark bookmark = list.bookmarks().get(bookmarkIndex);
        preview.scrollTo(bookmark.pageIndex(), bookmark.y());
    }

    // ---- actions ---------------------------------------------------------------------------------

    void newHandout() {
        confirmDiscard(() -> TemplateChooser.choose(getScene().getWindow())
                .ifPresent(choice -> model.newHandout(choice.orElse(null))));
    }

    void open() {
        confirmDiscard(this::chooseAndOpen);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.handouts"), "*" + HandoutFiles.EXTENSION));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.open(file.toPath(), this::error);
        }
    }

    void save(boolean askForName) {
        save(askForName, () -> { });
    }

    /** Saves (asking for a name when needed), then runs {@code afterSaved}; not run if cancelled or failed. */
    void save(boolean askForName, Runnable afterSaved) {
        Path file = model.document().fileProperty().get();
        if (file == null || askForName) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("menu.saveAs"));
            chooser.setInitialFileName(model.suggestedFileName(HandoutFiles.EXTENSION));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.handouts"), "*" + HandoutFiles.EXTENSION));
            File chosen = chooser.showSaveDialog(getScene().getWindow());
            if (chosen == null) {
                return;
            }
            file = chosen.toPath();
        }
        model.save(file, this::error, afterSaved);
    }

    void export() {
        if (model.lacksSafetyNetting() && !confirmWithoutSafetyNetting()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.export"));
        chooser.setInitialFileName(model.suggestedFileName(".pdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.pdf"), "*.pdf"));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            model.export(chosen.toPath(), this::exported, this::error);
        }
    }

    /** Asks whether to export a programme that has exercises but no "when to get help". */
    boolean confirmWithoutSafetyNetting() {
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("export.noSafety.text"),
                new ButtonType(Messages.get("export.noSafety.add"), ButtonBar.ButtonData.NO),
                new ButtonType(Messages.get("export.noSafety.continue"), ButtonBar.ButtonData.YES));
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText(Messages.get("export.noSafety.header"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.NO) {
            model.queryProperty().set("");
            model.typeFilterProperty().set(org.handoutstudio.library.ItemType.SAFETY_NETTING);
            library.focusSearch();
            return false;
        }
        return answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.YES;
    }

    private void exported(Path file) {
        Button open = new Button(Messages.get("export.open"));
        open.setOnAction(event -> openExternally(file.toFile()));
        Button folder = new Button(Messages.get("export.folder"));
        folder.setOnAction(event -> openExternally(file.toAbsolutePath().getParent().toFile()));
        Notifications.create().title(Messages.get("export.done")).text(file.getFileName().toString())
                .graphic(new HBox(8, open, folder)).owner(getScene().getWindow()).hideAfter(javafx.util.Duration.seconds(8))
                .show();
    }

    private static void openExternally(File file) {
        new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported()) {
                    Desktop.getDesktop().open(file);
                }
            } catch (Exception e) {
                // The file is written; failing to open a viewer is not worth an error.
            }
        }, "open-file").start();
    }

    /** Prints exactly the laid-out pages through the system print dialog. */
    void print() {
        print(PrinterJob.createPrinterJob());
    }

    /** Prints with {@code job}; null means no printer is installed. */
    void print(PrinterJob job) {
        PageList list = model.pagesProperty().get();
        if (list == null || job == null) {
            error(Messages.get("print.unavailable"));
            return;
        }
        if (!job.showPrintDialog(getScene().getWindow())) {
            return;
        }
        var layout = job.getJobSettings().getPageLayout();
        for (javafx.scene.Node page : printablePages(list, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            if (!job.printPage(page)) {
                error(Messages.get("print.failed"));
                job.cancelJob();
                return;
            }
        }
        job.endJob();
    }

    /**
     * One canvas per laid-out page, painted by the preview's painter from the same PageList the
     * PDF is written from, scaled to fit the printable area (in points) without distortion.
     */
    static java.util.List<javafx.scene.canvas.Canvas> printablePages(PageList list, double printableWidth,
                                                                     double printableHeight) {
        double scale = Math.min(printableWidth / list.pageWidth(), printableHeight / list.pageHeight());
        java.util.List<javafx.scene.canvas.Canvas> pages = new java.util.ArrayList<>();
        for (var page : list.pages()) {
            javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(list.pageWidth() * scale, list.pageHeight() * scale);
            FxPagePainter.paint(canvas.getGraphicsContext2D(), page, list.pageWidth(), list.pageHeight(), 0, 0, scale);
            pages.add(canvas);
        }
        return pages;
    }

    void editBranding() {
        BrandingDialog.edit(getScene().getWindow(), model.settingsProperty().get()).ifPresent(settings -> {
            model.settingsProperty().set(settings);
            model.saveSettings();
        });
    }

    /**
     * Runs {@code proceed} when there are no unsaved changes, or once the user has chosen to
     * discard them or they have been saved (saving runs in the background, so it continues there).
     */
    void confirmDiscard(Runnable proceed) {
        if (!model.document().dirtyProperty().get()) {
            proceed.run();
            return;
        }
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("unsaved.text"), save, discard, ButtonType.CANCEL);
        alert.setHeaderText(Messages.get("unsaved.header"));
        alert.initOwner(getScene().getWindow());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == save) {
            save(false, proceed);
            return;
        }
        model.deleteAutosave();
        proceed.run();
    }

    void error(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText(null);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }

    /** Library rows paint their illustrations only when this is true (see LibraryPane). */
    javafx.beans.property.BooleanProperty thumbnailsShownProperty() {
        return library.thumbnailsShownProperty();
    }

    EditorViewModel model() {
        return model;
    }


    static javafx.beans.binding.StringExpression titleOf(EditorViewModel model) {
        return Bindings.createStringBinding(model::windowTitle, model.document().fileProperty(),
                model.document().dirtyProperty());
    }
}
