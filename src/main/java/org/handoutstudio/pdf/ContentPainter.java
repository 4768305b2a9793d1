package org.handoutstudio.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.RoundedRectangle;
import org.handoutstudio.graphics.VectorPath;
import org.handoutstudio.io.RasterImage;
import org.handoutstudio.layout.FontFace;
import org.handoutstudio.layout.FontMetrics;
import org.handoutstudio.layout.PageItem;

/**
 * Draws page items into a PDF content stream: text in the embedded, subset bundled fonts, boxes,
 * vector drawings and images, at the coordinates the layout gave them (flipped to PDF's y-up).
 * Fonts and images are made once per document and shared by its pages.
 */
final class ContentPainter {

    private final PDDocument document;
    private final double pageHeight;
    private final Map<FontFace, FontUse> fonts = new EnumMap<>(FontFace.class);
    private final Map<RasterImage, PDImageXObject> images = new IdentityHashMap<>();
    private final ContentBytes bytes = new ContentBytes();

    /** What the current page's content has set outside drawings (which keep theirs inside q ... Q). */
    private PaintState page = new PaintState();

    ContentPainter(PDDocument document, double pageHeight) {
        this.document = document;
        this.pageHeight = pageHeight;
    }

    /** Call before the first item of each page: a new content stream starts with nothing set. */
    void startPage() {
        page = new PaintState();
    }

    /** Draws one item; a link paints nothing (the PDF makes it an annotation). */
    void draw(PDPageContentStream content, PageItem item) throws IOException {
        double height = pageHeight;
        if (item instanceof PageItem.TextRun run) {
            content.beginText();
            if (run.face() != page.face || run.size() != page.size) {
                content.setFont(font(run.face()), (float) run.size());
                page.face = run.face();
                page.size = run.size();
            }
            if (!run.colour().equals(page.fill)) {
                fill(content, run.colour());
                page.fill = run.colour();
            }
            bytes.number(run.x(), ContentBytes.POINT_DECIMALS)
                    .number(height - run.baseline(), ContentBytes.POINT_DECIMALS).ascii("Td\n");
            boolean shaped = appendShaped(run);
            bytes.writeTo(content);
            if (!shaped) {
                content.showText(run.text());   // refuses the character the font lacks
            }
            content.endText();
        } else if (item instanceof PageItem.Box box) {
            drawBox(content, box);
        } else if (item instanceof PageItem.Graphic graphic) {
            content.saveGraphicsState();
            bytes.number(graphic.scale(), 5).ascii("0 0 ").number(-graphic.scale(), 5)
                    .number(graphic.x(), ContentBytes.POINT_DECIMALS)
                    .number(height - graphic.y(), ContentBytes.POINT_DECIMALS).ascii("cm\n").writeTo(content);
            drawDrawing(content, graphic.drawing());
            content.restoreGraphicsState();
        } else if (item instanceof PageItem.Picture picture) {
            PDImageXObject image = images.get(picture.image());
            if (image == null) {
                image = PDImageXObject.createFromByteArray(document, picture.image().encoded(), "image");
                images.put(picture.image(), image);
            }
            content.drawImage(image, (float) picture.x(), (float) (height - picture.y() - picture.height()),
                    (float) picture.width(), (float) picture.height());
        }
    }

    private void drawBox(PDPageContentStream content, PageItem.Box box) throws IOException {
        float x = (float) box.x();
        float y = (float) (pageHeight - box.y() - box.height());
        float w = (float) box.width();
        float h = (float) box.height();
        float r = RoundedRectangle.radius(w, h, box.cornerRadius());
        if (r <= 0) {
            bytes.number(x, ContentBytes.POINT_DECIMALS).number(y, ContentBytes.POINT_DECIMALS)
                    .number(w, ContentBytes.POINT_DECIMALS).number(h, ContentBytes.POINT_DECIMALS)
                    .ascii("re\n").writeTo(content);
        } else {
            addPath(content, RoundedRectangle.outline(x, y, w, h, r), ContentBytes.POINT_DECIMALS);
        }
        paintPath(content, box.fill(), box.stroke(), box.strokeWidth(), page);
    }

