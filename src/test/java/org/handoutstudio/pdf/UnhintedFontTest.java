package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.handoutstudio.layout.FontFace;
import org.handoutstudio.layout.FontMetrics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every bundled font loses its hinting and nothing else: glyph outlines, widths and maps stay the same. */
class UnhintedFontTest {

    @ParameterizedTest
    @EnumSource(FontFace.class)
    void hintingGoesAndOutlinesWidthsAndCharacterMapStay(FontFace face) throws IOException {
        byte[] original = FontMetrics.of(face).bytes();
        byte[] unhinted = ContentPainter.unhinted(face);
        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(unhinted)) {
            assertTrue(unhinted.length < original.length, face + ": " + original.length + " -> " + unhinted.length);
            for (String table : List.of("fpgm", "prep", "cvt ")) {
                assertFalse(after.getTableMap().containsKey(table), table);
            }
            assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
            assertEquals(before.getUnitsPerEm(), after.getUnitsPerEm());
            for (int gid = 0; gid < before.getNumberOfGlyphs(); gid++) {
                assertEquals(before.getAdvanceWidth(gid), after.getAdvanceWidth(gid), "advance of glyph " + gid);
                GlyphData was = before.getGlyph().getGlyph(gid);
                GlyphData is = after.getGlyph().getGlyph(gid);
                if (was == null) {
                    continue;
                }
                assertNotNull(is, "glyph " + gid);
                assertEquals(outline(was), outline(is), "outline of glyph " + gid);
            }
            for (int codePoint : "Aa09 £–“”’•fiﬁ\uFFFD".codePoints().toArray()) {
                assertEquals(before.getUnicodeCmapLookup().getGlyphId(codePoint),
                        after.getUnicodeCmapLookup().getGlyphId(codePoint), "glyph for U+" + Integer.toHexString(codePoint));
            }
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static List<Double> outline(GlyphData glyph) {
        List<Double> points = new ArrayList<>();
        double[] coordinates = new double[6];
        for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coordinates);
            points.add((double) type);
            for (double c : coordinates) {
                points.add(c);
            }
        }
        return points;
    }
}
