package org.handoutstudio.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.ui.EditorStartupHooks;
import org.junit.jupiter.api.Test;

class EditorWarmUpsTest {

    /** Records what the tuning asked of the editor. */
    private static final class Recorder implements EditorStartupHooks.StartingEditor {
        final List<String> asked = new ArrayList<>();
        final CountDownLatch thumbnails = new CountDownLatch(1);

        @Override
        public void readStylesheets() {
            asked.add("stylesheets");
        }

        @Override
        public void showThumbnails() {
            asked.add("thumbnails");
            thumbnails.countDown();
        }

        @Override
        public void close() {
            asked.add("close");
        }
    }

    @Test
    void drawsEveryExerciseOnceAndNothingElse() {
        Library library = LibraryLoader.bundled();
        List<String> drawn = new ArrayList<>();
        FigureSource recording = exercise -> {
            drawn.add(exercise.id());
            return Optional.empty();
        };
        EditorWarmUps.drawEveryFigure(recording, library);
        List<String> exercises = library.items().stream().filter(Exercise.class::isInstance).map(item -> item.id()).toList();
        assertEquals(exercises, drawn);
        assertFalse(drawn.isEmpty(), "the bundled library has exercises");
    }

    @Test
    void stylesheetsAreReadOnlyWhileTheLibraryIsStillLoading() {
        EditorWarmUps tuning = new EditorWarmUps(FigureSource.NONE);
        Recorder editor = new Recorder();
        tuning.whileLibraryLoads(CompletableFuture.completedFuture(null), editor);
        assertEquals(List.of(), editor.asked);
        tuning.whileLibraryLoads(new CompletableFuture<>(), editor);
        assertEquals(List.of("stylesheets"), editor.asked);
    }

    @Test
    void theLibraryWaitsForTheFirstFrameAndThumbnailsForTheFigures() throws Exception {
        EditorWarmUps tuning = new EditorWarmUps(FigureSource.NONE);
        assertTrue(tuning.deferLibrary());
        Recorder editor = new Recorder();
        tuning.afterFirstFrame(Library.of(List.of()), editor);
        assertTrue(editor.thumbnails.await(10, TimeUnit.SECONDS), "thumbnails shown once the figures are drawn");
        assertEquals(List.of("thumbnails"), editor.asked);
    }

    @Test
    void theUntunedEditorShowsTheLibraryAtOnce() {
        assertFalse(EditorStartupHooks.NONE.deferLibrary());
    }
}
