package org.handoutstudio.ui.preview;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import javafx.geometry.Rectangle2D;
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
        paint(g, page, pageWidth, pageHeight, x, y, scale, item -> true);
    }

    private static void paint(GraphicsContext g, Page page, double pageWidth, double pageHeight, double x, double y,
                              double scale, Predicate<PageItem> drawn) {
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
            if (!drawn.test(item)) {
                continue;
            }
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

    /**
     * Repaints only the part of a page that differs from {@code before}, which the canvas shows at
     * the same scale with its corner at (0, 0). An edit usually changes a line or two, and the
     * software renderer's cost is in the pixels a canvas repaint covers. The part is whole pixels,
     * so it matches a full repaint exactly. False, with nothing painted, when the pages' items do
     * not pair up one for one or the changes cover more than half the page.
     */
    public static boolean repaintChanged(GraphicsContext g, Page before, Page after, double pageWidth, double pageHeight,
                                         double scale) {
        List<PageItem> old = before.items();
        List<PageItem> now = after.items();
        if (old.size() != now.size()) {
            return false;
        }
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < now.size(); i++) {
            if (!PageItems.sameLook(old.get(i), now.get(i))) {
                for (PageItem item : List.of(old.get(i), now.get(i))) {
                    double bleed = bleed(item);
                    left = Math.min(left, item.left() - bleed);
                    top = Math.min(top, item.top() - bleed);
                    right = Math.max(right, item.right() + bleed);
                    bottom = Math.max(bottom, item.bottom() + bleed);
                }
            }
        }
        if (left > right) {
            return true;
        }
        double x0 = Math.max(0, Math.floor(left * scale));
        double y0 = Math.max(0, Math.floor(top * scale));
        double x1 = Math.min(Math.ceil(pageWidth * scale), Math.ceil(right * scale));
        double y1 = Math.min(Math.ceil(pageHeight * scale), Math.ceil(bottom * scale));
        if ((x1 - x0) * (y1 - y0) > pageWidth * pageHeight * scale * scale / 2) {
            return false;
        }
        g.save();
        g.beginPath();
        g.rect(x0, y0, x1 - x0, y1 - y0);
        g.clip();
        Rectangle2D area = new Rectangle2D(x0 / scale, y0 / scale, (x1 - x0) / scale, (y1 - y0) / scale);
        paint(g, after, pageWidth, pageHeight, 0, 0, scale,
                item -> area.intersects(item.left() - bleed(item), item.top() - bleed(item),
                        item.right() - item.left() + 2 * bleed(item), item.bottom() - item.top() + 2 * bleed(item)));
        g.restore();
        return true;
    }

    /** How far an item's ink may reach past its edges: glyphs overhang their advance, strokes their outline. */
    private static double bleed(PageItem item) {
        if (item instanceof PageItem.TextRun run) {
            return run.size() * 0.3;
        }
        if (item instanceof PageItem.Box box) {
            return box.strokeWidth() + 1;
        }
        return 2;
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
