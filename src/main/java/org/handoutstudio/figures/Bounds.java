package org.handoutstudio.figures;

import java.util.List;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;

/** An axis-aligned box on the picture plane; built from paths it includes control points and half the stroke. */
record Bounds(double minX, double minY, double maxX, double maxY) {

    static final Bounds EMPTY = new Bounds(Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE);

    static Bounds of(List<VectorPath> paths) {
        Bounds b = EMPTY;
        for (VectorPath p : paths) {
            double pad = p.stroke() == null ? 0 : p.strokeWidth() / 2;
            for (PathOp op : p.ops()) {
                if (op instanceof PathOp.MoveTo m) b = b.include(m.x(), m.y(), pad);
                else if (op instanceof PathOp.LineTo l) b = b.include(l.x(), l.y(), pad);
                else if (op instanceof PathOp.CurveTo c) {
                    b = b.include(c.c1x(), c.c1y(), pad).include(c.c2x(), c.c2y(), pad).include(c.x(), c.y(), pad);
                }
            }
        }
        return b;
    }

    Bounds include(double x, double y, double pad) {
        return new Bounds(Math.min(minX, x - pad), Math.min(minY, y - pad), Math.max(maxX, x + pad), Math.max(maxY, y + pad));
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
