package org.handoutstudio.layout;

import java.util.Optional;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.library.Exercise;

/** Supplies an exercise's illustration. Layout stays independent of how figures are made. */
@FunctionalInterface
public interface FigureSource {

    FigureSource NONE = exercise -> Optional.empty();

    Optional<Drawing> drawingFor(Exercise exercise);

    /** Draws every exercise in {@code library} once, so later calls find them ready (a cache warms up). */
    default void drawAll(org.handoutstudio.library.Library library) {
        library.items().stream().filter(Exercise.class::isInstance).map(Exercise.class::cast).forEach(this::drawingFor);
    }
}
