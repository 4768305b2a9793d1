package org.handoutstudio.figures;

import java.util.List;
import org.handoutstudio.graphics.PathOp;

/** Applies a point mapping to path operations (control points included). */
final class PathMapping {

    interface PointMap {
        PlanePoint map(double x, double y);
    }

    static PathOp map(PathOp op, PointMap f) {
        if (op instanceof PathOp.MoveTo m) {
            PlanePoint p = f.map(m.x(), m.y());
            return new PathOp.MoveTo(p.x(), p.y());
        }
        if (op instanceof PathOp.LineTo l) {
            PlanePoint p = f.map(l.x(), l.y());
            return new PathOp.LineTo(p.x(), p.y());
        }
        if (op instanceof PathOp.CurveTo c) {
            PlanePoint a = f.map(c.c1x(), c.c1y());
            PlanePoint b = f.map(c.c2x(), c.c2y());
            PlanePoint p = f.map(c.x(), c.y());
            return new PathOp.CurveTo(a.x(), a.y(), b.x(), b.y(), p.x(), p.y());
        }
        return op;
    }

    static List<PathOp> map(List<PathOp> ops, PointMap f) {
        return ops.stream().map(op -> map(op, f)).toList();
    }

    private PathMapping() { }
}
