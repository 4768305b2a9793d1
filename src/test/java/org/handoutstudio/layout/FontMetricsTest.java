package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FontMetricsTest {

    /** Ligature and composition candidates, plus text the fallback fonts carry. */
    private static final String SAMPLE = "office fluffy affix final \u00E9t\u00E9 \u0141\u00F3d\u017A";

    /** Draws text with PDFBox and measures where the last glyph ends: the drawn width. */
    @ParameterizedTest
    @EnumSource(FontFace.class)
    void measuredWidthEqualsDrawnWidth(FontFace face) throws Exception {
        FontMetrics metrics = FontMetrics.of(face);
        StringBuilder printable = new StringBuilder();
        SAMPLE.codePoints().filter(metrics::hasGlyph).forEach(printable::appendCodePoint);
        String text = printable.toString();
        double size = 12;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(metrics.bytes()), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, (float) size);
                content.newLineAtOffset(10, 700);
                content.showText(text);
                content.endText();
            }
            document.save(bytes);
        }
        double[] drawnEnd = {0};
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        drawnEnd[0] = Math.max(drawnEnd[0], position.getX() + position.getWidth());
                    }
                }
            };
            stripper.getText(pdf);
        }
        assertEquals(metrics.width(text, size), drawnEnd[0] - 10, 0.01, face + ": " + text);
    }

    @Test
    void fallbackCoversGreekCyrillicVietnameseAndRefusesArabic() {
        assertNotNull(FontFallback.faceFor('\u03A9', false));      // Greek
        assertNotNull(FontFallback.faceFor('\u0416', true));       // Cyrillic
        assertNotNull(FontFallback.faceFor('\u1EA1', false));      // Vietnamese
        assertNotNull(FontFallback.faceFor('\u0175', false));      // Welsh w-circumflex
        assertNull(FontFallback.faceFor('\u0627', false));         // Arabic: refused
        assertNull(FontFallback.faceFor(0x1F600, false));          // emoji: no font
    }

    /** Line breaking measures a character at a time from a table; it must match measuring the text. */
    @ParameterizedTest
    @EnumSource(FontFace.class)
    void aCharacterMeasuresTheSameFromTheTableAsAsText(FontFace face) {
        FontMetrics metrics = FontMetrics.of(face);
        int measured = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            if (metrics.hasGlyph(c) || FontMetrics.isSplitSpace(c)) {
                assertEquals(metrics.width(String.valueOf(c), 11.5), metrics.width(c, 11.5), face + " U+" + Integer.toHexString(c));
                assertEquals(metrics.width(String.valueOf(c), 11.5), metrics.width(c, 11.5), "again, from the table");
                measured++;
            }
        }
        assertTrue(measured > 200, face + " measured " + measured);
    }

    /**
     * Words are found where they stand in a line, by their characters: two words with the same
     * hash ("Aa" and "BB") share a slot, and each must still get its own glyphs, as must a
     * ligature word met inside a longer text.
     */
    @ParameterizedTest
    @EnumSource(FontFace.class)
    void aWordFoundWhereItStandsShapesAsTheWordAlone(FontFace face) {
        FontMetrics metrics = FontMetrics.of(face);
        assertEquals("Aa".hashCode(), "BB".hashCode());
        String line = "Aa BB office Aa";
        int[] aa = {metrics.shapedGlyphs("A")[0], metrics.shapedGlyphs("a")[0]};
        int[] bb = {metrics.shapedGlyphs("B")[0], metrics.shapedGlyphs("B")[0]};
        for (int round = 0; round < 2; round++) {
            assertArrayEquals(aa, metrics.shapedGlyphs(line, 0, 2), face + " Aa");
            assertArrayEquals(bb, metrics.shapedGlyphs(line, 3, 5), face + " BB");
            assertArrayEquals(aa, metrics.shapedGlyphs(line, 13, 15), face + " Aa at the end");
            assertArrayEquals(metrics.shapedGlyphs("office"), metrics.shapedGlyphs(line, 6, 12), face + " office");
        }
        assertEquals(metrics.width("office", 10), metrics.width(line.substring(6, 12), 10));
    }
}