    /**
     * A drawing's operators are the same wherever it is placed (the cm before it does the placing),
     * and a figure is drawn into every handout that uses it: each drawing is written out once per
     * process and its bytes reused. Drawings are told apart by identity: the figures come from one
     * cache, and hashing a whole drawing by value costs a good part of writing it. Bounded, like the
     * set text, for the editor's sake.
     */
    private static final Map<SameDrawing, byte[]> DRAWN = new ConcurrentHashMap<>();
    private static final int DRAWN_CAPACITY = 256;

    record SameDrawing(Drawing drawing) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SameDrawing same && same.drawing == drawing;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(drawing);
        }
    }

    /** Icons and the like are remade for every handout and cheap to write: only figures are worth keeping. */
    private static final int PATHS_WORTH_KEEPING = 16;

    private void drawDrawing(PDPageContentStream content, Drawing drawing) throws IOException {
        byte[] prewritten = PrewrittenFigures.operatorsOf(drawing);
        if (prewritten != null) {
            content.appendRawCommands(prewritten);
            return;
        }
        if (drawing.paths().size() < PATHS_WORTH_KEEPING) {
            writeDrawing(content, drawing);
            return;
        }
        SameDrawing key = new SameDrawing(drawing);
        byte[] operators = DRAWN.get(key);
        if (operators == null) {
            operators = operatorsOf(drawing);
            if (DRAWN.size() >= DRAWN_CAPACITY) {
                DRAWN.clear();
            }
            DRAWN.put(key, operators);
        }
        content.appendRawCommands(operators);
    }

    /**
     * A drawing's operators on their own, as a page gets them. Written through a scratch page's
     * stream (uncompressed) so the numbers come out as on a real page.
     */
    static byte[] operatorsOf(Drawing drawing) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            PDPage page = new PDPage();
            try (PDPageContentStream capture = new PDPageContentStream(scratch, page, AppendMode.OVERWRITE, false)) {
                new ContentPainter(scratch, 0).writeDrawing(capture, drawing);
            }
            try (InputStream written = page.getContents()) {
                return written.readAllBytes();
            }
        }
    }

    private void writeDrawing(PDPageContentStream content, Drawing drawing) throws IOException {
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        PaintState state = new PaintState();
        for (VectorPath path : drawing.paths()) {
            addPath(content, path.ops(), ContentBytes.FIGURE_DECIMALS);
            paintPath(content, path.fill(), path.stroke(), path.strokeWidth(), state);
        }
    }

    /**
     * The font, colours and line width already set in a page's content, or inside one drawing,
     * so each is written when it changes rather than for every line of text or path.
     */
    private static final class PaintState {
        FontFace face;
        double size;
        Colour fill;
        Colour stroke;
        double width = Double.NaN;
    }

    /**
     * Appends a run of text exactly as PDFBox's {@code showText} would show it ({@link EncodedRuns}),
     * and notes its glyphs and characters for the font subset ({@link #finish}). The words come
     * shaped from the layout's measuring, which remembers them, so they are not shaped a second
     * time here. False, with nothing appended, when the font lacks a character.
     */
    private boolean appendShaped(PageItem.TextRun run) throws IOException {
        String text = run.text();
        FontUse use = use(run.face());
        EncodedRuns.Encoded encoded = EncodedRuns.of(text, run.face(), use::space);
        if (encoded == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            use.characters.set(text.charAt(i));
        }
        for (int glyph : encoded.glyphs()) {
            use.glyphs.set(glyph);
        }
        bytes.string(encoded.codes(), encoded.codes().length).ascii(" Tj\n");
        return true;
    }

    /**
     * Hands each font the glyphs and characters its text used, for its subset. Call once, after
     * the last page and before the document is saved.
     */
    void finish() {
        for (FontUse use : fonts.values()) {
            Set<Integer> glyphIds = new HashSet<>();
            use.glyphs.stream().forEach(glyphIds::add);
            use.font.addGlyphsToSubset(glyphIds);
            use.characters.stream().forEach(use.font::addToSubset);
        }
    }

    /** One font of this document, with the glyphs and characters its text has used so far. */
    private static final class FontUse {
        final PDType0Font font;
        final BitSet glyphs = new BitSet();
        final BitSet characters = new BitSet();
        private final Map<Character, byte[]> spaces = new HashMap<>();

        FontUse(PDType0Font font) {
            this.font = font;
        }

        /** The code of a white-space character, as the font encodes it. */
        byte[] space(char c) throws IOException {
            byte[] code = spaces.get(c);
            if (code == null) {
                code = font.encode(String.valueOf(c));
                spaces.put(c, code);
            }
            return code;
        }
    }

    /** Writes the path in one go, its numbers to {@code decimals} places. */
    private void addPath(PDPageContentStream content, List<PathOp> ops, int decimals) throws IOException {
        for (PathOp op : ops) {
            if (op instanceof PathOp.MoveTo m) {
                bytes.number(m.x(), decimals).number(m.y(), decimals).ascii("m\n");
            } else if (op instanceof PathOp.LineTo l) {
                bytes.number(l.x(), decimals).number(l.y(), decimals).ascii("l\n");
            } else if (op instanceof PathOp.CurveTo c) {
                bytes.number(c.c1x(), decimals).number(c.c1y(), decimals)
                        .number(c.c2x(), decimals).number(c.c2y(), decimals)
                        .number(c.x(), decimals).number(c.y(), decimals).ascii("c\n");
            } else if (op instanceof PathOp.Close) {
                bytes.ascii("h\n");
            }
        }
        bytes.writeTo(content);
    }

    private static void paintPath(PDPageContentStream content, Colour fill, Colour stroke, double width,
                                  PaintState state) throws IOException {
        if (fill != null && !fill.equals(state.fill)) {
            fill(content, fill);
            state.fill = fill;
        }
        if (stroke != null) {
            if (!stroke.equals(state.stroke)) {
                content.setStrokingColor(channel(stroke.red()), channel(stroke.green()), channel(stroke.blue()));
                state.stroke = stroke;
            }
            if (width != state.width) {
                content.setLineWidth((float) width);
                state.width = width;
            }
        }
        if (fill != null && stroke != null) {
            content.fillAndStroke();
        } else if (fill != null) {
            content.fill();
        } else if (stroke != null) {
            content.stroke();
        }
    }

    private static void fill(PDPageContentStream content, Colour colour) throws IOException {
        content.setNonStrokingColor(channel(colour.red()), channel(colour.green()), channel(colour.blue()));
    }


    /** A colour channel to three decimals: still exactly the 8-bit value it came from. */
    static float channel(int value) {
        return (float) (Math.rint(value / 255.0 * 1000) / 1000);
    }

    /** Each bundled font without its screen hinting, made once: what the PDF embeds (subset). */
    private static final byte[][] UNHINTED = new byte[FontFace.values().length][];

    static byte[] unhinted(FontFace face) {
        synchronized (UNHINTED) {
            if (UNHINTED[face.ordinal()] == null) {
                UNHINTED[face.ordinal()] = UnhintedFont.of(FontMetrics.of(face).bytes());
            }
            return UNHINTED[face.ordinal()];
        }
    }

    /**
     * Each bundled font parsed once per thread, for every document that thread writes: parsing was
     * about a twentieth of a warm export. PDFBox's parsed fonts read their tables lazily from one
     * buffer, so a thread may not share one; and a document does not close a font it was given.
     */
    private static final ThreadLocal<TrueTypeFont[]> PARSED =
            ThreadLocal.withInitial(() -> new TrueTypeFont[FontFace.values().length]);

    private static TrueTypeFont parsedForThisThread(FontFace face) throws IOException {
        TrueTypeFont[] parsed = PARSED.get();
        if (parsed[face.ordinal()] == null) {
            parsed[face.ordinal()] = new TTFParser().parse(new RandomAccessReadBuffer(unhinted(face)));
        }
        return parsed[face.ordinal()];
    }

    private PDType0Font font(FontFace face) throws IOException {
        return use(face).font;
    }

    /** The document's font for a face, loaded on first use, with what its text has used. */
    private FontUse use(FontFace face) throws IOException {
        FontUse use = fonts.get(face);
        if (use == null) {
            use = new FontUse(PDType0Font.load(document, parsedForThisThread(face), true));
            fonts.put(face, use);
        }
        return use;
    }

}
