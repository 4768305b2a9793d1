package org.handoutstudio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.Theme;
import org.handoutstudio.library.LibrarySearch;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The JavaFX application: the main window, autosave every 30 seconds, and recovery after a crash. */
public final class EditorApp extends Application {

    public static final String TITLE = "Handout Studio";
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);

    /**
     * What start-up reads before the window can show: the workspace (settings and library), the
     * library's search index, and any handout a crash left unsaved.
     */
    private record Loaded(Workspace workspace, LibrarySearch search, Optional<Handout> recoverable, WindowState window) { }

    private static CompletableFuture<Loaded> loading;
    private static EditorStartupHooks hooks = EditorStartupHooks.NONE;

    /** Held so the filter set on it lasts: the logging system keeps its loggers only weakly. */
    private static Logger javafxLog;
    /** Set when start-up tuning closes the editor after its first frame: nothing more is offered. */
    private static volatile boolean closing;

    /** Opens the editor and returns when its window closes. */
    public static void open(String[] args, EditorStartupHooks startupHooks) {
        hooks = startupHooks;
        hooks.reached("main");
        // Read the library on the second core while JavaFX starts up on the first.
        loading = CompletableFuture.supplyAsync(EditorApp::load);
        quietClassPathWarning();
        Application.launch(EditorApp.class, args);
    }

    /**
     * JavaFX warns on every start that it was loaded from the class path. That is deliberate here
     * (see Launcher), so on a terminal the warning is only noise; JavaFX's other warnings still show.
     * Called before JavaFX starts, so JavaFX's logger is this one (earlier, it would get a stand-in),
     * and after the library has started loading, which needs no logging.
     */
    static void quietClassPathWarning() {
        javafxLog = Logger.getLogger("javafx");
        javafxLog.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration")); // not UI text
    }

    private static Loaded load() {
        Workspace workspace = Workspace.load(AppFolders.standard());
        LibrarySearch search = new LibrarySearch(workspace.library().items());
        var loaded = new Loaded(workspace, search, DocumentFilesModel.recoverable(workspace.library(), workspace.folders()),
                WindowState.read(workspace.folders().dataDir()));
        hooks.reached("library");
        return loaded;
    }

    /** The editor's own stylesheet. */
    public static String stylesheet() {
        return EditorApp.class.getResource("editor.css").toExternalForm();
    }

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @Override
    public void stop() {
        executor.shutdown();
    }

    @Override
    public void start(Stage stage) {
        hooks.reached("start");
        // AtlantaFX's stylesheet replaces Modena's before any scene reads either.
        Themes.apply(Theme.LIGHT);
        CompletableFuture<Loaded> pending = loading != null ? loading : CompletableFuture.supplyAsync(EditorApp::load);
        hooks.whileLibraryLoads(pending, new StartingEditor(null));
        Loaded loaded = pending.join();
        Workspace workspace = loaded.workspace();
        EditorViewModel model = new EditorViewModel(workspace, loaded.search(), executor, Clock.systemDefaultZone());
        model.files().newHandout(null); // today's date and the clinician's defaults from settings
        MainView view = new MainView(model);
        hooks.reached("view");
        view.thumbnailsShownProperty().set(!hooks.deferLibrary());
        view.libraryRowsShownProperty().set(!hooks.deferLibrary());
        WindowState window = loaded.window();
        WindowMemory.restoreBounds(stage, window);
        WindowMemory.restoreView(view, window);
        show(stage, view, window.width(), window.height());
        hooks.reached("shown");
        // A first start (nothing recent, nothing to recover, no file named) begins by choosing a template.
        boolean firstStart = workspace.settings().recentFiles().isEmpty() && loaded.recoverable().isEmpty()
                && getParameters().getRaw().isEmpty();
        FirstFrame.then(stage.getScene(), () -> {
            hooks.reached("frame");
            Platform.runLater(() -> view.libraryRowsShownProperty().set(true));
            hooks.afterFirstFrame(workspace.library(), new StartingEditor(view));
            if (firstStart && !closing) {
                Platform.runLater(() -> view.files().newHandout());
            }
        });
        if (!workspace.libraryProblems().isEmpty()) {
            view.error(Messages.format("app.libraryProblems",
                    String.join("\n", workspace.libraryProblems().stream().limit(5).map(p -> p.describe()).toList())));
        }
        offerRecovery(stage, model, loaded.recoverable());
        getParameters().getRaw().stream().findFirst().ifPresent(file -> view.files().openFile(Path.of(file)));
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, event -> model.files().autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        stage.setOnCloseRequest(event -> {
            event.consume();
            view.files().confirmDiscard(() -> {
                autosave.stop();
                WindowMemory.save(WindowMemory.capture(stage, view, window), workspace.folders().dataDir());
                model.files().deleteAutosave();
                stage.close();
                Platform.exit();
            });
        });
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Platform.runLater(() ->
                view.error(Messages.format("app.failure", failure))));
    }

    /** What the start-up tuning may ask of this editor. */
    private record StartingEditor(MainView view) implements EditorStartupHooks.StartingEditor {
        @Override
        public void readStylesheets() {
            // An icon too: Ikonli finds its icon fonts and loads the one the toolbar uses.
            Label sample = new Label(null, new FontIcon(Material2MZ.SAVE));
            Scene scratch = new Scene(sample);
            scratch.getStylesheets().add(stylesheet());
            sample.applyCss();
        }

        @Override
        public void showThumbnails() {
            Platform.runLater(() -> view.thumbnailsShownProperty().set(true));
        }

        @Override
        public void close() {
            closing = true;
            Platform.exit();
        }
    }

    private static void offerRecovery(Stage stage, EditorViewModel model, Optional<Handout> recoverable) {
        recoverable.ifPresent(handout -> Platform.runLater(() -> {
            ButtonType recover = new ButtonType(Messages.get("recovery.recover"), ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType(Messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("recovery.text"), recover, discard);
            alert.initOwner(stage);
            alert.setHeaderText(Messages.get("recovery.header"));
            alert.showAndWait().ifPresent(answer -> {
                if (answer == recover) {
                    model.files().recover(handout);
                } else {
                    model.files().deleteAutosave();
                }
            });
        }));
    }

    /** Shows a window for {@code model} in {@code stage} (benchmarks use this with their own model). */
    public static MainView show(Stage stage, EditorViewModel model) {
        return show(stage, new MainView(model));
    }

    /** Shows {@code view} in {@code stage}; tests call this with a view of their own model. */
    static MainView show(Stage stage, MainView view) {
        return show(stage, view, WindowState.DEFAULT.width(), WindowState.DEFAULT.height());
    }

    private static MainView show(Stage stage, MainView view, double width, double height) {
        EditorViewModel model = view.model();
        Themes.apply(model.settingsProperty().get().themeOrDefault());
        Scene scene = new Scene(view, width, height);
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setMinHeight(WindowState.MIN_HEIGHT);
        scene.getStylesheets().add(stylesheet());
        stage.titleProperty().bind(MainView.titleOf(model));
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
