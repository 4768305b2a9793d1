package org.handoutstudio.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline for the editor's start-up target: a bare JavaFX "hello" window, timed from process
 * start to its first frame exactly as the editor's start-up probe does.
 */
public class HelloWindow extends Application {

    /** Started through a plain class, like Handout Studio's own Launcher, so the class path works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Hello"), 1360, 860));
        stage.show();
        org.handoutstudio.ui.FirstFrame.then(stage.getScene(), () -> {
            // Wall-clock time, for the caller to subtract its own launch time from: the process start
            // time the JDK reports is rounded to the boot clock's second on some Linux kernels.
            System.out.println("first-frame-at " + System.currentTimeMillis());
            Platform.exit();
        });
    }
}
