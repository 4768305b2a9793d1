package org.handoutstudio.figures;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.Exercise;

/**
 * Supplies each exercise's illustration to layout: the bundled figure named by the exercise's
 * {@code figure} field, drawn once and cached (solving poses takes a few milliseconds, and the
 * preview lays out after every keystroke). An exercise whose figure is missing or broken gets
 * no illustration; {@link #problem} says why, for validation.
 */
public final class ExerciseFigures implements FigureSource {

    private static final ExerciseFigures BUNDLED = new ExerciseFigures();

    /** Marks a cache key as the mirrored drawing; figure ids never contain it. */
    private static final String MIRRORED = "|mirrored";

    private final Map<String, Optional<Drawing>> drawings = new ConcurrentHashMap<>();

    private ExerciseFigures() {
    }

    public static ExerciseFigures bundled() {
        return BUNDLED;
    }

    @Override
    public Optional<Drawing> drawingFor(Exercise exercise) {
        return drawingFor(exercise, false);
    }

    @Override
    public Optional<Drawing> drawingFor(Exercise exercise, boolean mirrored) {
        String id = exercise.figure();
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return drawingOf(id, mirrored);
    }

    /** Bundled figure {@code id}, turned for the left side when {@code mirrored}; empty when it cannot be drawn. */
    public Optional<Drawing> drawingOf(String id, boolean mirrored) {
        return drawings.computeIfAbsent(mirrored ? id + MIRRORED : id, key -> {
            try {
                return Optional.of(FigureRenderer.render(FigureCatalogue.loadScene(id), mirrored, Palette.DEFAULT_ACCENT));
            } catch (FigureException e) {
                return Optional.empty();
            }
        });
    }

    /** Why an exercise's figure cannot be drawn, or empty when it can (or it names none). */
    public static Optional<String> problem(Exercise exercise) {
        if (exercise.figure() == null || exercise.figure().isBlank()) {
            return Optional.empty();
        }
        try {
            FigureCatalogue.load(exercise.figure());
            return Optional.empty();
        } catch (FigureException e) {
            return Optional.of(e.getMessage());
        }
    }
}
