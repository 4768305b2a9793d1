package org.handoutstudio.ui.preview;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** What a canvas shows, for tests that compare painters pixel by pixel. */
public final class CanvasPixels {

    private CanvasPixels() {
    }

    /** The canvas's pixels as ARGB, row by row. Call on the JavaFX thread. */
    public static int[] of(Canvas canvas) {
        WritableImage image = canvas.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = reader.getArgb(x, y);
            }
        }
        return pixels;
    }
}
