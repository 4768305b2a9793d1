package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;

/** Movement cues, the arrow between poses and the hold badge, all in the accent colour. */
final class CuePainter {

    private static final double HEAD_LENGTH = 6.5, HEAD_HALF_WIDTH = 5;

    private final Camera camera;
    private final Palette palette;
    /** Multiplies stroke widths and arrowheads; cue sizes themselves are in the figure's cm. */
    private final double lineScale;
    private final double headLength, headHalfWidth;

    CuePainter(Camera camera, Palette palette) {
        this(camera, palette, 1);
    }

    CuePainter(Camera camera, Palette palette, double lineScale) {
        this.camera = camera;
        this.palette = palette;
        this.lineScale = lineScale;
        this.headLength = HEAD_LENGTH * lineScale;
        this.headHalfWidth = HEAD_HALF_WIDTH * lineScale;
    }

    List<VectorPath> cues(PosedFigure figure) {
        List<VectorPath> out = new ArrayList<>();
        for (CueSpec c : figure.pose().cues()) {
            Landmark at = Landmark.byJsonName(c.at()).orElseThrow();
            PlanePoint origin = camera.project(figure.joint(at)).plus(new PlanePoint(or(c.dx(), 0), or(c.dy(), 0)));
            switch (c.type()) {
                case "arc" -> arc(out, origin, or(c.radius(), 14), or(c.squash(), 1), c.from(), c.to());
                case "arrow" -> arrow(out, origin, or(c.angle(), 0), or(c.length(), 16));
                case "breath" -> breath(out, origin, or(c.radius(), 8));
                case "motion" -> motion(out, origin, or(c.length(), 18));
                default -> throw new IllegalStateException(c.type());
            }
        }
        return out;
    }

    private void arc(List<VectorPath> out, PlanePoint c, double r, double squash, double fromDeg, double toDeg) {
        double from = Math.toRadians(fromDeg), to = Math.toRadians(toDeg);
        double sense = Math.signum(to - from);
        // Stop the line where the arrowhead starts so its round cap does not poke out.
        double shaftEnd = to - sense * (headLength * 0.8) / r;
        out.add(stroke(PlaneShapes.arc(c, r, squash, from, shaftEnd), Palette.CUE_STROKE * lineScale));
        PlanePoint tip = c.plus(new PlanePoint(r * Math.cos(to), r * squash * Math.sin(to)));
        PlanePoint tangent = new PlanePoint(-r * Math.sin(to), r * squash * Math.cos(to)).times(sense).normalised();
        out.add(head(tip, tangent));
    }

    private void arrow(List<VectorPath> out, PlanePoint start, double angleDeg, double length) {
        PlanePoint dir = PlanePoint.polar(1, Math.toRadians(angleDeg));
        PlanePoint tip = start.plus(dir.times(length));
        out.add(stroke(PlaneShapes.polyline(List.of(start, tip.minus(dir.times(headLength * 0.8)))), Palette.CUE_STROKE * lineScale));
        out.add(head(tip, dir));
    }

    /** Soft concentric arcs rising from a point: breathing in and out. */
    private void breath(List<VectorPath> out, PlanePoint c, double r) {
        for (int i = 0; i < 3; i++) {
            double radius = r + i * 5;
            out.add(stroke(PlaneShapes.arc(c, radius, 1, Math.toRadians(55), Math.toRadians(125)), Palette.CUE_STROKE * 0.75 * lineScale));
        }
    }

    /** Speed lines trailing behind a moving figure (to the left of the point). */
    private void motion(List<VectorPath> out, PlanePoint c, double length) {
        double[] dy = {9, 0, -9};
        double[] scale = {0.7, 1, 0.7};
        for (int i = 0; i < 3; i++) {
            PlanePoint end = c.plus(new PlanePoint(0, dy[i]));
            PlanePoint start = end.minus(new PlanePoint(length * scale[i], 0));
            out.add(stroke(PlaneShapes.polyline(List.of(start, end)), Palette.CUE_STROKE * 0.8 * lineScale));
        }
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private VectorPath stroke(List<PathOp> ops, double width) {
        return new VectorPath(ops, null, palette.accent(), width);
    }

    private VectorPath head(PlanePoint tip, PlanePoint dir) {
        PlanePoint back = tip.minus(dir.times(headLength));
        PlanePoint side = dir.perpendicular().times(headHalfWidth);
        return new VectorPath(PlaneShapes.polygon(List.of(tip, back.plus(side), back.minus(side))),
                palette.accent(), palette.accent(), 1.2 * lineScale);
    }

    /** The chunky arrow between the start and end poses, centred on {@code centre}. */
    static VectorPath betweenPoses(PlanePoint centre, double length, Colour accent) {
        return betweenPoses(centre, length, 1, accent);
    }

    /** The same arrow with its thickness and head multiplied by {@code scale}. */
    static VectorPath betweenPoses(PlanePoint centre, double length, double scale, Colour accent) {
        double shaft = 3.2 * scale, head = 13 * scale, headHalf = 9 * scale;
        double x0 = centre.x() - length / 2, x1 = centre.x() + length / 2, y = centre.y();
        List<PlanePoint> pts = List.of(new PlanePoint(x0, y - shaft), new PlanePoint(x1 - head, y - shaft), new PlanePoint(x1 - head, y - headHalf),
                new PlanePoint(x1, y), new PlanePoint(x1 - head, y + headHalf), new PlanePoint(x1 - head, y + shaft), new PlanePoint(x0, y + shaft));
        return new VectorPath(PlaneShapes.polygon(pts), accent, accent, 1.6 * scale);
    }

    /** A clock face: hold this position. */
    static List<VectorPath> holdBadge(PlanePoint c, double r, Colour accent, Colour ink) {
        List<VectorPath> out = new ArrayList<>();
        out.add(new VectorPath(PlaneShapes.circle(c, r), accent, null, 0));
        out.add(new VectorPath(PlaneShapes.circle(c, r * 0.78), null, ink, r * 0.1));
        out.add(new VectorPath(PlaneShapes.polyline(List.of(c.plus(new PlanePoint(0, r * 0.55)), c, c.plus(new PlanePoint(r * 0.42, 0)))),
                null, ink, r * 0.16));
        return out;
    }
}
