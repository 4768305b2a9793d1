package org.handoutstudio.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window back as it was left ({@link WindowState}): place and size (if that place is
 * still on a screen), maximised, the panes' dividers and the preview's zoom; and notes them again
 * when the window closes.
 */
final class WindowMemory {

    private WindowMemory() {
    }

    /** Before the stage is shown: its size and place. */
    static void restoreBounds(Stage stage, WindowState state) {
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        if (state.x() != null && state.y() != null
                && !Screen.getScreensForRectangle(state.x(), state.y(), Math.min(state.width(), 200), 40).isEmpty()) {
            stage.setX(state.x());
            stage.setY(state.y());
        } else {
            stage.centerOnScreen();
        }
        if (state.maximised()) {
            stage.setMaximized(true);
        }
    }

    /** The window's arrangement: dividers and the preview's zoom. */
    static void restoreView(MainView view, WindowState state) {
        view.areas().setDividerPositions(state.dividers().get(0), state.dividers().get(1));
        view.previewPane().zoomProperty().set(state.zoom());
        view.previewPane().twoPagesProperty().set(state.twoPages());
    }

    /** How the window is now, keeping the un-maximised size while it is maximised. */
    static WindowState capture(Stage stage, MainView view, WindowState before) {
        double[] dividers = view.areas().getDividerPositions();
        Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return before.withBounds(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight(), stage.isMaximized())
                .withDividers(dividers.length == 2 ? List.of(dividers[0], dividers[1]) : before.dividers())
                .withZoom(view.previewPane().zoomProperty().get(), view.previewPane().twoPagesProperty().get());
    }

    /** Writes {@code state} into {@code folder}; a failure only loses the window's arrangement. */
    static void save(WindowState state, Path folder) {
        try {
            state.write(folder);
        } catch (IOException e) {
            // Nothing of the user's work is lost: the window opens at its default size next time.
        }
    }
}
