package org.handoutstudio.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
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

    ContentPainter(PDDocument document, double pageHeight) {
        this.document = document;
        this.pageHeight = pageHeight;
    }

    /** Draws one item; a link paints nothing (the PDF makes it an annotation). */
    void draw(PDPageContentStream content, PageItem item) throws IOException {
        double height = pageHeight;
        if (item instanceof PageItem.TextRun run) {
            content.beginText();
            content.setFont(font(run.face()), (float) run.size());
            fill(content, run.colour());
            content.newLineAtOffset(pt(run.x()), pt(height - run.baseline()));
            content.showText(run.text());
            content.endText();
        } else if (item instanceof PageItem.Box box) {
            drawBox(content, box);
        } else if (item instanceof PageItem.Graphic graphic) {
            content.saveGraphicsState();
            content.transform(new Matrix((float) graphic.scale(), 0, 0, (float) -graphic.scale(),
                    pt(graphic.x()), pt(height - graphic.y())));
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
        float x = pt(box.x());
        float y = pt(pageHeight - box.y() - box.height());
        float w = pt(box.width());
        float h = pt(box.height());
        float r = RoundedRectangle.radius(w, h, box.cornerRadius());
        if (r <= 0) {
            content.addRect(x, y, w, h);
        } else {
            addPath(content, RoundedRectangle.outline(x, y, w, h, r), POINT_STEP);
        }
        paintPath(content, box.fill(), box.stroke(), box.strokeWidth(), new PaintState());
    }

    private void drawDrawing(PDPageContentStream content, Drawing drawing) throws IOException {
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        PaintState state = new PaintState();
        for (VectorPath path : drawing.paths()) {
            addPath(content, path.ops(), FIGURE_STEP);
            paintPath(content, path.fill(), path.stroke(), path.strokeWidth(), state);
        }
    }

    /** The colours and line width already set inside one drawing, so each is written once, not per path. */
    private static final class PaintState {
        Colour fill;
        Colour stroke;
        double width = Double.NaN;
    }

    private static void addPath(PDPageContentStream content, List<PathOp> ops, double step) throws IOException {
        for (PathOp op : ops) {
            if (op instanceof PathOp.MoveTo m) {
                content.moveTo(round(m.x(), step), round(m.y(), step));
            } else if (op instanceof PathOp.LineTo l) {
                content.lineTo(round(l.x(), step), round(l.y(), step));
            } else if (op instanceof PathOp.CurveTo c) {
                content.curveTo(round(c.c1x(), step), round(c.c1y(), step), round(c.c2x(), step), round(c.c2y(), step),
                        round(c.x(), step), round(c.y(), step));
            } else if (op instanceof PathOp.Close) {
                content.closePath();
            }
        }
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

    /**
     * A position or length rounded to a hundredth of a point (a 3,600th of an inch, far below what
     * a printer or eye resolves), so the content streams carry two decimals rather than five.
     */
    static float pt(double value) {
        return round(value, POINT_STEP);
    }

    private static final double POINT_STEP = 100;
    /** A figure's outlines, in its own units (about a point each), to a tenth: 0.04 mm at the largest scale printed. */
    private static final double FIGURE_STEP = 10;

    private static float round(double value, double stepsPerUnit) {
        return (float) (Math.rint(value * stepsPerUnit) / stepsPerUnit);
    }

    /** A colour channel to three decimals: still exactly the 8-bit value it came from. */
    static float channel(int value) {
        return (float) (Math.rint(value / 255.0 * 1000) / 1000);
    }

    private PDType0Font font(FontFace face) throws IOException {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(FontMetrics.of(face).bytes()), true);
            fonts.put(face, font);
        }
        return font;
    }

}
