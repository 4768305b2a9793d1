package org.handoutstudio.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.handoutstudio.layout.FontFace;
import org.handoutstudio.layout.FontMetrics;

/**
 * Runs of text as the codes a page shows them with: each word's glyphs after the font's GSUB
 * substitutions, white space as its own glyph, exactly as PDFBox's {@code showText} would.
 *
 * <p>A line is painted in every handout that prints it, and set text comes from a cache, so a
 * process remembers each line's codes by its text and face rather than looking up every word
 * again. A run's codes depend on nothing else (the fonts are the bundled ones), so a PDF is the
 * same bytes whatever was painted before it. Bounded, like the set text.
 */
final class EncodedRuns {

    /** The codes to show, and the glyphs among them that are words' (for the font subset). */
    record Encoded(byte[] codes, int[] glyphs) { }

    /** The code a white-space character has in the document's font. */
    @FunctionalInterface
    interface SpaceCodes {
        byte[] of(char c) throws IOException;
    }

    private static final int CAPACITY = 4096;
    private static final Map<String, Encoded>[] BY_FACE = byFace();

    private EncodedRuns() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Encoded>[] byFace() {
        Map<String, Encoded>[] maps = new Map[FontFace.values().length];
        for (int i = 0; i < maps.length; i++) {
            maps[i] = new ConcurrentHashMap<>();
        }
        return maps;
    }

    /** {@code text} in {@code face}, or null when the font lacks one of its characters. */
    static Encoded of(String text, FontFace face, SpaceCodes spaces) throws IOException {
        Map<String, Encoded> known = BY_FACE[face.ordinal()];
        Encoded encoded = known.get(text);
        if (encoded == null) {
            encoded = encode(text, FontMetrics.of(face), spaces);
            if (encoded == null) {
                return null;
            }
            if (known.size() >= CAPACITY) {
                known.clear();
            }
            known.put(text, encoded);
        }
        return encoded;
    }

    private static Encoded encode(String text, FontMetrics metrics, SpaceCodes spaces) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            if (!metrics.hasGlyph(text.charAt(i))) {
                return null;
            }
        }
        byte[] codes = new byte[2 * text.length()];
        int[] glyphs = new int[text.length()];
        int count = 0;
        int glyphCount = 0;
        for (int start = 0; start < text.length(); ) {
            char c = text.charAt(start);
            if (FontMetrics.isSplitSpace(c)) {
                byte[] space = spaces.of(c);
                codes = room(codes, count, space.length);
                System.arraycopy(space, 0, codes, count, space.length);
                count += space.length;
                start++;
                continue;
            }
            int end = start + 1;
            while (end < text.length() && !FontMetrics.isSplitSpace(text.charAt(end))) {
                end++;
            }
            int[] shaped = metrics.shapedGlyphs(text, start, end);
            codes = room(codes, count, 2 * shaped.length);
            if (glyphCount + shaped.length > glyphs.length) {
                glyphs = Arrays.copyOf(glyphs, Math.max(2 * glyphs.length, glyphCount + shaped.length));
            }
            for (int glyph : shaped) {
                // A CIDFontType2's code for a glyph: its id, two bytes, as PDCIDFontType2.encodeGlyphId.
                codes[count++] = (byte) (glyph >> 8);
                codes[count++] = (byte) glyph;
                glyphs[glyphCount++] = glyph;
            }
            start = end;
        }
        return new Encoded(Arrays.copyOf(codes, count), Arrays.copyOf(glyphs, glyphCount));
    }

    private static byte[] room(byte[] buffer, int used, int more) {
        return used + more <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(2 * buffer.length, used + more));
    }
}
