package org.handoutstudio.startup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handoutstudio.figures.ExerciseFigures;
import org.handoutstudio.figures.FigureCatalogue;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.pdf.PrewrittenFigures;

/**
 * Run by the build after compiling: writes every bundled figure, both ways round, as the PDF
 * painter writes it ({@link PrewrittenFigures}), into the folder {@code args[0]} in the classes,
 * so the jar and the tests both have them. A figure that cannot be drawn is left out (validation
 * reports it) and is drawn, or not, as before.
 */
public final class FigurePrewriting {

    private FigurePrewriting() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (String id : FigureCatalogue.bundledIds()) {
            for (boolean mirrored : new boolean[] {false, true}) {
                Optional<Drawing> drawing = ExerciseFigures.bundled().drawingOf(id, mirrored);
                if (drawing.isPresent()) {
                    try (OutputStream file = new BufferedOutputStream(
                            Files.newOutputStream(folder.resolve(PrewrittenFigures.resourceName(id, mirrored))))) {
                        PrewrittenFigures.write(drawing.get(), file);
                    }
                }
            }
        }
    }
}
