package org.handoutstudio.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once a scene's first frame has been laid out and handed to the renderer. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code action} once on the FX thread, right after the scene's first pulse: its first
     * frame is then on its way to the screen. Start-up probes (the editor's and the hello window's)
     * and work that must not delay that frame use it.
     */
    public static void then(Scene scene, Runnable action) {
        boolean[] fired = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!fired[0]) {
                fired[0] = true;
                // Not removed here: the scene is still walking its listeners.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
