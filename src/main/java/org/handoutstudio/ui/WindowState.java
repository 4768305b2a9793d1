package org.handoutstudio.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handoutstudio.io.AtomicFiles;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.SafeFiles;

/**
 * Where the window was and how it was arranged when it last closed: its place and size (or
 * maximised), the dividers between the library, handout and preview, and the preview's zoom and
 * page arrangement. Kept in {@code window.json} in the data folder, beside the settings and
 * written the same way (atomically); a missing or damaged file gives the defaults, since this is
 * only a convenience.
 *
 * @param zoom     the preview's zoom: a fraction of real size, or a fit mode (PreviewPane's FIT_ values)
 * @param dividers the split between the three panes, as fractions of the window's width
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WindowState(Double x, Double y, double width, double height, boolean maximised, List<Double> dividers,
                   double zoom, boolean twoPages) {

    static final String FILE = "window.json";
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;
    static final WindowState DEFAULT = new WindowState(null, null, 1360, 860, false, List.of(0.24, 0.52), -1, false);

    WindowState {
        dividers = dividers == null || dividers.size() != 2 ? DEFAULT_DIVIDERS : List.copyOf(dividers);
        width = Math.max(MIN_WIDTH, width);
        height = Math.max(MIN_HEIGHT, height);
    }

    private static final List<Double> DEFAULT_DIVIDERS = List.of(0.24, 0.52);

    WindowState withZoom(double newZoom, boolean newTwoPages) {
        return new WindowState(x, y, width, height, maximised, dividers, newZoom, newTwoPages);
    }

    WindowState withDividers(List<Double> newDividers) {
        return new WindowState(x, y, width, height, maximised, newDividers, zoom, twoPages);
    }

    WindowState withBounds(double newX, double newY, double newWidth, double newHeight, boolean newMaximised) {
        return newMaximised ? new WindowState(x, y, width, height, true, dividers, zoom, twoPages)
                : new WindowState(newX, newY, newWidth, newHeight, false, dividers, zoom, twoPages);
    }

    static WindowState read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        try (InputStream in = SafeFiles.open(file, 64 * 1024)) {
            return Json.read(in, WindowState.class, file.toString());
        } catch (IOException | RuntimeException damaged) {
            return DEFAULT;
        }
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        byte[] json = Json.mapper().writeValueAsBytes(this);
        AtomicFiles.write(folder.resolve(FILE), out -> out.write(json), true);
    }
}
