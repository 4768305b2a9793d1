package org.handoutstudio.figures;

import static org.handoutstudio.figures.BodyProportions.*;

import java.util.ArrayList;
import java.util.List;

import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;

/**
 * Paints the props that go with the body in one pose: balls, rolled towels and resistance
 * bands. Each is painted where it sits in depth: under the body (background), round a hand
 * (just before that arm, so the fingers close over it), between the knees (between the legs)
 * or on top of the limbs a band is fixed to.
 */
final class BodyPropPainter {

    /** Drawn width of a band seen edge-on, and the knot where it is tied (cm). */
    static final double BAND_WIDTH = 1.7, KNOT_RADIUS = 2.2;

    private final Equipment eq;
    private final PropPlacement placement;
    private final PosedFigure pose;
    private final Camera camera;
    private final Palette palette;
    private final double lineScale;
    private final List<BodyGroup> order;

    BodyPropPainter(Equipment eq, PropPlacement placement, PosedFigure pose, Camera camera, Palette palette, double lineScale) {
        this.eq = eq;
        this.placement = placement;
        this.pose = pose;
        this.camera = camera;
        this.palette = palette;
        this.lineScale = lineScale;
        this.order = FigurePainter.paintingOrder(pose, camera);
    }

    /** What the body rests on or against: a gym ball, a towel under the neck, a ball under a foot. */
    List<VectorPath> background() {
        List<VectorPath> out = new ArrayList<>();
        Towel towel = eq.towel();
        if (towel != null && towel.at() == PropPlace.UNDER_NECK) {
            placement.towel(pose).ifPresent(r -> roll(out, r));
        }
        ExerciseBall ball = eq.ball();
        if (ball != null && (ball.gym() || ball.at() == PropPlace.UNDER_FOOT)) {
            placement.ball(pose).ifPresent(s -> ball(out, s));
        }
        return out;
    }

    List<VectorPath> before(BodyGroup group) {
        List<VectorPath> out = new ArrayList<>();
        ExerciseBall ball = eq.ball();
        if (ball != null && ball.at() == PropPlace.HAND && group == BodyGroup.arm(ball.side())) {
            placement.ball(pose).ifPresent(s -> ball(out, s));
        }
        Towel towel = eq.towel();
        if (towel != null && (towel.at() == PropPlace.HAND && group == BodyGroup.arm(towel.side())
                || towel.at() == PropPlace.UNDER_KNEE && group == BodyGroup.leg(towel.side()))) {
            // Under one knee: just before that leg, so the other leg, if nearer, passes in front.
            placement.towel(pose).ifPresent(r -> roll(out, r));
        }
        return out;
    }

    List<VectorPath> after(BodyGroup group) {
        List<VectorPath> out = new ArrayList<>();
        if (group == firstPainted(List.of(BodyGroup.LEFT_LEG, BodyGroup.RIGHT_LEG))) {
            // Between the knees: after the far leg, before the near one.
            if (eq.ball() != null && eq.ball().at() == PropPlace.BETWEEN_KNEES) {
                placement.ball(pose).ifPresent(s -> ball(out, s));
            }
            if (eq.towel() != null && eq.towel().at() == PropPlace.BETWEEN_KNEES) {
                placement.towel(pose).ifPresent(r -> roll(out, r));
            }
        }
        Band band = eq.band();
        if (band != null) {
            if (band.isLoop() && group == lastPainted(List.of(BodyGroup.LEFT_LEG, BodyGroup.RIGHT_LEG))) {
                strap(out, BandGeometry.loop(pose, band.around(), camera));
            }
            for (Band.End start : band.from()) {
                List<BodyGroup> groups = new ArrayList<>(BandGeometry.groups(start));
                groups.addAll(BandGeometry.groups(band.to()));
                if (group == lastPainted(groups)) {
                    strap(out, BandGeometry.strand(pose, start, band.to()));
                    if (band.to() instanceof Band.FixedEnd f) {
                        disc(out, new Vec3(f.x(), f.y(), 0), KNOT_RADIUS, palette.propDark(), palette.nearOutline());
                    }
                }
            }
        }
        return out;
    }

    private BodyGroup firstPainted(List<BodyGroup> groups) {
        return order.stream().filter(groups::contains).findFirst().orElse(null);
    }

    private BodyGroup lastPainted(List<BodyGroup> groups) {
        return order.stream().filter(groups::contains).reduce((a, b) -> b).orElse(null);
    }

    private void strap(List<VectorPath> out, List<Vec3> points) {
        List<PlanePoint> pts = points.stream().map(camera::project).toList();
        List<PathOp> line = PlaneShapes.polyline(pts);
        out.add(new VectorPath(line, null, palette.nearOutline(), BAND_WIDTH + 2 * Palette.PROP_OUTLINE * lineScale));
        out.add(new VectorPath(line, null, palette.propDark(), BAND_WIDTH));
    }

    private void ball(List<VectorPath> out, Solid.Sphere s) {
        disc(out, s.centre(), s.radius(), palette.mat(), palette.propOutline());
        // A short curved highlight so a disc reads as a ball.
        PlanePoint c = camera.project(s.centre());
        out.add(new VectorPath(PlaneShapes.arc(c, s.radius() * 0.7, 1, Math.toRadians(105), Math.toRadians(160)),
                null, palette.propOutline(), Math.min(s.radius() * 0.12, 1.2 * lineScale)));
    }

    private void disc(List<VectorPath> out, Vec3 centre, double r, Colour fill, Colour outline) {
        List<PathOp> circle = PlaneShapes.circle(camera.project(centre), r);
        out.add(new VectorPath(circle, outline, outline, 2 * Palette.PROP_OUTLINE * lineScale));
        out.add(new VectorPath(circle, fill, null, 0));
    }

    private void roll(List<VectorPath> out, PropPlacement.Roll roll) {
        PlanePoint a = camera.project(roll.a()), b = camera.project(roll.b());
        double r = roll.radius();
        List<PathOp> body = PlaneShapes.capsule(a, r, b, r);
        out.add(new VectorPath(body, palette.propOutline(), palette.propOutline(), 2 * Palette.PROP_OUTLINE * lineScale));
        out.add(new VectorPath(body, palette.mat(), null, 0));
        Vec3 axis = roll.b().minus(roll.a()).normalised();
        double endOn = axis.dot(camera.toward());
        if (Math.abs(endOn) > 0.75) {
            // Seen end-on: a spiral shows it is rolled up.
            PlanePoint c = endOn > 0 ? b : a;
            List<PlanePoint> spiral = new ArrayList<>();
            for (int i = 0; i <= 40; i++) {
                double t = i / 40.0;
                spiral.add(c.plus(PlanePoint.polar(r * (0.15 + 0.6 * t), 3 * Math.PI * t)));
            }
            out.add(new VectorPath(PlaneShapes.polyline(spiral), null, palette.propOutline(),
                    Math.min(r * 0.16, 0.9 * lineScale)));
        }
    }
}
