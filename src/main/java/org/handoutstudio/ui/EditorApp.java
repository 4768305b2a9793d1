package org.handoutstudio.ui;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.StartupTrace;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.LibrarySearch;
import org.handoutstudio.pdf.Warmup;

/** The JavaFX application: the main window, autosave every 30 seconds, and recovery after a crash. */
public final class EditorApp extends Application {

    public static final String TITLE = "Handout Studio";
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);

    /**
     * What start-up reads before the window can show: settings, the library and its search index,
     * and any handout a crash left unsaved.
     */
    private record Loaded(Workspace workspace, LibrarySearch search,
                          java.util.Optional<org.handoutstudio.handout.Handout> recoverable) { }

    private static CompletableFuture<Loaded> loading;

    /** Held so the filter set on it lasts: the logging system keeps its loggers only weakly. */
    private static java.util.logging.Logger javafxLog;

    /** Opens the editor and returns when its window closes. */
    public static void open(String[] args) {
        // Read the library on the second core while JavaFX starts up on the first. Warming up the
        // PDF export waits for the first frame: on two cores it would only slow the window down.
        StartupTrace.mark("main");
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
        javafxLog = java.util.logging.Logger.getLogger("javafx");
        javafxLog.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration")); // not UI text
    }

    private static Loaded load() {
        Workspace workspace = Workspace.load(AppFolders.standard());
        LibrarySearch search = new LibrarySearch(workspace.library().items());
        var loaded = new Loaded(workspace, search, EditorViewModel.recoverable(workspace.library(), workspace.folders()));
        StartupTrace.mark("library");
        return loaded;
    }

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @Override
    public void stop() {
        executor.shutdown();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        CompletableFuture<Loaded> pending = loading != null ? loading : CompletableFuture.supplyAsync(EditorApp::load);
        warmUpStylesWhile(pending);
        Loaded loaded = pending.join();
        Workspace workspace = loaded.workspace();
        EditorViewModel model = new EditorViewModel(workspace.library(), loaded.search(), workspace.figures(), executor,
                workspace.settings(), workspace.folders());
        model.newHandout(null); // today's date and the clinician's defaults from settings
        MainView view = new MainView(model);
        StartupTrace.mark("view");
        // The library's illustrations follow a moment after the window: drawing every figure
        // (solving their poses) would otherwise hold up the first frame on a two-core machine.
        view.thumbnailsShownProperty().set(false);
        show(stage, view);
        StartupTrace.mark("shown");
        FirstFrame.then(stage.getScene(), () -> {
            StartupTrace.mark("frame");
            reportStartupIfAsked();
            drawFiguresThen(workspace.library(), () -> view.thumbnailsShownProperty().set(true));
            Warmup.start();
        });
        if (!workspace.libraryProblems().isEmpty()) {
            view.error(Messages.format("app.libraryProblems",
                    String.join("\n", workspace.libraryProblems().stream().limit(5).map(p -> p.describe()).toList())));
        }
        offerRecovery(stage, model, loaded.recoverable());
        getParameters().getRaw().stream().findFirst()
                .ifPresent(file -> model.open(java.nio.file.Path.of(file), view::error));
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, event -> model.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        stage.setOnCloseRequest(event -> {
            event.consume();
            view.confirmDiscard(() -> {
                autosave.stop();
                model.deleteAutosave();
                stage.close();
                Platform.exit();
            });
        });
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Platform.runLater(() ->
                view.error(Messages.format("app.failure", failure))));
    }

    /**
     * If the library is still loading on the other core, spends the wait on work the window would
     * do next anyway: reading JavaFX's stylesheet (the first control does that) and ours. Both are
     * read once and kept, so the window's own styling pass finds them ready.
     */
    private static void warmUpStylesWhile(CompletableFuture<?> loading) {
        if (loading.isDone()) {
            return;
        }
        javafx.scene.control.Label sample = new javafx.scene.control.Label();
        Scene scratch = new Scene(sample);
        scratch.getStylesheets().add(EditorApp.class.getResource("editor.css").toExternalForm());
        sample.applyCss();
    }

    /**
     * With {@code -Dhandoutstudio.startupProbe=true}, prints the wall-clock time of the window's
     * first frame and exits: {@code bench/startup-ratio.sh} subtracts the time it launched us. (The
     * process start time the JDK reports is rounded to the boot clock's second on some kernels.)
     */
    private static void reportStartupIfAsked() {
        if (Boolean.getBoolean("handoutstudio.startupProbe")) {
            System.out.println("first-frame-at " + System.currentTimeMillis());
            Platform.exit();
        }
    }

    /** Draws every exercise's figure on a background thread, then runs {@code done} on the FX thread. */
    private static void drawFiguresThen(org.handoutstudio.library.Library library, Runnable done) {
        Thread thread = new Thread(() -> {
            try {
                figures().drawAll(library);
            } finally {
                Platform.runLater(done);
            }
        }, "figure-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    static FigureSource figures() {
        return org.handoutstudio.figures.ExerciseFigures.bundled();
    }

    private static void offerRecovery(Stage stage, EditorViewModel model,
                                      java.util.Optional<org.handoutstudio.handout.Handout> recoverable) {
        recoverable.ifPresent(handout -> Platform.runLater(() -> {
            ButtonType recover = new ButtonType(Messages.get("recovery.recover"), ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType(Messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("recovery.text"), recover, discard);
            alert.initOwner(stage);
            alert.setHeaderText(Messages.get("recovery.header"));
            alert.showAndWait().ifPresent(answer -> {
                if (answer == recover) {
                    model.recover(handout);
                } else {
                    model.deleteAutosave();
                }
            });
        }));
    }

    /** Builds the window for a model; tests call this with their own model and executor. */
    public static MainView show(Stage stage, EditorViewModel model) {
        return show(stage, new MainView(model));
    }

    private static MainView show(Stage stage, MainView view) {
        EditorViewModel model = view.model();
        Scene scene = new Scene(view, 1360, 860);
        scene.getStylesheets().add(EditorApp.class.getResource("editor.css").toExternalForm());
        stage.titleProperty().bind(MainView.titleOf(model));
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
