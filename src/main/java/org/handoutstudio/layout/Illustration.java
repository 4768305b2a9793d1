package org.handoutstudio.layout;

import java.nio.file.Path;
import java.util.Optional;
import org.handoutstudio.io.RasterImage;
import org.handoutstudio.io.RasterImages;
import org.handoutstudio.library.Exercise;

/** An exercise's picture at its printed height, and how to place it on a page. */
record Illustration(double height, Illustration.Placement placement) {

    @FunctionalInterface
    interface Placement {
        PageItem at(double x, double y, StructNode figure);
    }

    /**
     * The clinician's own photo if the exercise has a usable one, else its drawing (mirrored for the
     * left side), scaled to
     * {@code width} and at most {@code maxPhotoHeight} or {@code maxDrawingHeight}; empty when
     * there is neither.
     */
    static Optional<Illustration> of(Exercise exercise, FigureSource figures, boolean mirrored, double width,
                                     double maxPhotoHeight, double maxDrawingHeight) {
        if (exercise.photo() != null && !exercise.photo().isBlank()) {
            try {
                RasterImage image = RasterImages.load(Path.of(exercise.photo()), width, maxPhotoHeight);
                double scale = Math.min(width / image.pixelWidth(), maxPhotoHeight / image.pixelHeight());
                double w = image.pixelWidth() * scale;
                double h = image.pixelHeight() * scale;
                return Optional.of(new Illustration(h, (x, y, figure) -> new PageItem.Picture(x, y, w, h, image, figure)));
            } catch (RasterImages.ImageException e) {
                // Reported when the library loaded; the drawing is the documented fallback.
            }
        }
        return figures.drawingFor(exercise, mirrored).map(art -> {
            double scale = Math.min(width / art.width(), maxDrawingHeight / art.height());
            return new Illustration(art.height() * scale, (x, y, figure) -> new PageItem.Graphic(x, y, scale, art, figure));
        });
    }
}
