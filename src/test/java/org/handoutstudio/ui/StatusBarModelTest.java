package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Readability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's figures, headless: pages, exercises with the long-programme warning, reading level. */
class StatusBarModelTest {

    @TempDir
    Path dataDir;

    @Test
    void pagesExercisesAndReadingFollowTheHandout() {
        EditorViewModel model = TestEditor.model(dataDir);
        StatusBarModel bar = model.statusBar();
        assertEquals("1 page", bar.pagesProperty().get());
        assertEquals("No exercises", bar.exercisesProperty().get());
        model.files().newHandout(Templates.find("acute-low-back-pain").orElseThrow());
        int pages = model.preview().pagesProperty().get().pages().size();
        assertEquals(pages + " pages", bar.pagesProperty().get());
        assertTrue(bar.exercisesProperty().get().matches("\\d+ exercises"), bar.exercisesProperty().get());
        assertFalse(bar.manyExercisesProperty().get());
        assertTrue(bar.readingProperty().get().startsWith("Reading ease "), bar.readingProperty().get());
        assertTrue(bar.readingProperty().get().contains("; hardest: "), bar.readingProperty().get());
        assertTrue(bar.readingDetailProperty().get().startsWith("Flesch Reading Ease "), bar.readingDetailProperty().get());
    }

    @Test
    void moreThanTenExercisesIsSaidInWordsAndMarked() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().library().items().stream().filter(Exercise.class::isInstance).limit(11)
                .forEach(model.editing()::add);
        assertEquals("11 exercises: more than 10", model.statusBar().exercisesProperty().get());
        assertTrue(model.statusBar().manyExercisesProperty().get());
    }

    @Test
    void hardWordsAreCalledHardAndTheirItemNamed() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().addFreeText("Walking", "Walk a little each day. Stop if it hurts a lot. Rest, then try again.");
        model.editing().addFreeText("Rehabilitation", "Physiotherapeutic rehabilitation necessitates individualised, "
                + "progressive, evidence-informed interventions, comprehensively accommodating multidimensional "
                + "biopsychosocial considerations.");
        assertEquals(Readability.Level.HARD, model.statusBar().levelProperty().get());
        assertTrue(model.statusBar().readingProperty().get().contains("(hard); hardest: Rehabilitation"),
                model.statusBar().readingProperty().get());
    }

    @Test
    void anEmptyHandoutHasNoReadingLevelUntilItHasWords() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().setTitle("");
        assertNull(model.statusBar().levelProperty().get());
        assertEquals("", model.statusBar().readingProperty().get());
    }
}
