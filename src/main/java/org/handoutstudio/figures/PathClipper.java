package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;

/**
 * Crops paths to a window for close-ups, so that every mark, stroke included, stays inside
 * it. Each path is cut to the window shrunk by half its stroke width; a path already inside
 * is kept as it is (curves and all), one outside is dropped, and one that crosses the edge is
 * flattened: filled paths are cut as polygons, stroke-only paths as lines.
 */
final class PathClipper {

    /** Line pieces per Bézier when flattening; plenty for shapes a few centimetres across. */
    private static final int CURVE_STEPS = 16;

    private record SubPath(List<PlanePoint> points, boolean closed) { }

    static List<VectorPath> clip(List<VectorPath> paths, Bounds window) {
        List<VectorPath> out = new ArrayList<>();
        for (VectorPath p : paths) {
            double pad = p.stroke() == null ? 0 : p.strokeWidth() / 2;
            Bounds inner = new Bounds(window.minX() + pad, window.minY() + pad, window.maxX() - pad, window.maxY() - pad);
            if (inner.width() <= 0 || inner.height() <= 0) {
                continue;
            }
            Bounds b = Bounds.of(List.of(new VectorPath(p.ops(), p.fill() == null ? p.stroke() : p.fill(), null, 0)));
            if (b.minX() >= inner.minX() && b.maxX() <= inner.maxX() && b.minY() >= inner.minY() && b.maxY() <= inner.maxY()) {
                out.add(p);
                continue;
            }
            if (b.maxX() < inner.minX() || b.minX() > inner.maxX() || b.maxY() < inner.minY() || b.minY() > inner.maxY()) {
                continue;
            }
            List<PathOp> ops = new ArrayList<>();
            for (SubPath sub : flatten(p.ops())) {
                if (p.fill() != null) {
                    List<PlanePoint> poly = clipPolygon(sub.points(), inner);
                    if (poly.size() >= 3) {
                        ops.addAll(PlaneShapes.polygon(poly));
                    }
                } else {
                    List<PlanePoint> line = new ArrayList<>(sub.points());
                    if (sub.closed() && !line.isEmpty()) {
                        line.add(line.get(0));
                    }
                    for (List<PlanePoint> run : clipPolyline(line, inner)) {
                        ops.addAll(PlaneShapes.polyline(run));
                    }
                }
            }
            if (!ops.isEmpty()) {
                out.add(new VectorPath(ops, p.fill(), p.stroke(), p.strokeWidth()));
            }
        }
        return out;
    }

    private static List<SubPath> flatten(List<PathOp> ops) {
        List<SubPath> subs = new ArrayList<>();
        List<PlanePoint> current = null;
        for (PathOp op : ops) {
            if (op instanceof PathOp.MoveTo m) {
                if (current != null && !current.isEmpty()) subs.add(new SubPath(current, false));
                current = new ArrayList<>(List.of(new PlanePoint(m.x(), m.y())));
            } else if (op instanceof PathOp.LineTo l) {
                current.add(new PlanePoint(l.x(), l.y()));
            } else if (op instanceof PathOp.CurveTo c) {
                PlanePoint p0 = current.get(current.size() - 1);
                for (int i = 1; i <= CURVE_STEPS; i++) {
                    double t = (double) i / CURVE_STEPS, u = 1 - t;
                    double x = u * u * u * p0.x() + 3 * u * u * t * c.c1x() + 3 * u * t * t * c.c2x() + t * t * t * c.x();
                    double y = u * u * u * p0.y() + 3 * u * u * t * c.c1y() + 3 * u * t * t * c.c2y() + t * t * t * c.y();
                    current.add(new PlanePoint(x, y));
                }
            } else if (op instanceof PathOp.Close) {
                subs.add(new SubPath(current, true));
                current = new ArrayList<>(List.of(current.get(0)));
            }
        }
        if (current != null && current.size() > 1) subs.add(new SubPath(current, false));
        return subs;
    }

    /** Sutherland–Hodgman against the four sides of the window. */
    static List<PlanePoint> clipPolygon(List<PlanePoint> polygon, Bounds w) {
        List<PlanePoint> pts = polygon;
        for (int edge = 0; edge < 4 && !pts.isEmpty(); edge++) {
            List<PlanePoint> next = new ArrayList<>();
            for (int i = 0; i < pts.size(); i++) {
                PlanePoint a = pts.get(i), b = pts.get((i + 1) % pts.size());
                boolean ina = inside(a, edge, w), inb = inside(b, edge, w);
                if (ina) next.add(a);
                if (ina != inb) next.add(crossing(a, b, edge, w));
            }
            pts = next;
        }
        return pts;
    }

    private static boolean inside(PlanePoint p, int edge, Bounds w) {
        return switch (edge) {
            case 0 -> p.x() >= w.minX();
            case 1 -> p.x() <= w.maxX();
            case 2 -> p.y() >= w.minY();
            default -> p.y() <= w.maxY();
        };
    }

    private static PlanePoint crossing(PlanePoint a, PlanePoint b, int edge, Bounds w) {
        double t = switch (edge) {
            case 0 -> (w.minX() - a.x()) / (b.x() - a.x());
            case 1 -> (w.maxX() - a.x()) / (b.x() - a.x());
            case 2 -> (w.minY() - a.y()) / (b.y() - a.y());
            default -> (w.maxY() - a.y()) / (b.y() - a.y());
        };
        PlanePoint p = new PlanePoint(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
        // Pin the cut exactly onto the edge so rounding never leaves it a hair outside.
        return switch (edge) {
            case 0 -> new PlanePoint(w.minX(), p.y());
            case 1 -> new PlanePoint(w.maxX(), p.y());
            case 2 -> new PlanePoint(p.x(), w.minY());
            default -> new PlanePoint(p.x(), w.maxY());
        };
    }

    /** Liang–Barsky on each segment; joined runs of visible segments. */
    static List<List<PlanePoint>> clipPolyline(List<PlanePoint> line, Bounds w) {
        List<List<PlanePoint>> runs = new ArrayList<>();
        List<PlanePoint> run = new ArrayList<>();
        for (int i = 0; i + 1 < line.size(); i++) {
            PlanePoint a = line.get(i), b = line.get(i + 1);
            double[] t = segment(a, b, w);
            if (t == null) {
                if (run.size() > 1) runs.add(run);
                run = new ArrayList<>();
                continue;
            }
            PlanePoint p = lerp(a, b, t[0], w), q = lerp(a, b, t[1], w);
            if (run.isEmpty() || t[0] > 0) {
                if (run.size() > 1) runs.add(run);
                run = new ArrayList<>(List.of(p));
            }
            run.add(q);
            if (t[1] < 1) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (run.size() > 1) runs.add(run);
        return runs;
    }

    private static double[] segment(PlanePoint a, PlanePoint b, Bounds w) {
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        double t0 = 0, t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - w.minX(), w.maxX() - a.x(), a.y() - w.minY(), w.maxY() - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) return null;
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) t0 = Math.max(t0, r);
                else t1 = Math.min(t1, r);
            }
        }
        return t0 <= t1 ? new double[] {t0, t1} : null;
    }

    private static PlanePoint lerp(PlanePoint a, PlanePoint b, double t, Bounds w) {
        double x = a.x() + t * (b.x() - a.x()), y = a.y() + t * (b.y() - a.y());
        return new PlanePoint(Math.max(w.minX(), Math.min(w.maxX(), x)), Math.max(w.minY(), Math.min(w.maxY(), y)));
    }

    private PathClipper() { }
}
