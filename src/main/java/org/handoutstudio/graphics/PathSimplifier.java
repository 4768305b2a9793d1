package org.handoutstudio.graphics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Drops the points of straight-line runs that lie within a tolerance of the line through the
 * points kept (Douglas–Peucker). Curves, moves and closes are kept as they are. A figure's
 * outlines are sampled finely, and most of those points change nothing a reader can see while
 * making up most of a PDF page's size.
 */
public final class PathSimplifier {

    private PathSimplifier() {
    }

    /** The path with each run of line segments simplified to within {@code tolerance} of the original. */
    public static List<PathOp> simplify(List<PathOp> ops, double tolerance) {
        List<PathOp> out = new ArrayList<>(ops.size());
        List<PathOp.LineTo> run = new ArrayList<>();
        double startX = 0, startY = 0, currentX = 0, currentY = 0;
        for (PathOp op : ops) {
            if (op instanceof PathOp.LineTo line) {
                run.add(line);
                continue;
            }
            keep(currentX, currentY, run, tolerance, out);
            out.add(op);
            if (op instanceof PathOp.MoveTo move) {
                startX = currentX = move.x();
                startY = currentY = move.y();
            } else if (op instanceof PathOp.CurveTo curve) {
                currentX = curve.x();
                currentY = curve.y();
            } else if (op instanceof PathOp.Close) {
                currentX = startX;
                currentY = startY;
            }
        }
        keep(currentX, currentY, run, tolerance, out);
        return out;
    }

    /** Adds the kept points of {@code run} (which starts from x, y) to {@code out}, and empties it. */
    private static void keep(double x, double y, List<PathOp.LineTo> run, double tolerance, List<PathOp> out) {
        int n = run.size();
        if (n <= 1) {
            out.addAll(run);
            run.clear();
            return;
        }
        // Point i of the chain is the run's start for i = 0, else run.get(i - 1).
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        xs[0] = x;
        ys[0] = y;
        for (int i = 0; i < n; i++) {
            xs[i + 1] = run.get(i).x();
            ys[i + 1] = run.get(i).y();
        }
        boolean[] kept = new boolean[n + 1];
        kept[0] = kept[n] = true;
        Deque<int[]> spans = new ArrayDeque<>();
        spans.push(new int[] {0, n});
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            int from = span[0], to = span[1];
            int farthest = -1;
            double worst = tolerance;
            for (int i = from + 1; i < to; i++) {
                double d = distanceToSegment(xs[i], ys[i], xs[from], ys[from], xs[to], ys[to]);
                if (d > worst) {
                    worst = d;
                    farthest = i;
                }
            }
            if (farthest > 0) {
                kept[farthest] = true;
                spans.push(new int[] {from, farthest});
                spans.push(new int[] {farthest, to});
            }
        }
        for (int i = 1; i <= n; i++) {
            if (kept[i]) {
                out.add(run.get(i - 1));
            }
        }
        run.clear();
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
