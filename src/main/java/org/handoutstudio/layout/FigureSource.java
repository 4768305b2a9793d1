package org.handoutstudio.layout;

import java.util.Optional;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.library.Exercise;

/** Supplies an exercise's illustration. Layout stays independent of how figures are made. */
@FunctionalInterface
public interface FigureSource {

    FigureSource NONE = exercise -> Optional.empty();

    Optional<Drawing> drawingFor(Exercise exercise);

    /** The illustration turned to show the other side, for an exercise done on the left. */
    default Optional<Drawing> drawingFor(Exercise exercise, boolean mirrored) {
        return drawingFor(exercise);
    }

}
