package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.handoutstudio.graphics.PathOp;

/** Plane geometry for the painters: circles, tapered capsules, hulls and arcs as path operations (y up). */
final class PlaneShapes {

    private static final Comparator<PlanePoint> BY_X_THEN_Y =
            Comparator.comparingDouble(PlanePoint::x).thenComparingDouble(PlanePoint::y);

    static List<PathOp> circle(PlanePoint c, double r) {
        List<PathOp> ops = new ArrayList<>();
        PlanePoint start = c.plus(PlanePoint.polar(r, 0));
        ops.add(new PathOp.MoveTo(start.x(), start.y()));
        arcTo(ops, c, r, 0, 2 * Math.PI);
        ops.add(new PathOp.Close());
        return ops;
    }

    /** The hull of two circles: a limb segment that tapers from one joint to the next. */
    static List<PathOp> capsule(PlanePoint c1, double r1, PlanePoint c2, double r2) {
        PlanePoint d = c2.minus(c1);
        double len = d.length();
        if (len + Math.min(r1, r2) <= Math.max(r1, r2) + 1e-9) {
            return r1 >= r2 ? circle(c1, r1) : circle(c2, r2);
        }
        double along = Math.atan2(d.y(), d.x());
        double spread = Math.acos((r1 - r2) / len);
        List<PathOp> ops = new ArrayList<>();
        PlanePoint start = c1.plus(PlanePoint.polar(r1, along + spread));
        ops.add(new PathOp.MoveTo(start.x(), start.y()));
        PlanePoint p = c2.plus(PlanePoint.polar(r2, along + spread));
        ops.add(new PathOp.LineTo(p.x(), p.y()));
        arcTo(ops, c2, r2, along + spread, along - spread);
        p = c1.plus(PlanePoint.polar(r1, along - spread));
        ops.add(new PathOp.LineTo(p.x(), p.y()));
        arcTo(ops, c1, r1, along - spread, along + spread - 2 * Math.PI);
        ops.add(new PathOp.Close());
        return ops;
    }

    static List<PathOp> polygon(List<PlanePoint> points) {
        List<PathOp> ops = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            PlanePoint p = points.get(i);
            ops.add(i == 0 ? new PathOp.MoveTo(p.x(), p.y()) : new PathOp.LineTo(p.x(), p.y()));
        }
        ops.add(new PathOp.Close());
        return ops;
    }

    static List<PathOp> polyline(List<PlanePoint> points) {
        List<PathOp> ops = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            PlanePoint p = points.get(i);
            ops.add(i == 0 ? new PathOp.MoveTo(p.x(), p.y()) : new PathOp.LineTo(p.x(), p.y()));
        }
        return ops;
    }

    /** Points round a circle, for hulls of several circles. */
    static List<PlanePoint> circlePoints(PlanePoint c, double r, int n) {
        List<PlanePoint> pts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pts.add(c.plus(PlanePoint.polar(r, 2 * Math.PI * i / n)));
        }
        return pts;
    }

    /** Convex hull, anticlockwise (Andrew's monotone chain). */
    static List<PlanePoint> hull(List<PlanePoint> input) {
        PlanePoint[] pts = input.toArray(new PlanePoint[0]);
        Arrays.sort(pts, BY_X_THEN_Y);
        if (pts.length < 3) {
            return new ArrayList<>(Arrays.asList(pts));
        }
        // Both chains on one array, as a stack: a blob's hull has hundreds of points.
        PlanePoint[] chain = new PlanePoint[2 * pts.length];
        int size = 0;
        for (PlanePoint p : pts) {
            while (size >= 2 && cross(chain[size - 2], chain[size - 1], p) <= 0) {
                size--;
            }
            chain[size++] = p;
        }
        int lowerEnd = size - 1;   // the lower chain's last point starts the upper chain
        int upperStart = size;
        for (int i = pts.length - 1; i >= 0; i--) {
            PlanePoint p = pts[i];
            while (size - upperStart >= 2 && cross(chain[size - 2], chain[size - 1], p) <= 0) {
                size--;
            }
            chain[size++] = p;
        }
        List<PlanePoint> hull = new ArrayList<>(size - 2);
        for (int i = 0; i < lowerEnd; i++) {
            hull.add(chain[i]);
        }
        for (int i = upperStart; i < size - 1; i++) {
            hull.add(chain[i]);
        }
        return hull;
    }

    private static double cross(PlanePoint o, PlanePoint a, PlanePoint b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }

    /** An open elliptical arc from angle {@code from} to {@code to} (radians, either way round). */
    static List<PathOp> arc(PlanePoint c, double r, double squash, double from, double to) {
        List<PathOp> ops = new ArrayList<>();
        PlanePoint start = c.plus(PlanePoint.polar(r, from));
        ops.add(new PathOp.MoveTo(start.x(), start.y()));
        arcTo(ops, c, r, from, to);
        return squash == 1 ? ops : squashY(ops, c.y(), squash);
    }

    /** Appends cubic Béziers following a circle from angle a0 to a1; the current point must be at a0. */
    static void arcTo(List<PathOp> ops, PlanePoint c, double r, double a0, double a1) {
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(a1 - a0) / (Math.PI / 2) - 1e-9));
        double step = (a1 - a0) / pieces;
        double k = 4.0 / 3.0 * Math.tan(step / 4);
        for (int i = 0; i < pieces; i++) {
            double a = a0 + i * step, b = a + step;
            PlanePoint p0 = c.plus(PlanePoint.polar(r, a));
            PlanePoint p3 = c.plus(PlanePoint.polar(r, b));
            PlanePoint c1 = p0.plus(new PlanePoint(-Math.sin(a), Math.cos(a)).times(k * r));
            PlanePoint c2 = p3.minus(new PlanePoint(-Math.sin(b), Math.cos(b)).times(k * r));
            ops.add(new PathOp.CurveTo(c1.x(), c1.y(), c2.x(), c2.y(), p3.x(), p3.y()));
        }
    }

    private static List<PathOp> squashY(List<PathOp> ops, double cy, double k) {
        return ops.stream().map(op -> PathMapping.map(op, (x, y) -> new PlanePoint(x, cy + (y - cy) * k))).toList();
    }

    private PlaneShapes() { }
}
