package org.handoutstudio.ui.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.layout.Page;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.layout.PageList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Repainting only what an edit changed leaves the canvas exactly as painting the whole page would. */
@ExtendWith(ApplicationExtension.class)
class PartialRepaintTest {

    /** An odd scale, so edges fall between pixels. */
    private static final double SCALE = 1.37;

    private final PageList pages = TestHandouts.layout(Handout.blank("Partial repaint").withItems(
            List.of(HandoutItem.of("bridge"), HandoutItem.of("back-pain-when-to-get-help"))));
    private final Page before = pages.pages().get(0);

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aChangedLineIsRepaintedExactlyAsAWholePageWouldBe(FxRobot robot) {
        Page after = withText(before, 3, "Hold for 9 seconds, then rest");
        int[] partly = pixels(robot, g -> {
            FxPagePainter.paint(g, before, pages.pageWidth(), pages.pageHeight(), 0, 0, SCALE);
            return FxPagePainter.repaintChanged(g, before, after, pages.pageWidth(), pages.pageHeight(), SCALE);
        });
        int[] whole = pixels(robot, g -> {
            FxPagePainter.paint(g, after, pages.pageWidth(), pages.pageHeight(), 0, 0, SCALE);
            return true;
        });
        int[] old = pixels(robot, g -> {
            FxPagePainter.paint(g, before, pages.pageWidth(), pages.pageHeight(), 0, 0, SCALE);
            return true;
        });
        assertFalse(Arrays.equals(old, whole), "the edit changes the page");
        assertArrayEquals(whole, partly);
    }

    @Test
    void pagesWhoseItemsDoNotPairUpAreLeftForAWholeRepaint(FxRobot robot) {
        List<PageItem> more = new ArrayList<>(before.items());
        more.add(more.get(3));
        Page after = new Page(before.number(), more);
        int[] old = pixels(robot, g -> {
            FxPagePainter.paint(g, before, pages.pageWidth(), pages.pageHeight(), 0, 0, SCALE);
            return true;
        });
        int[] untouched = pixels(robot, g -> {
            FxPagePainter.paint(g, before, pages.pageWidth(), pages.pageHeight(), 0, 0, SCALE);
            return !FxPagePainter.repaintChanged(g, before, after, pages.pageWidth(), pages.pageHeight(), SCALE);
        });
        assertArrayEquals(old, untouched);
    }

    /** A page with the {@code n}th text run's words replaced. */
    private static Page withText(Page page, int n, String text) {
        List<PageItem> items = new ArrayList<>(page.items());
        int seen = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof PageItem.TextRun run && seen++ == n) {
                items.set(i, new PageItem.TextRun(run.x(), run.baseline(), text, run.face(), run.size(), run.colour(),
                        run.width(), run.owner()));
                return new Page(page.number(), items);
            }
        }
        throw new AssertionError("no text run " + n);
    }

    /** Paints with {@code painting} (which must say true) on a fresh canvas and reads its pixels. */
    private int[] pixels(FxRobot robot, Predicate<GraphicsContext> painting) {
        int width = (int) Math.ceil(pages.pageWidth() * SCALE);
        int height = (int) Math.ceil(pages.pageHeight() * SCALE);
        int[] pixels = new int[width * height];
        robot.interact(() -> {
            Canvas canvas = new Canvas(width, height);
            assertTrue(painting.test(canvas.getGraphicsContext2D()), "painted as asked");
            WritableImage image = canvas.snapshot(null, null);
            PixelReader reader = image.getPixelReader();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    pixels[y * width + x] = reader.getArgb(x, y);
                }
            }
        });
        return pixels;
    }
}
