package org.handoutstudio.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
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
    private final Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
    private final Map<RasterImage, PDImageXObject> images = new IdentityHashMap<>();

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
            StringBuilder at = new StringBuilder(24);
            PdfNumbers.append(at, run.x(), PdfNumbers.POINT_DECIMALS);
            raw(content, PdfNumbers.append(at, height - run.baseline(), PdfNumbers.POINT_DECIMALS)
                    .append("Td\n").toString());
            showShaped(content, run);
            content.endText();
        } else if (item instanceof PageItem.Box box) {
            drawBox(content, box);
        } else if (item instanceof PageItem.Graphic graphic) {
            content.saveGraphicsState();
            StringBuilder matrix = new StringBuilder(48);
            PdfNumbers.append(matrix, graphic.scale(), 5).append("0 0 ");
            PdfNumbers.append(matrix, -graphic.scale(), 5);
            PdfNumbers.append(matrix, graphic.x(), PdfNumbers.POINT_DECIMALS);
            raw(content, PdfNumbers.append(matrix, height - graphic.y(), PdfNumbers.POINT_DECIMALS)
                    .append("cm\n").toString());
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
            StringBuilder rectangle = new StringBuilder(32);
            for (float value : new float[] {x, y, w, h}) {
                PdfNumbers.append(rectangle, value, PdfNumbers.POINT_DECIMALS);
            }
            raw(content, rectangle.append("re\n").toString());
        } else {
            addPath(content, RoundedRectangle.outline(x, y, w, h, r), PdfNumbers.POINT_DECIMALS);
        }
        paintPath(content, box.fill(), box.stroke(), box.strokeWidth(), page);
    }

    private void drawDrawing(PDPageContentStream content, Drawing drawing) throws IOException {
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        PaintState state = new PaintState();
        for (VectorPath path : drawing.paths()) {
            addPath(content, path.ops(), PdfNumbers.FIGURE_DECIMALS);
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
     * Shows a run of text exactly as PDFBox's {@code showText} would: word by word, each word's
     * glyphs after the font's GSUB substitutions, white space as its own glyph, and the glyphs
     * and characters kept for the font subset. The words come shaped from the layout's
     * measuring, which remembers them, so they are not shaped a second time here. A character
     * the font lacks goes to {@code showText}, which refuses it as before.
     */
    private void showShaped(PDPageContentStream content, PageItem.TextRun run) throws IOException {
        String text = run.text();
        PDType0Font font = font(run.face());
        FontMetrics metrics = FontMetrics.of(run.face());
        ByteArrayOutputStream glyphBytes = new ByteArrayOutputStream(2 * text.length());
        Set<Integer> glyphs = new HashSet<>();
        for (int start = 0; start < text.length(); ) {
            char c = text.charAt(start);
            if (!metrics.hasGlyph(c)) {
                content.showText(text);
                return;
            }
            if (FontMetrics.isSplitSpace(c)) {
                glyphBytes.writeBytes(font.encode(String.valueOf(c)));
                start++;
                continue;
            }
            int end = start + 1;
            while (end < text.length() && !FontMetrics.isSplitSpace(text.charAt(end))) {
                if (!metrics.hasGlyph(text.charAt(end))) {
                    content.showText(text);
                    return;
                }
                end++;
            }
            for (int glyph : metrics.shapedGlyphs(text.substring(start, end))) {
                glyphBytes.writeBytes(font.encodeGlyphId(glyph));
                glyphs.add(glyph);
            }
            start = end;
        }
        font.addGlyphsToSubset(glyphs);
        text.codePoints().forEach(font::addToSubset);
        ByteArrayOutputStream operation = new ByteArrayOutputStream(4 * text.length() + 8);
        COSWriter.writeString(glyphBytes.toByteArray(), operation);
        operation.writeBytes(SHOW_TEXT);
        rawBytes(content, operation.toByteArray());
    }

    private static final byte[] SHOW_TEXT = " Tj\n".getBytes(StandardCharsets.US_ASCII);

    @SuppressWarnings("deprecation")
    private static void rawBytes(PDPageContentStream content, byte[] commands) throws IOException {
        content.appendRawCommands(commands);
    }

    /**
     * Writes operators with operands already formatted by {@link PdfNumbers}. PDFBox's own operand
     * methods print floats with up to five decimals; this deprecated method is its only public way
     * to write shorter ones. (Should a later PDFBox drop it, the operand methods still work, at the
     * old size.)
     */
    @SuppressWarnings("deprecation")
    private static void raw(PDPageContentStream content, String commands) throws IOException {
        content.appendRawCommands(commands);
    }

    /** Writes the path in one go, its numbers to {@code decimals} places. */
    private static void addPath(PDPageContentStream content, List<PathOp> ops, int decimals) throws IOException {
        StringBuilder path = new StringBuilder(ops.size() * 24);
        for (PathOp op : ops) {
            if (op instanceof PathOp.MoveTo m) {
                PdfNumbers.append(PdfNumbers.append(path, m.x(), decimals), m.y(), decimals).append("m\n");
            } else if (op instanceof PathOp.LineTo l) {
                PdfNumbers.append(PdfNumbers.append(path, l.x(), decimals), l.y(), decimals).append("l\n");
            } else if (op instanceof PathOp.CurveTo c) {
                PdfNumbers.append(PdfNumbers.append(path, c.c1x(), decimals), c.c1y(), decimals);
                PdfNumbers.append(PdfNumbers.append(path, c.c2x(), decimals), c.c2y(), decimals);
                PdfNumbers.append(PdfNumbers.append(path, c.x(), decimals), c.y(), decimals).append("c\n");
            } else if (op instanceof PathOp.Close) {
                path.append("h\n");
            }
        }
        raw(content, path.toString());
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

    private PDType0Font font(FontFace face) throws IOException {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(unhinted(face)), true);
            fonts.put(face, font);
        }
        return font;
    }

}
