package org.handoutstudio.figures;

import java.util.List;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;

/** An axis-aligned box on the picture plane; built from paths it includes control points and half the stroke. */
record Bounds(double minX, double minY, double maxX, double maxY) {

    static final Bounds EMPTY = new Bounds(Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE);

    static Bounds of(List<VectorPath> paths) {
        Growing box = new Growing();
        for (VectorPath p : paths) {
            double pad = p.stroke() == null ? 0 : p.strokeWidth() / 2;
            for (PathOp op : p.ops()) {
                if (op instanceof PathOp.MoveTo m) box.include(m.x(), m.y(), pad);
                else if (op instanceof PathOp.LineTo l) box.include(l.x(), l.y(), pad);
                else if (op instanceof PathOp.CurveTo c) {
                    box.include(c.c1x(), c.c1y(), pad);
                    box.include(c.c2x(), c.c2y(), pad);
                    box.include(c.x(), c.y(), pad);
                }
            }
        }
        return new Bounds(box.minX, box.minY, box.maxX, box.maxY);
    }

    /** A box grown in place: drawing a figure measures every point of its paths, and a Bounds a point was most of the cost. */
    private static final class Growing {
        double minX = EMPTY.minX, minY = EMPTY.minY, maxX = EMPTY.maxX, maxY = EMPTY.maxY;

        void include(double x, double y, double pad) {
            minX = Math.min(minX, x - pad);
            minY = Math.min(minY, y - pad);
            maxX = Math.max(maxX, x + pad);
            maxY = Math.max(maxY, y + pad);
        }
    }

    Bounds union(Bounds o) {
        return new Bounds(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY));
    }

    Bounds shifted(double dx) {
        return new Bounds(minX + dx, minY, maxX + dx, maxY);
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }
}
