package org.handoutstudio.figures;

import static org.handoutstudio.figures.BodyProportions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;

/** Paints equipment as soft-cornered grey solids seen through the same camera as the figure. */
final class PropPainter {

    private record Box(Vec3 min, Vec3 max, double rounding, Colour fill) { }

    private final Equipment eq;
    private final SceneExtent extent;
    private final Camera camera;
    private final Palette palette;
    private final double lineScale;

    PropPainter(Equipment eq, SceneExtent extent, Camera camera, Palette palette, double lineScale) {
        this.eq = eq;
        this.extent = extent;
        this.camera = camera;
        this.palette = palette;
        this.lineScale = lineScale;
    }

    /** Everything painted before the figure. */
    List<VectorPath> background(PosedFigure figure) {
        List<Box> boxes = new ArrayList<>();
        for (PropGeometry.Block b : PropGeometry.furniture(eq, extent.maxY() + 14)) {
            boxes.add(new Box(b.min(), b.max(), b.rounding(), b.soft() ? palette.mat() : palette.prop()));
        }
        double left = extent.minX(), right = extent.maxX();
        for (Box b : boxes) {
            left = Math.min(left, b.min().x());
            right = Math.max(right, b.max().x());
        }
        List<VectorPath> out = new ArrayList<>();
        if (eq.hasFloor()) {
            boxes.add(new Box(new Vec3(left - 14, -2.2, extent.minZ() - 10), new Vec3(right + 14, 0, extent.maxZ() + 10),
                    0.6, palette.prop()));
        }
        if (eq.hasMat()) {
            boxes.add(new Box(new Vec3(extent.minX() - 9, -2.8, extent.minZ() - 9), new Vec3(extent.maxX() + 9, 0, extent.maxZ() + 9),
                    1.2, palette.mat()));
        }
        if (eq.hasPillow()) {
            pillow(figure).ifPresent(boxes::add);
        }
        // Far boxes first; floors and mats (flat, low) before things standing on them.
        boxes.sort(Comparator.comparingDouble((Box b) -> b.max().y() <= 0.01 ? -1e9 : 0)
                .thenComparingDouble(b -> camera.depth(b.min().lerp(b.max(), 0.5))));
        for (Box b : boxes) {
            paintBox(out, b);
        }
        if (eq.waterHeight() != null) {
            out.addAll(water(left - 14, right + 14, eq.waterHeight()));
        }
        return out;
    }

    private Optional<Box> pillow(PosedFigure figure) {
        Vec3 head = figure.joint(Landmark.HEAD);
        double bottom = head.y() - HEAD_RADIUS;
        double base = figure.supportHeight();
        if (bottom - base < 2) {
            return Optional.empty();
        }
        double round = Math.min(3.5, (bottom - base) / 2 - 0.01);
        return Optional.of(new Box(new Vec3(head.x() - 15, base, head.z() - 22),
                new Vec3(head.x() + 15, bottom, head.z() + 22), round, palette.mat()));
    }

    private List<VectorPath> water(double x0, double x1, double y) {
        List<PlanePoint> pts = new ArrayList<>();
        for (double x = x0; x <= x1; x += 2) {
            pts.add(camera.project(new Vec3(x, y + 2.2 * Math.sin((x - x0) / 9), 0)));
        }
        return List.of(new VectorPath(PlaneShapes.polyline(pts), null, palette.propDark().tint(0.35), 2.2));
    }

