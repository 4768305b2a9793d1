package org.handoutstudio.figures;

import static org.handoutstudio.figures.BodyProportions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Where a resistance band runs in a posed figure (world cm). */
final class BandGeometry {

    /** Points of one strand: from the start, straight to the other end; a foot end wraps under the sole. */
    static List<Vec3> strand(PosedFigure pose, Band.End from, Band.End to) {
        List<Vec3> points = new ArrayList<>(end(pose, from));
        Collections.reverse(points);
        points.addAll(end(pose, to));
        return points;
    }

    /** The points at one end, from the free run of band to where it stops. */
    private static List<Vec3> end(PosedFigure pose, Band.End end) {
        if (end instanceof Band.FixedEnd f) {
            return List.of(new Vec3(f.x(), f.y(), 0));
        }
        Band.BodyEnd b = (Band.BodyEnd) end;
        if (b.kind() != Band.BodyEnd.Kind.FOOT) {
            return List.of(pose.joint(b.landmark()));
        }
        BodySide side = b.landmark() == Landmark.LEFT_BALL ? BodySide.LEFT : BodySide.RIGHT;
        SkeletonState.LimbFrames f = pose.skeleton().limb(side);
        Vec3 ball = pose.joint(Landmark.ball(side));
        return List.of(ball.plus(f.foot().apply(0.5, -BALL_RADIUS - 0.9, 0)), ball.plus(f.foot().apply(-7, -BALL_RADIUS - 0.6, 0)));
    }

    /**
     * The half of a loop round both thighs (just above the knees) or both shins (just above the
     * ankles) that faces the camera: the loop is a stadium round the two limbs.
     */
    static List<Vec3> loop(PosedFigure pose, Band.Loop around, Camera camera) {
        Vec3[] centre = new Vec3[2];
        Vec3 along = Vec3.ZERO;
        double radius = 0;
        for (BodySide side : BodySide.values()) {
            Vec3 hip = pose.joint(Landmark.hip(side)), knee = pose.joint(Landmark.knee(side));
            Vec3 ankle = pose.joint(Landmark.ankle(side));
            Vec3 c = around == Band.Loop.KNEES ? hip.lerp(knee, 0.8) : knee.lerp(ankle, 0.82);
            centre[side.ordinal()] = c;
            along = along.plus((around == Band.Loop.KNEES ? knee.minus(hip) : ankle.minus(knee)).normalised());
            radius = around == Band.Loop.KNEES ? HIP_RADIUS + (KNEE_RADIUS - HIP_RADIUS) * 0.8
                    : CALF_RADIUS + (ANKLE_RADIUS - CALF_RADIUS) * 0.7;
        }
        radius += BodyPropPainter.BAND_WIDTH / 2;
        Vec3 n = along.normalised();
        Vec3 gap = centre[1].minus(centre[0]);
        Vec3 u = gap.minus(n.times(gap.dot(n)));
        u = u.length() < 1e-6 ? perpendicular(n) : u.normalised();
        Vec3 v = n.cross(u);
        List<Vec3> ring = new ArrayList<>();
        for (int i = 0; i <= 24; i++) {           // round the first limb, away from the second
            double a = Math.PI / 2 + Math.PI * i / 24;
            ring.add(centre[0].plus(u.times(radius * Math.cos(a))).plus(v.times(radius * Math.sin(a))));
        }
        for (int i = 0; i <= 24; i++) {           // and round the second
            double a = -Math.PI / 2 + Math.PI * i / 24;
            ring.add(centre[1].plus(u.times(radius * Math.cos(a))).plus(v.times(radius * Math.sin(a))));
        }
        double middle = camera.depth(centre[0].lerp(centre[1], 0.5));
        // Start the walk at the point furthest from the camera so the near half is one run.
        int start = 0;
        for (int i = 1; i < ring.size(); i++) {
            if (camera.depth(ring.get(i)) < camera.depth(ring.get(start))) start = i;
        }
        List<Vec3> near = new ArrayList<>();
        for (int k = 0; k <= ring.size(); k++) {
            Vec3 p = ring.get((start + k) % ring.size());
            if (camera.depth(p) >= middle - 1e-6) near.add(p);
        }
        return near.size() >= 2 ? near : ring;
    }

    private static Vec3 perpendicular(Vec3 n) {
        Vec3 t = Math.abs(n.z()) < 0.9 ? new Vec3(0, 0, 1) : new Vec3(1, 0, 0);
        return t.minus(n.times(t.dot(n))).normalised();
    }

    /** The body groups a band end is fixed to, for painting it on top of them. */
    static List<BodyGroup> groups(Band.End end) {
        if (!(end instanceof Band.BodyEnd b)) {
            return List.of();
        }
        Landmark l = b.landmark();
        if (l == Landmark.KNEES || l == Landmark.ANKLES) {
            return List.of(BodyGroup.LEFT_LEG, BodyGroup.RIGHT_LEG);
        }
        for (BodySide side : BodySide.values()) {
            if (List.of(Landmark.hip(side), Landmark.knee(side), Landmark.ankle(side), Landmark.heel(side),
                    Landmark.ball(side), Landmark.toe(side)).contains(l)) {
                return List.of(BodyGroup.leg(side));
            }
            if (List.of(Landmark.shoulder(side), Landmark.elbow(side), Landmark.wrist(side), Landmark.grip(side),
                    Landmark.hand(side)).contains(l)) {
                return List.of(BodyGroup.arm(side));
            }
        }
        return List.of(BodyGroup.TRUNK);
    }

    private BandGeometry() { }
}
