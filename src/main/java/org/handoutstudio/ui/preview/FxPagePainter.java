package org.handoutstudio.ui.preview;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.RoundedRectangle;
import org.handoutstudio.graphics.VectorPath;
import org.handoutstudio.io.RasterImage;
import org.handoutstudio.layout.Page;
import org.handoutstudio.layout.PageItem;

/**
 * Paints one page of a PageList on a Canvas: the preview's twin of the PDF painter. Both read
 * the same items at the same coordinates, so the screen cannot drift from the print.
 */
public final class FxPagePainter {

    private static final Map<RasterImage, Image> IMAGES = new WeakHashMap<>();

    private FxPagePainter() {
    }

    /**
     * Paints {@code page} with its top-left corner at (x, y), at {@code scale} pixels per point.
     * Text is drawn at its size on screen rather than scaled with the page: JavaFX's software
     * renderer (remote desktops, machines without a usable graphics card) draws cached glyph
     * images only for text drawn unscaled, and otherwise fills every glyph of every repaint as a
     * shape (it still does on a screen scaled to 125% or more, where the canvas itself is scaled).
     */
    public static void paint(GraphicsContext g, Page page, double pageWidth, double pageHeight, double x, double y,
                             double scale) {
        g.save();
        Affine atPage = g.getTransform();
        atPage.appendTranslation(x, y);
        Affine scaled = atPage.clone();
        scaled.appendScale(scale, scale);
        g.setTransform(scaled);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, pageWidth, pageHeight);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (PageItem item : page.items()) {
            if (item instanceof PageItem.TextRun run) {
                g.setTransform(atPage);
                g.setFont(FxFonts.get(run.face(), run.size() * scale));
                g.setFill(fx(run.colour()));
                g.fillText(run.text(), run.x() * scale, run.baseline() * scale);
                g.setTransform(scaled);
            } else {
                draw(g, item);
            }
        }
        g.restore();
    }

    private static void draw(GraphicsContext g, PageItem item) {
        if (item instanceof PageItem.Box box) {
            drawBox(g, box);
        } else if (item instanceof PageItem.Graphic graphic) {
            g.save();
            g.translate(graphic.x(), graphic.y());
            g.scale(graphic.scale(), graphic.scale());
            drawDrawing(g, graphic.drawing());
            g.restore();
        } else if (item instanceof PageItem.Picture picture) {
            Image image = IMAGES.computeIfAbsent(picture.image(),
                    raster -> new Image(new ByteArrayInputStream(raster.encoded())));
            g.drawImage(image, picture.x(), picture.y(), picture.width(), picture.height());
        }
    }

    /** A box as the PDF draws it: the same rounded outline, filled and then stroked with square corners. */
    private static void drawBox(GraphicsContext g, PageItem.Box box) {
        float w = (float) box.width();
        float h = (float) box.height();
        float r = RoundedRectangle.radius(w, h, box.cornerRadius());
        g.beginPath();
        addPath(g, r <= 0 ? List.of(new PathOp.MoveTo(box.x(), box.y()), new PathOp.LineTo(box.x() + w, box.y()),
                new PathOp.LineTo(box.x() + w, box.y() + h), new PathOp.LineTo(box.x(), box.y() + h), new PathOp.Close())
                : RoundedRectangle.outline((float) box.x(), (float) box.y(), w, h, r));
        if (box.fill() != null) {
            g.setFill(fx(box.fill()));
            g.fill();
        }
        if (box.stroke() != null) {
            g.setStroke(fx(box.stroke()));
            g.setLineWidth(box.strokeWidth());
            g.setLineJoin(StrokeLineJoin.MITER);
            g.stroke();
        }
    }

    /** Paints a drawing with its top-left corner at (x, y), scaled: used for library thumbnails. */
    public static void paintDrawing(GraphicsContext g, Drawing drawing, double x, double y, double scale) {
        g.save();
        g.translate(x, y);
        g.scale(scale, scale);
        drawDrawing(g, drawing);
        g.restore();
    }

    private static void drawDrawing(GraphicsContext g, Drawing drawing) {
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (VectorPath path : drawing.paths()) {
            g.beginPath();
            addPath(g, path.ops());
            if (path.fill() != null) {
                g.setFill(fx(path.fill()));
                g.fill();
            }
            if (path.stroke() != null) {
                g.setStroke(fx(path.stroke()));
                g.setLineWidth(path.strokeWidth());
                g.stroke();
            }
        }
    }

    private static void addPath(GraphicsContext g, List<PathOp> ops) {
        for (PathOp op : ops) {
            if (op instanceof PathOp.MoveTo m) {
                g.moveTo(m.x(), m.y());
            } else if (op instanceof PathOp.LineTo l) {
                g.lineTo(l.x(), l.y());
            } else if (op instanceof PathOp.CurveTo c) {
                g.bezierCurveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
            } else if (op instanceof PathOp.Close) {
                g.closePath();
            }
        }
    }

    static Color fx(Colour colour) {
        return Color.rgb(colour.red(), colour.green(), colour.blue());
    }
}