    private void paintBox(List<VectorPath> out, Box b) {
        double r = b.rounding();
        Vec3 lo = b.min(), hi = b.max();
        // Shrink by the rounding so the round-joined stroke brings it back to full size.
        double rx = Math.min(r, (hi.x() - lo.x()) / 2 - 0.01), ry = Math.min(r, (hi.y() - lo.y()) / 2 - 0.01);
        double rz = Math.min(r, (hi.z() - lo.z()) / 2 - 0.01);
        double rr = Math.max(0.05, Math.min(rx, Math.min(ry, rz)));
        lo = lo.plus(new Vec3(rr, rr, rr));
        hi = hi.minus(new Vec3(rr, rr, rr));
        List<PlanePoint> corners = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            corners.add(camera.project(new Vec3((i & 1) == 0 ? lo.x() : hi.x(), (i & 2) == 0 ? lo.y() : hi.y(),
                    (i & 4) == 0 ? lo.z() : hi.z())));
        }
        List<PathOp> poly = PlaneShapes.polygon(PlaneShapes.hull(corners));
        out.add(new VectorPath(poly, palette.propOutline(), palette.propOutline(), 2 * rr + 2 * Palette.PROP_OUTLINE * lineScale));
        out.add(new VectorPath(poly, b.fill(), b.fill(), 2 * rr));
    }

    /** A dumbbell held at the grip, drawn side-on whatever the view so it reads at a glance. */
    List<VectorPath> dumbbell(PosedFigure figure, BodySide side) {
        PlanePoint g = camera.project(figure.joint(Landmark.grip(side)));
        List<VectorPath> out = new ArrayList<>();
        Colour dark = palette.propDark(), outline = palette.nearOutline();
        List<PathOp> bar = PlaneShapes.polyline(List.of(g.plus(new PlanePoint(-10, 0)), g.plus(new PlanePoint(10, 0))));
        out.add(new VectorPath(bar, null, outline, 2.6 + 2 * Palette.PROP_OUTLINE * lineScale));
        out.add(new VectorPath(bar, null, dark, 2.6));
        for (double dx : new double[] {-8.5, 8.5}) {
            List<PathOp> plate = PlaneShapes.polygon(List.of(g.plus(new PlanePoint(dx - 1.2, -4)), g.plus(new PlanePoint(dx + 1.2, -4)),
                    g.plus(new PlanePoint(dx + 1.2, 4)), g.plus(new PlanePoint(dx - 1.2, 4))));
            out.add(new VectorPath(plate, outline, outline, 3 + 2 * Palette.PROP_OUTLINE * lineScale));
            out.add(new VectorPath(plate, dark, dark, 3));
        }
        return out;
    }

    /** A towel or strap from both hands round the sole of one foot. */
    List<VectorPath> strap(PosedFigure figure, BodySide foot) {
        SkeletonState.LimbFrames f = figure.skeleton().limb(foot);
        Vec3 ball = figure.joint(Landmark.ball(foot));
        Vec3 sole = ball.plus(f.foot().apply(0.5, -BALL_RADIUS - 0.9, 0));
        Vec3 arch = ball.plus(f.foot().apply(-7, -BALL_RADIUS - 0.6, 0));
        List<VectorPath> out = new ArrayList<>();
        Colour colour = palette.propDark();
        for (BodySide hand : BodySide.values()) {
            List<PlanePoint> pts = List.of(camera.project(figure.joint(Landmark.grip(hand))), camera.project(sole),
                    camera.project(arch));
            List<PathOp> line = PlaneShapes.polyline(pts);
            out.add(new VectorPath(line, null, palette.nearOutline(), 2.6 + 2 * Palette.PROP_OUTLINE * lineScale));
            out.add(new VectorPath(line, null, colour, 2.6));
        }
        return out;
    }

    /** The bicycle, painted between the far leg and the rest of the figure. */
    List<VectorPath> bike(Equipment.Bike bike) {
        List<VectorPath> out = new ArrayList<>();
        Colour tube = palette.propOutline(), dark = palette.propDark();
        for (Vec3 hub : List.of(bike.rearWheel(), bike.frontWheel())) {
            List<PlanePoint> rim = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                double a = 2 * Math.PI * i / 48;
                rim.add(camera.project(hub.plus(new Vec3(Equipment.Bike.WHEEL_RADIUS * Math.cos(a),
                        Equipment.Bike.WHEEL_RADIUS * Math.sin(a), 0))));
            }
            List<PathOp> ring = PlaneShapes.polygon(rim);
            out.add(new VectorPath(ring, null, dark, 3.6));
            out.add(new VectorPath(PlaneShapes.circle(camera.project(hub), 2.2), dark, null, 0));
        }
        Vec3 bb = bike.bottomBracket(), seat = bike.saddle().plus(new Vec3(2, -4, 0));
        Vec3 head = bike.bars().plus(new Vec3(-6, -12, 0)), bars = bike.bars();
        tubes(out, tube, 3, bb, seat, head, bb, bike.rearWheel(), seat, head, bike.frontWheel());
        tubes(out, tube, 3, head, bars.plus(new Vec3(-3, -2, 0)), bars);
        Vec3 pedal = bike.pedal(BodySide.RIGHT);
        tubes(out, dark, 2.6, bb, new Vec3(pedal.x(), pedal.y(), 0));
        out.add(new VectorPath(PlaneShapes.circle(camera.project(bb), 3.2), dark, null, 0));
        Vec3 s = bike.saddle();
        List<PathOp> saddle = PlaneShapes.capsule(camera.project(s.plus(new Vec3(-8, -1.6, 0))), 1.8,
                camera.project(s.plus(new Vec3(6, -1.8, 0))), 1.6);
        out.add(new VectorPath(saddle, dark, dark, 0.8));
        return out;
    }

    private void tubes(List<VectorPath> out, Colour colour, double width, Vec3... chain) {
        List<PlanePoint> pts = new ArrayList<>();
        for (Vec3 v : chain) {
            pts.add(camera.project(v));
        }
        out.add(new VectorPath(PlaneShapes.polyline(pts), null, colour, width));
    }
}
