package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.handoutstudio.figures.ExerciseFigures;
import org.handoutstudio.figures.FigureCatalogue;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;

/**
 * The figures the build writes out print exactly as the figures drawn at run time: a page gets
 * the same bytes from either. Whole handouts are compared in {@code GoldenPdfTest}.
 */
class PrewrittenFiguresTest {

    private static final PrewrittenFigures WRITTEN = PrewrittenFigures.over(ExerciseFigures.bundled());
    private static final Exercise BRIDGE = (Exercise) LibraryLoader.bundled().find("bridge").orElseThrow();

    /** A bundled exercise drawn with figure {@code id}. */
    private static Exercise drawnWith(String id) {
        return BRIDGE.withFigure(id);
    }

    @Test
    void everyBundledFigureIsWrittenBothWaysRoundAndPaintsThePageItsDrawingWould() throws IOException {
        int compared = 0;
        for (String id : FigureCatalogue.bundledIds()) {
            for (boolean mirrored : new boolean[] {false, true}) {
                String name = id + (mirrored ? ", mirrored" : "");
                Drawing drawn = ExerciseFigures.bundled().drawingOf(id, mirrored).orElseThrow();
                Drawing written = WRITTEN.drawingFor(drawnWith(id), mirrored).orElseThrow();
                assertNotNull(PrewrittenFigures.operatorsOf(written), name + " was not written out by the build");
                assertEquals(drawn.width(), written.width(), 0, name);
                assertEquals(drawn.height(), written.height(), 0, name);
                assertArrayEquals(pageWith(drawn), pageWith(written), name);
                compared++;
            }
        }
        assertEquals(2 * FigureCatalogue.bundledIds().size(), compared);
    }

    @Test
    void aWrittenFigureStillHasItsPathsForAnyoneWhoAsks() {
        Drawing drawn = ExerciseFigures.bundled().drawingOf("bridge", true).orElseThrow();
        Drawing written = WRITTEN.drawingFor(BRIDGE, true).orElseThrow();
        assertEquals(drawn.paths(), written.paths());
    }

    @Test
    void aFigureTheBuildDidNotWriteIsDrawnOrMissingAsBefore() {
        assertEquals(Optional.empty(), WRITTEN.drawingFor(drawnWith("no-such-figure"), false));
        assertEquals(Optional.empty(), WRITTEN.drawingFor(drawnWith("../prewritten/bridge"), false));
        assertEquals(Optional.empty(), WRITTEN.drawingFor(drawnWith(null)));
        Drawing other = ExerciseFigures.bundled().drawingOf("bridge", false).orElseThrow();
        assertNull(PrewrittenFigures.operatorsOf(other), "only drawings it handed out");
    }

    /** The content of a page with the drawing placed on it, uncompressed. */
    private static byte[] pageWith(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.OVERWRITE, false)) {
                new ContentPainter(document, 842).draw(content, new PageItem.Graphic(40, 60, 0.75, drawing, null));
            }
            try (InputStream bytes = page.getContents()) {
                return bytes.readAllBytes();
            }
        }
    }
}
