package org.handoutstudio.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.LibraryLoader;

/** The JavaFX application: builds the main window around an {@link EditorViewModel}. */
public final class EditorApp extends Application {

    public static final String TITLE = "Handout Studio";

    /** Opens the editor and returns when its window closes. */
    public static void open(String[] args) {
        Application.launch(EditorApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        EditorViewModel model = new EditorViewModel(LibraryLoader.bundled(), FigureSource.NONE, new FxTaskExecutor());
        show(stage, model);
    }

    /** Builds the window for a model; tests call this with their own model and executor. */
    public static MainView show(Stage stage, EditorViewModel model) {
        MainView view = new MainView(model);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(EditorApp.class.getResource("editor.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
