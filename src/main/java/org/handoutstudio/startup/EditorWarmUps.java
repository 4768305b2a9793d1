package org.handoutstudio.startup;

import java.util.concurrent.CompletableFuture;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.ui.EditorStartupHooks;

/**
 * The editor's start-up tuning. While the library loads on the second core, the FX thread reads
 * the stylesheets the window needs next. The library's rows fill in just after the first frame,
 * and their thumbnails once every exercise figure has been drawn in the background (solving their
 * poses would otherwise hold the first frame up on a two-core machine); the PDF export warms up
 * then too. With {@code -Dhandoutstudio.startupProbe=true} the editor prints the wall-clock time
 * of its first frame and closes, for {@code bench/startup-ratio.sh} and the training run.
 */
final class EditorWarmUps implements EditorStartupHooks {

    static final String PROBE = "handoutstudio.startupProbe";

    private final FigureSource figures;

    EditorWarmUps(FigureSource figures) {
        this.figures = figures;
    }

    @Override
    public void reached(String step) {
        StartupTrace.mark(step);
    }

    @Override
    public void whileLibraryLoads(CompletableFuture<?> loading, StartingEditor editor) {
        if (!loading.isDone()) {
            editor.readStylesheets();
        }
    }

    @Override
    public boolean deferLibrary() {
        return true;
    }

    @Override
    public void afterFirstFrame(Library library, StartingEditor editor) {
        if (Boolean.getBoolean(PROBE)) {
            System.out.println("first-frame-at " + System.currentTimeMillis());
            editor.close();
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                drawEveryFigure(figures, library);
            } finally {
                editor.showThumbnails();
            }
        }, "figure-warmup");
        thread.setDaemon(true);
        thread.start();
        ExportWarmUp.start();
    }

    /** Draws every exercise's figure once, so later requests find them in the figure cache. */
    static void drawEveryFigure(FigureSource figures, Library library) {
        library.items().stream().filter(Exercise.class::isInstance).map(Exercise.class::cast).forEach(figures::drawingFor);
    }
}
