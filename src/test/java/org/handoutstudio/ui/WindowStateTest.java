package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handoutstudio.ui.preview.PreviewPane;
import org.handoutstudio.ui.preview.ZoomSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's arrangement between runs, and the zoom steps, headless. */
class WindowStateTest {

    @TempDir
    Path dataDir;

    @Test
    void sizePlaceDividersAndZoomComeBackAsTheyWereLeft() throws Exception {
        WindowState state = WindowState.DEFAULT.withBounds(40, 30, 1500, 900, false).withDividers(List.of(0.2, 0.6))
                .withZoom(1.25, true);
        state.write(dataDir);
        assertEquals(state, WindowState.read(dataDir));
        assertEquals(List.of(), Files.list(dataDir).filter(file -> file.getFileName().toString().endsWith(".tmp")).toList(),
                "written atomically: no temporary file left");
    }

    @Test
    void aMaximisedWindowKeepsItsOrdinarySizeForLater() {
        WindowState state = WindowState.DEFAULT.withBounds(40, 30, 1500, 900, false).withBounds(0, 0, 1920, 1200, true);
        assertEquals(true, state.maximised());
        assertEquals(1500, state.width());
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults() throws Exception {
        assertEquals(WindowState.DEFAULT, WindowState.read(dataDir));
        Files.writeString(dataDir.resolve(WindowState.FILE), "{\"width\": \"wide\"");
        assertEquals(WindowState.DEFAULT, WindowState.read(dataDir));
        assertEquals(PreviewPane.FIT_WIDTH, WindowState.DEFAULT.zoom());
    }

    @Test
    void aTinyWindowIsMadeUsable() {
        WindowState state = WindowState.DEFAULT.withBounds(0, 0, 10, 10, false);
        assertEquals(WindowState.MIN_WIDTH, state.width());
        assertEquals(WindowState.MIN_HEIGHT, state.height());
    }

    @Test
    void zoomStepsGoUpAndDownFromWhereverTheZoomIs() {
        assertEquals(1.1, ZoomSteps.larger(1.0));
        assertEquals(0.9, ZoomSteps.smaller(1.0));
        assertEquals(1.0, ZoomSteps.larger(0.93), "from a fit zoom, the next step up");
        assertEquals(0.9, ZoomSteps.smaller(0.93));
        assertEquals(ZoomSteps.MAX, ZoomSteps.larger(ZoomSteps.MAX));
        assertEquals(ZoomSteps.MIN, ZoomSteps.smaller(ZoomSteps.MIN));
    }
}
