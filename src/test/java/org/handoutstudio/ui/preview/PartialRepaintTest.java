package org.handoutstudio.ui.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
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

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    /** Pages out of view wait to be painted until they scroll in. */
    @Test
    void aPageIsPaintedWhenItScrollsIntoView(FxRobot robot) {
        PreviewPane preview = new PreviewPane();
        PageList three = TestHandouts.layout(Handout.blank("Scrolling").withItems(List.of(HandoutItem.of("bridge"),
                HandoutItem.of("clam"), HandoutItem.of("back-pain-when-to-get-help"), HandoutItem.of("cat-stretch"))));
        assertTrue(three.pages().size() >= 3, "pages: " + three.pages().size());
        int last = three.pages().size() - 1;
        robot.interact(() -> {
            stage.setScene(new Scene(preview, 700, 500));
            preview.pagesProperty().set(three);
        });
        assertEquals(0, ink(robot, preview, last), "the last page is not painted while out of view");
        assertTrue(ink(robot, preview, 0) > 1000, "the first page is painted");
        robot.interact(() -> preview.scrollTo(last, 0));
        assertTrue(ink(robot, preview, last) > 1000, "the last page is painted once it scrolls in");
    }

    private static long ink(FxRobot robot, PreviewPane preview, int page) {
        long[] ink = new long[1];
        robot.interact(() -> ink[0] = Arrays.stream(CanvasPixels.of(preview.pageCanvases().get(page)))
                .filter(pixel -> (pixel & 0xFFFFFF) != 0xFFFFFF).count());
        return ink[0];
    }

    /** A page that grows (A4 to Letter at a fixed zoom) is painted whole, not just where its text changed. */
    @Test
    void aPageThatChangesSizeIsPaintedWhole(FxRobot robot) {
        PreviewPane preview = new PreviewPane();
        PageList letter = new PageList(612, pages.pageHeight(), pages.margins(),
                List.of(withText(before, 3, "Hold for 9 seconds, then rest")), pages.structure(), pages.bookmarks(),
                pages.title(), pages.language(), pages.fixedId());
        int[] alpha = new int[1];
        robot.interact(() -> {
            stage.setScene(new Scene(preview, 1000, 900));
            preview.zoomProperty().set(1.0);
            preview.pagesProperty().set(new PageList(pages.pageWidth(), pages.pageHeight(), pages.margins(),
                    List.of(before), pages.structure(), pages.bookmarks(), pages.title(), pages.language(), pages.fixedId()));
        });
        robot.interact(() -> preview.pagesProperty().set(letter));
        robot.interact(() -> {
            Canvas page = preview.pageCanvases().get(0);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            WritableImage image = page.snapshot(transparent, null);
            double scale = preview.scale();
            alpha[0] = image.getPixelReader().getArgb((int) (605 * scale), (int) (100 * scale)) >>> 24;
        });
        assertEquals(255, alpha[0], "the strip the page grew by is painted");
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
        int[][] pixels = new int[1][];
        robot.interact(() -> {
            Canvas canvas = new Canvas(Math.ceil(pages.pageWidth() * SCALE), Math.ceil(pages.pageHeight() * SCALE));
            assertTrue(painting.test(canvas.getGraphicsContext2D()), "painted as asked");
            pixels[0] = CanvasPixels.of(canvas);
        });
        return pixels[0];
    }
}
