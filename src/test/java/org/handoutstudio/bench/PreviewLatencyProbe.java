package org.handoutstudio.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.ui.EditorApp;
import org.handoutstudio.ui.EditorViewModel;
import org.handoutstudio.ui.FxTaskExecutor;

/**
 * Measures how long the preview takes to show an edit: from a dosage change in the editor to the
 * repainted pages, through the real background executor, on a typical template, with the edited
 * card selected and so in view. Ten warm-up
 * edits, then thirty measured, in a window of the editor's first size or (outer size) of
 * {@code -Dprobe.window=WIDTHxHEIGHT}: under a software renderer (Xvfb, remote desktops) each frame
 * copies the whole window, so the figure grows with it. Run under a display, e.g.
 * {@code xvfb-run java -cp <test classpath> 'org.handoutstudio.bench.PreviewLatencyProbe$Main'}.
 */
public class PreviewLatencyProbe extends Application {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;
    /** The first exercise card of the template. */
    private static final int EDITED = 2;

    private final List<Double> millis = new ArrayList<>();
    /** From the edit to the new pages reaching the FX thread: the background layout and the hand-over. */
    private final List<Double> laidOut = new ArrayList<>();
    private EditorViewModel model;
    private Stage stage;
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
        this.stage = stage;
        Workspace workspace = Workspace.load(new AppFolders(Path.of(System.getProperty("java.io.tmpdir"),
                "handout-studio-preview-probe")));
        model = new EditorViewModel(workspace, new FxTaskExecutor(), Clock.systemDefaultZone());
        EditorApp.show(stage, model);
        String[] window = System.getProperty("probe.window", "").split("[xX]");
        if (window.length == 2) {
            stage.setWidth(Double.parseDouble(window[0]));
            stage.setHeight(Double.parseDouble(window[1]));
        }
        model.files().newHandout(Templates.find("acute-low-back-pain").orElseThrow());
        model.preview().pagesProperty().addListener((observable, before, after) -> {
            if (started == 0) {
                // The edited card selected, as a user's would be: the preview keeps it in view.
                ((ListView<?>) stage.getScene().lookup("#handoutItems")).getSelectionModel().select(EDITED);
                Platform.runLater(this::nextEdit);
                return;
            }
            if (!waiting) {
                return;
            }
            waiting = false;
            double ready = (System.nanoTime() - started) / 1e6;
            // Listeners registered earlier (the preview) have repainted; let the pulse render too.
            Platform.runLater(() -> {
                double elapsed = (System.nanoTime() - started) / 1e6;
                if (edit > WARM_UP) {
                    millis.add(elapsed);
                    laidOut.add(ready);
                }
                nextEdit();
            });
        });
    }

    private void nextEdit() {
        if (edit == WARM_UP + MEASURED) {
            millis.sort(null);
            laidOut.sort(null);
            System.out.printf("preview update after an edit: median %.1f ms, p90 %.1f ms, max %.1f ms (%d edits, %.0fx%.0f"
                    + " window); laid out and handed to the FX thread: median %.1f ms%n",
                    millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.get(millis.size() - 1),
                    millis.size(), stage.getWidth(), stage.getHeight(), laidOut.get(laidOut.size() / 2));
            Platform.exit();
            return;
        }
        edit++;
        waiting = true;
        started = System.nanoTime();
        model.editing().setDosage(EDITED, new Dosage(5 + edit % 7, null, null, null, null, null, null, null, null, null));
    }
}
