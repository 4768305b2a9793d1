package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;

class FigureSourceTest {

    @Test
    void drawAllAsksForEveryExerciseOnceAndNothingElse() {
        Library library = LibraryLoader.bundled();
        List<String> asked = new ArrayList<>();
        FigureSource recording = exercise -> {
            asked.add(exercise.id());
            return Optional.empty();
        };
        recording.drawAll(library);
        List<String> exercises = library.items().stream().filter(Exercise.class::isInstance).map(item -> item.id()).toList();
        assertEquals(exercises, asked);
        assertFalse(asked.isEmpty(), "the bundled library has exercises");
    }
}
