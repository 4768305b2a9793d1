package org.handoutstudio.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.handoutstudio.figures.ExerciseFigures;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.ui.EditorApp;
import org.handoutstudio.ui.EditorViewModel;
import org.handoutstudio.ui.FxTaskExecutor;

/**
 * Measures how long the preview takes to show an edit: from a dosage change in the editor to the
 * repainted pages, through the real background executor, on a typical template. Ten warm-up
 * edits, then thirty measured. Run under a display, e.g.
 * {@code xvfb-run java -cp <test classpath> 'org.handoutstudio.bench.PreviewLatencyProbe$Main'}.
 */
public class PreviewLatencyProbe extends Application {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;

    private final List<Double> millis = new ArrayList<>();
    private EditorViewModel model;
    private long started;
    private int edit;
    /** Whether an edit is waiting for its pages: later page changes (none expected) are not timed. */
    private boolean waiting;

    public static final class Main {
        public static void main(String[] args) {
            Application.launch(PreviewLatencyProbe.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        model = new EditorViewModel(LibraryLoader.bundled(), ExerciseFigures.bundled(), new FxTaskExecutor());
        EditorApp.show(stage, model);
        model.newHandout(Templates.find("acute-low-back-pain").orElseThrow());
        model.pagesProperty().addListener((observable, before, after) -> {
            if (started == 0) {
                Platform.runLater(this::nextEdit);
                return;
            }
            if (!waiting) {
                return;
            }
            waiting = false;
            // Listeners registered earlier (the preview) have repainted; let the pulse render too.
            Platform.runLater(() -> {
                double elapsed = (System.nanoTime() - started) / 1e6;
                if (edit > WARM_UP) {
                    millis.add(elapsed);
                }
                nextEdit();
            });
        });
    }

    private void nextEdit() {
        if (edit == WARM_UP + MEASURED) {
            millis.sort(null);
            System.out.printf("preview update after an edit: median %.1f ms, p90 %.1f ms, max %.1f ms (%d edits)%n",
                    millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.get(millis.size() - 1),
                    millis.size());
            Platform.exit();
            return;
        }
        edit++;
        int index = 2; // the first exercise card of the template
        waiting = true;
        started = System.nanoTime();
        model.setDosage(index, new Dosage(5 + edit % 7, null, null, null, null, null, null, null, null, null));
    }
}
