package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.layout.Page;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.pdf.PdfExporter;
import org.handoutstudio.ui.preview.CanvasPixels;
import org.handoutstudio.ui.preview.FxPagePainter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The preview and the PDF are two painters of one PageList: rendered side by side (the JavaFX
 * painter on Monocle, the PDF through PDFBox's renderer) they must agree pixel for pixel, within
 * what anti-aliasing and font rasterising alone can explain. The pages hold text, an exercise
 * figure, rounded boxes and the coloured stripes of safety-netting tiers.
 */
@ExtendWith(ApplicationExtension.class)
class PainterAgreementTest {

    /** Pixels per point: 108 dpi, enough to show a corner's curve. */
    private static final double SCALE = 1.5;
    /** A channel difference above this, after a 3 x 3 blur, is a real difference, not anti-aliasing. */
    private static final int DIFFERENT = 60;
    /** The share of a page's pixels that may differ that much (glyph edges land on different pixels). */
    private static final double MOST_DIFFERING = 0.004;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static PageList pages() {
        Handout handout = Handout.blank("Painter agreement").withItems(List.of(HandoutItem.of("bridge"),
                HandoutItem.of("back-pain-when-to-get-help")));
        return TestHandouts.layout(handout);
    }

    @Test
    void thePreviewPaintsWhatThePdfPrints(FxRobot robot) throws Exception {
        PageList pages = pages();
        assertHas(pages, "a figure", item -> item instanceof PageItem.Graphic g && g.owner() != null);
        assertHas(pages, "a rounded box", item -> item instanceof PageItem.Box b && b.cornerRadius() > 0);
        assertHas(pages, "a tier stripe", item -> item instanceof PageItem.Box b && b.cornerRadius() == 0
                && b.height() > 40 && b.width() < 12);
        List<String> report = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(PdfExporter.toBytes(pages))) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (Page page : pages.pages()) {
                BufferedImage printed = renderer.renderImage(page.number() - 1, (float) SCALE, ImageType.RGB);
                int[] screen = fxPixels(robot, page, pages, printed.getWidth(), printed.getHeight());
                int[] paper = pdfPixels(printed);
                assertTrue(inked(screen) > 0.02 && inked(paper) > 0.02, "both painters put ink on page " + page.number());
                double share = differingShare(screen, paper, printed.getWidth(), printed.getHeight());
                report.add(String.format(Locale.ROOT, "page %d: %.1f%% inked, %.3f%% differ", page.number(),
                        inked(paper) * 100, share * 100));
                assertTrue(share < MOST_DIFFERING, String.join("; ", report));
            }
        }
        System.out.println("painter agreement: " + String.join("; ", report));
    }

    /** The comparison can fail: a page painted with one box moved is caught. */
    @Test
    void aBoxOutOfPlaceIsCaught(FxRobot robot) throws Exception {
        PageList pages = pages();
        Page first = pages.pages().get(0);
        List<PageItem> moved = new ArrayList<>(first.items());
        for (int i = 0; i < moved.size(); i++) {
            if (moved.get(i) instanceof PageItem.Box b && b.cornerRadius() > 0 && b.height() > 100) {
                moved.set(i, new PageItem.Box(b.x() + 6, b.y() + 6, b.width(), b.height(), b.cornerRadius() * 3, b.fill(),
                        b.stroke() == null ? pages.pages().get(0).items().stream().filter(PageItem.Box.class::isInstance)
                                .map(PageItem.Box.class::cast).map(PageItem.Box::fill).filter(c -> c != null).findFirst()
                                .orElseThrow() : b.stroke(), Math.max(2, b.strokeWidth() * 3), b.owner()));
                break;
            }
        }
        try (PDDocument pdf = Loader.loadPDF(PdfExporter.toBytes(pages))) {
            BufferedImage printed = new PDFRenderer(pdf).renderImage(0, (float) SCALE, ImageType.RGB);
            int[] screen = fxPixels(robot, new Page(1, moved), pages, printed.getWidth(), printed.getHeight());
            double share = differingShare(screen, pdfPixels(printed), printed.getWidth(), printed.getHeight());
            assertTrue(share > MOST_DIFFERING, "a moved box differs by " + share);
        }
    }

    private static void assertHas(PageList pages, String what, java.util.function.Predicate<PageItem> test) {
        assertTrue(pages.pages().stream().flatMap(page -> page.items().stream()).anyMatch(test), "the pages hold " + what);
    }

    /** The page painted by the preview's painter, at the PDF rendering's pixel size. */
    private static int[] fxPixels(FxRobot robot, Page page, PageList pages, int width, int height) {
        int[][] pixels = new int[1][];
        robot.interact(() -> {
            Canvas canvas = new Canvas(width, height);
            FxPagePainter.paint(canvas.getGraphicsContext2D(), page, pages.pageWidth(), pages.pageHeight(), 0, 0, SCALE);
            pixels[0] = CanvasPixels.of(canvas);
        });
        return pixels[0];
    }

    /** The share of pixels that are not white. */
    private static double inked(int[] pixels) {
        long ink = java.util.Arrays.stream(pixels).filter(pixel -> (pixel & 0xFFFFFF) != 0xFFFFFF).count();
        return ink / (double) pixels.length;
    }

    private static int[] pdfPixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** The share of pixels whose colour differs by more than {@link #DIFFERENT} once both are blurred 3 x 3. */
    private static double differingShare(int[] a, int[] b, int width, int height) {
        int differing = 0;
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    int diff = Math.abs(blurred(a, width, x, y, shift) - blurred(b, width, x, y, shift));
                    if (diff > DIFFERENT) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing / (double) ((width - 2) * (height - 2));
    }

    private static int blurred(int[] pixels, int width, int x, int y, int shift) {
        int sum = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                sum += pixels[(y + dy) * width + x + dx] >> shift & 0xFF;
            }
        }
        return sum / 9;
    }
}
