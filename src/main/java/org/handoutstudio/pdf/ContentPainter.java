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
            content.newLineAtOffset((float) run.x(), (float) (height - run.baseline()));
            content.showText(run.text());
            content.endText();
        } else if (item instanceof PageItem.Box box) {
            drawBox(content, box);
        } else if (item instanceof PageItem.Graphic graphic) {
            content.saveGraphicsState();
            content.transform(new Matrix((float) graphic.scale(), 0, 0, (float) -graphic.scale(),
                    (float) graphic.x(), (float) (height - graphic.y())));
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
            content.addRect(x, y, w, h);
        } else {
            addPath(content, RoundedRectangle.outline(x, y, w, h, r));
        }
        paintPath(content, box.fill(), box.stroke(), box.strokeWidth());
    }

    private void drawDrawing(PDPageContentStream content, Drawing drawing) throws IOException {
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        for (VectorPath path : drawing.paths()) {
            addPath(content, path.ops());
            paintPath(content, path.fill(), path.stroke(), path.strokeWidth());
        }
    }

    private static void addPath(PDPageContentStream content, List<PathOp> ops) throws IOException {
        for (PathOp op : ops) {
            if (op instanceof PathOp.MoveTo m) {
                content.moveTo((float) m.x(), (float) m.y());
            } else if (op instanceof PathOp.LineTo l) {
                content.lineTo((float) l.x(), (float) l.y());
            } else if (op instanceof PathOp.CurveTo c) {
                content.curveTo((float) c.c1x(), (float) c.c1y(), (float) c.c2x(), (float) c.c2y(),
                        (float) c.x(), (float) c.y());
            } else if (op instanceof PathOp.Close) {
                content.closePath();
            }
        }
    }

    private static void paintPath(PDPageContentStream content, Colour fill, Colour stroke, double width)
            throws IOException {
        if (fill != null) {
            fill(content, fill);
        }
        if (stroke != null) {
            content.setStrokingColor(stroke.red() / 255f, stroke.green() / 255f, stroke.blue() / 255f);
            content.setLineWidth((float) width);
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
        content.setNonStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f);
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
