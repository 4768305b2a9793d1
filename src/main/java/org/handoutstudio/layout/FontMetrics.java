package org.handoutstudio.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Metrics of one bundled font, read once and shared across threads. Widths are measured the
 * way PDFBox draws: PDFBox applies the font's GSUB substitutions word by word when it shows
 * text with a Type 0 font, so measuring applies the same worker to the same words. That keeps
 * measured width equal to drawn width for every bundled font (a test checks it). The PDF
 * painter writes the very glyphs shaped here ({@link #shapedGlyphs}).
 */
public final class FontMetrics {

    /** Indexed by ordinal; filled on first use. Read without locking on the hot path. */
    private static final LongAdder MEASURED = new LongAdder();
    private static final FontMetrics[] LOADED = new FontMetrics[FontFace.values().length];
    /** Longer words are rare and would only crowd the shaping cache (a pasted run of letters, a web address). */
    private static final int CACHED_WORD_LENGTH = 40;
    private static final int CACHED_WORDS = 20_000;
    /** Slots of the word table in front of the shaping cache; a power of two. */
    private static final int RECENT_WORDS = 4096;

    private final FontFace face;
    private final byte[] bytes;
    private final CmapLookup cmap;
    private final GsubWorker gsub;
    private final int[] advances;
    /** No glyph id is this high (a font has at most 65,535 glyphs, 0 to 65,534). */
    private static final char NOT_LOOKED_UP = '\uFFFF';
    /**
     * Each Basic Multilingual Plane character's glyph (0: none), looked up on first use: layout
     * and the PDF painter ask for nearly every character they meet, and the font's own map boxes
     * each one.
     */
    private final char[] glyphOfChar = new char[0x10000];
    /** Each character's width alone in thousandths of an em (after GSUB), or -1 before first use. */
    private final int[] unitsOfChar = new int[0x10000];
    /** Words already shaped (glyphs after GSUB, and their width): a handout repeats its words, and shaping is the costly part. */
    private final ConcurrentHashMap<String, Shaped> shapedWords = new ConcurrentHashMap<>();
    /**
     * The same words, found by their characters where they stand, with no substring to make
     * and hash (layout and painting look up every word of every line). One slot a hash; threads
     * may overwrite each other's slots, and a reader checks the word, so a race costs a lookup.
     */
    private final Shaped[] recentWords = new Shaped[RECENT_WORDS];
    private final double unitsPerEm;
    private final double ascent;
    private final double descent;

    private FontMetrics(FontFace face) throws IOException {
        this.face = face;
        try (InputStream in = FontMetrics.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IOException("bundled font missing: " + face.resource());
            }
            this.bytes = in.readAllBytes();
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        this.cmap = font.getUnicodeCmapLookup();
        Arrays.fill(glyphOfChar, NOT_LOOKED_UP);
        Arrays.fill(unitsOfChar, -1);
        GsubData gsubData = font.getGsubData();
        this.gsub = gsubData == GsubData.NO_DATA_FOUND ? null : new GsubWorkerFactory().getGsubWorker(cmap, gsubData);
        int glyphs = font.getNumberOfGlyphs();
        this.unitsPerEm = font.getUnitsPerEm();
        // PDFBox writes each glyph's width into the font's /W array in thousandths of an em,
        // rounded; viewers advance by those numbers, so measure with exactly the same ones.
        float scaling = 1000f / (float) unitsPerEm;
        this.advances = new int[glyphs];
        for (int gid = 0; gid < glyphs; gid++) {
            advances[gid] = Math.round(font.getAdvanceWidth(gid) * scaling);
        }
        this.ascent = font.getHorizontalHeader().getAscender() / unitsPerEm;
        this.descent = -font.getHorizontalHeader().getDescender() / unitsPerEm;
        font.close();
    }

    /** The metrics for a face, loaded on first use. */
    /**
     * Characters measured in this JVM so far: the layout's work, counted rather than timed, so
     * tests can check that it grows in step with the text (a cut that re-measures a whole line for
     * every character it removes shows up as squared growth).
     */
    public static long charactersMeasured() {
        return MEASURED.sum();
    }

    public static FontMetrics of(FontFace face) {
        FontMetrics metrics = LOADED[face.ordinal()];
        if (metrics != null) {
            return metrics;
        }
        synchronized (LOADED) {
            if (LOADED[face.ordinal()] == null) {
                try {
                    LOADED[face.ordinal()] = new FontMetrics(face);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return LOADED[face.ordinal()];
        }
    }

    public FontFace face() {
        return face;
    }

    /** The TTF file's bytes, for painters that embed or load the same font. Do not modify. */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * True when this font can draw the code point. Characters outside the Basic Multilingual
     * Plane are refused: PDFBox maps GSUB fonts per UTF-16 unit, so it cannot draw them.
     */
    public boolean hasGlyph(int codePoint) {
        return codePoint >= 0 && codePoint <= 0xFFFF && glyphOf((char) codePoint) > 0;
    }

    private int glyphOf(char c) {
        char glyph = glyphOfChar[c];
        if (glyph == NOT_LOOKED_UP) {
            glyph = (char) cmap.getGlyphId(c);
            glyphOfChar[c] = glyph;   // a race only looks the same character up twice
        }
        return glyph;
    }

    /** Ascent above the baseline, as a fraction of the font size. */
    public double ascent() {
        return ascent;
    }

    /** Descent below the baseline, as a positive fraction of the font size. */
    public double descent() {
        return descent;
    }


    /**
     * Width in points of one character at {@code size}: exactly {@code width(String.valueOf(c), size)},
     * from a table filled on first use. Line breaking measures text a character at a time.
     */
    public double width(char c, double size) {
        MEASURED.increment();
        int units = unitsOfChar[c];
        if (units < 0) {
            units = (int) (isSplitSpace(c) ? advanceOf(c) : wordUnits(String.valueOf(c), 0, 1));
            unitsOfChar[c] = units;   // a race only measures the same character twice
        }
        return units * size / 1000.0;
    }

    /**
     * Width in points of {@code text} at {@code size}. Every character must have a glyph
     * ({@link #hasGlyph}); text is split at white space exactly as PDFBox does before GSUB.
     */
    public double width(String text, double size) {
        MEASURED.add(text.length());
        long units = 0;
        int start = 0;
        int length = text.length();
        while (start < length) {
            char c = text.charAt(start);
            if (isSplitSpace(c)) {
                units += advanceOf(c);
                start++;
                continue;
            }
            int end = start;
            while (end < length && !isSplitSpace(text.charAt(end))) {
                end++;
            }
            units += wordUnits(text, start, end);
            start = end;
        }
        return units * size / 1000.0;
    }

    /** The characters PDFBox splits words at before GSUB: the regex class \\s, ASCII only. */
    public static boolean isSplitSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private long wordUnits(String text, int start, int end) {
        if (gsub == null) {
            long units = 0;
            for (int i = start; i < end; ) {
                int cp = text.codePointAt(i);
                units += advanceOf(cp);
                i += Character.charCount(cp);
            }
            return units;
        }
        return shaped(text, start, end).units();
    }

    /**
     * The glyphs PDFBox draws for one word (no white space in it) with this font: each UTF-16
     * unit's glyph, then the font's GSUB substitutions. A glyph of 0 means a character the font
     * lacks. Do not modify the array.
     */
    public int[] shapedGlyphs(String word) {
        return shapedGlyphs(word, 0, word.length());
    }

    /** {@link #shapedGlyphs(String)} of the word {@code text[start, end)}. */
    public int[] shapedGlyphs(String text, int start, int end) {
        if (gsub == null) {
            int[] glyphs = new int[end - start];
            for (int i = 0; i < glyphs.length; i++) {
                glyphs[i] = glyphOf(text.charAt(start + i));
            }
            return glyphs;
        }
        return shaped(text, start, end).glyphs();
    }

    /** A word after GSUB: its glyphs and their width in thousandths of an em. Immutable, so shared without locks. */
    private record Shaped(String word, int[] glyphs, long units) { }

    private Shaped shaped(String text, int start, int end) {
        if (end - start > CACHED_WORD_LENGTH) {
            return shape(text.substring(start, end));
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ (hash >>> 16)) & (RECENT_WORDS - 1);
        Shaped recent = recentWords[slot];
        if (recent != null && recent.word().length() == end - start && recent.word().regionMatches(0, text, start, end - start)) {
            return recent;
        }
        String word = text.substring(start, end);
        Shaped cached = shapedWords.get(word);
        if (cached == null) {
            cached = shape(word);
            if (shapedWords.size() >= CACHED_WORDS) {
                shapedWords.clear();   // a bound, not an eviction policy: a full cache refills in one handout
            }
            shapedWords.put(word, cached);
        }
        recentWords[slot] = cached;
        return cached;
    }

    private Shaped shape(String word) {
        // PDFBox maps each UTF-16 unit of a word to a glyph, then applies the GSUB worker.
        List<Integer> glyphs = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            glyphs.add(glyphOf(word.charAt(i)));
        }
        List<Integer> substituted = gsub.applyTransforms(glyphs);
        int[] shaped = new int[substituted.size()];
        long units = 0;
        for (int i = 0; i < shaped.length; i++) {
            int glyph = substituted.get(i);
            shaped[i] = glyph;
            units += glyph >= 0 && glyph < advances.length ? advances[glyph] : 0;
        }
        return new Shaped(word, shaped, units);
    }

    private int advanceOf(int codePoint) {
        int glyph = codePoint <= 0xFFFF ? glyphOf((char) codePoint) : cmap.getGlyphId(codePoint);
        return glyph > 0 && glyph < advances.length ? advances[glyph] : 0;
    }
}
