package org.handoutstudio.figures;

import static org.handoutstudio.figures.BodyProportions.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns a pose into a placed figure: forward kinematics, levelling the feet, resting the
 * lowest part on the support, anchoring left to right, then two-bone inverse kinematics for
 * hands and feet that must reach something. Grounding ignores limbs being placed that way,
 * and the cycle repeats a few times so body and limbs settle together.
 */
final class PoseSolver {

    private static final int ROUNDS = 4;

    /** Where a hand or foot should go, and which way the hand should point (null: leave it). */
    private record Target(Vec3 end, Vec3 handDirection) { }

    static PosedFigure solve(Pose pose, Equipment eq, String src, String path) {
        double supportY = eq.supportHeight(pose.support(), src, path + ".support");
        double[] span = eq.supportSpan(pose.support());
        Rotation root = Rotation.aboutY(pose.turn()).then(pose.body().rotation)
                .then(Rotation.aboutZ(-pose.lean())).then(Rotation.aboutY(pose.roll()));
        JointAngles a = pose.angles().copy();
        Vec3 offset = Vec3.ZERO;
        for (int round = 0; round < ROUNDS; round++) {
            SkeletonState s = levelled(pose, offset, root, a);
            // Anchor first, so that the support span (chair seat, saddle) is tested where the body will be.
            double dx = pose.anchorX() - s.point(pose.anchor()).x();
            double low = lowestAbove(BodyShapes.build(s, pose.face(), pose.hands()), pose, span, dx)
                    .orElseThrow(() -> SpecErrors.field(src, path + ".anchor", "no part of the body is above the "
                            + pose.support().jsonName + "; move the anchor or the prop"));
            offset = offset.plus(new Vec3(dx, supportY - low, 0));
            for (Limb limb : Limb.values()) {   // feet come after hands in the enum, so do two passes
                if (!limb.arm && pose.reach().containsKey(limb)) {
                    reachWith(limb, pose, offset, root, a, eq, supportY, src, path);
                }
            }
            for (Limb limb : Limb.values()) {
                if (limb.arm && pose.reach().containsKey(limb)) {
                    reachWith(limb, pose, offset, root, a, eq, supportY, src, path);
                }
            }
        }
        SkeletonState s = levelled(pose, offset, root, a);
        Map<Limb, Double> errors = new EnumMap<>(Limb.class);
        for (Map.Entry<Limb, Reach> e : pose.reach().entrySet()) {
            Limb limb = e.getKey();
            Target t = target(limb, e.getValue(), s, eq, pose.support(), supportY, src, path);
            Vec3 end = s.point(limb.arm ? Landmark.wrist(limb.side) : Landmark.ankle(limb.side));
            errors.put(limb, t == null ? 0 : end.distanceTo(t.end()));
        }
        return new PosedFigure(pose, s, BodyShapes.build(s, pose.face(), pose.hands()), supportY, Map.copyOf(errors));
    }

    /**
     * The lowest point, shifted {@code dx} across, of the parts that rest on the support (not those
     * placed by a reach) and lie over its span; empty when none does. Solving runs this for every
     * round of every pose, so it is a plain loop.
     */
    private static OptionalDouble lowestAbove(List<BodyPart> parts, Pose pose, double[] span, double dx) {
        double low = 0;
        boolean found = false;
        for (BodyPart part : parts) {
            if (placed(pose, part.group())) {
                continue;
            }
            for (Solid.Sphere sphere : part.solid().probeSpheres()) {
                double x = sphere.centre().x() + dx;
                if (span == null || x >= span[0] && x <= span[1]) {
                    double bottom = sphere.centre().y() - sphere.radius();
                    low = found ? Math.min(low, bottom) : bottom;
                    found = true;
                }
            }
        }
        return found ? OptionalDouble.of(low) : OptionalDouble.empty();
    }

    private static boolean placed(Pose pose, BodyGroup group) {
        for (Limb limb : pose.reach().keySet()) {
            if (limb.group() == group) {
                return true;
            }
        }
        return false;
    }

    /** Forward kinematics, then the ankles turned so the soles are level where the pose asks for it. */
    private static SkeletonState levelled(Pose pose, Vec3 offset, Rotation root, JointAngles a) {
        SkeletonState s = Skeleton.compute(offset, root, a);
        boolean changed = false;
        for (BodySide side : BodySide.values()) {
            Limb foot = side == BodySide.LEFT ? Limb.LEFT_FOOT : Limb.RIGHT_FOOT;
            Reach r = pose.reach().get(foot);
            boolean level = r == null ? pose.flatFeet() : r.kind() == Reach.Kind.FLOOR;
            if (level) {
                Vec3 up = s.limb(side).shin().applyInverse(new Vec3(0, 1, 0));
                a.set(side, LimbJoint.ANKLE, Math.toDegrees(Math.atan2(-up.x(), up.y())));
                a.set(side, LimbJoint.TOES, 0);
                changed = true;
            }
        }
        return changed ? Skeleton.compute(offset, root, a) : s;
    }

    private static void reachWith(Limb limb, Pose pose, Vec3 offset, Rotation root, JointAngles a,
                                  Equipment eq, double supportY, String src, String path) {
        SkeletonState s = levelled(pose, offset, root, a);
        BodySide side = limb.side;
        Reach r = pose.reach().get(limb);
        if (limb.arm && r.kind() == Reach.Kind.HANG) {
            Vec3 down = s.thoraxFrame().applyInverse(new Vec3(0, -1, 0));
            a.set(side, LimbJoint.SHOULDER, Math.toDegrees(Math.atan2(down.x(), -down.y())));
            a.set(side, LimbJoint.ELBOW, 0);
            a.set(side, LimbJoint.WRIST, 0);
            return;
        }
        Target t = target(limb, r, s, eq, pose.support(), supportY, src, path);
        if (limb.arm) {
            double[] sol = twoBone(s.thoraxFrame(), s.point(Landmark.shoulder(side)), t.end(), UPPER_ARM, FOREARM, true);
            a.set(side, LimbJoint.SHOULDER, sol[0]);
            a.set(side, LimbJoint.ELBOW, sol[1]);
            Rotation forearm = Skeleton.turned(s.thoraxFrame().then(Skeleton.proximal(side, sol[0],
                    a.get(side, LimbJoint.SHOULDER_ABDUCTION), a.get(side, LimbJoint.SHOULDER_ROTATION)))
                    .then(Rotation.aboutZ(sol[1])), side, a.get(side, LimbJoint.PRONATION));
            Vec3 dir = t.handDirection();
            if (dir == null && r.hand() == Reach.HandStyle.FLAT) {
                // Lay the hand on in the direction the forearm travels; a vertical forearm points it headward.
                Vec3 along = forearm.apply(0, -1, 0);
                Vec3 level = new Vec3(along.x(), 0, along.z());
                dir = level.length() > 0.35 ? level.normalised() : headward(s);
            }
            if (dir != null) {
                Vec3 local = forearm.applyInverse(dir);
                a.set(side, LimbJoint.WRIST, Math.toDegrees(Math.atan2(local.x(), -local.y())));
            }
        } else {
            double[] sol = twoBone(s.pelvisFrame(), s.point(Landmark.hip(side)), t.end(), THIGH, SHIN, false);
            a.set(side, LimbJoint.HIP, sol[0]);
            a.set(side, LimbJoint.KNEE, sol[1]);
            if (t.handDirection() != null) {   // for feet: the sole direction on a pedal
                Rotation shin = s.pelvisFrame().then(Skeleton.proximal(side, sol[0],
                        a.get(side, LimbJoint.HIP_ABDUCTION), a.get(side, LimbJoint.HIP_ROTATION)))
                        .then(Rotation.aboutZ(-sol[1]));
                Vec3 local = shin.applyInverse(t.handDirection());
                a.set(side, LimbJoint.ANKLE, Math.toDegrees(Math.atan2(local.y(), local.x())));
            }
        }
    }

    /**
     * Two-bone inverse kinematics in the parent's sagittal plane. Returns {proximal flexion,
     * distal flexion} in degrees; elbows bend forward, knees back, as joints do.
     */
    static double[] twoBone(Rotation parent, Vec3 base, Vec3 target, double a, double b, boolean arm) {
        Vec3 t = parent.applyInverse(target.minus(base));
        double d = Math.max(Math.abs(a - b) + 0.01, Math.min(a + b - 1e-6, Math.hypot(t.x(), t.y())));
        double cos = (a * a + b * b - d * d) / (2 * a * b);
        double bend = Math.PI - Math.acos(Math.max(-1, Math.min(1, cos)));
        double towardTarget = Math.atan2(t.x(), -t.y());
        double inner = Math.atan2(b * Math.sin(bend), a + b * Math.cos(bend));
        double proximal = arm ? towardTarget - inner : towardTarget + inner;
        return new double[] {Math.toDegrees(proximal), Math.toDegrees(bend)};
    }

    /** Along the floor toward the head end of the body. */
    private static Vec3 headward(SkeletonState s) {
        double sign = Math.signum(s.point(Landmark.SHOULDERS).x() - s.point(Landmark.PELVIS).x());
        return new Vec3(sign == 0 ? 1 : sign, 0, 0);
    }

    private static Target target(Limb limb, Reach r, SkeletonState s, Equipment eq, Support support, double supportY,
                                 String src, String path) {
        BodySide side = limb.side;
        String where = path + ".reach." + limb.jsonName;
        Vec3 base = s.point(limb.arm ? Landmark.shoulder(side) : Landmark.hip(side));
        switch (r.kind()) {
            case HANG:
                return null;
            case FLOOR: {
                double x = r.x() != null ? r.x() : base.x() + r.dx();
                // "floor" is what the body lies, kneels or stands on; seated, it is the real floor.
                double ground = support == Support.SEAT || support == Support.SADDLE ? 0 : supportY;
                double y = ground + (limb.arm ? PALM_RADIUS : ANKLE_HEIGHT);
                return new Target(new Vec3(x, y + r.dy(), base.z()), null);
            }
            case WALL: {
                double wall = Equipment.need(eq.wallX(), "wall", src, where);
                return new Target(new Vec3(wall - PALM_RADIUS + r.dx(), r.y(), base.z()), new Vec3(0, 1, 0));
            }
            case DOORWAY: {
                double edge = Equipment.need(eq.doorway(), "doorway", src, where).x();
                return new Target(new Vec3(edge - PALM_RADIUS + r.dx(), r.y(), base.z()), new Vec3(0, 1, 0));
            }
            case TABLE:
                return tableTarget(r, s, base, Equipment.need(eq.table(), "table", src, where).height());
            case CHAIR_BACK: {
                Equipment.Chair chair = Equipment.need(eq.chair(), "chair", src, where);
                Vec3 dir = new Vec3(Math.signum(chair.backX() - base.x()), -0.45, 0).normalised();
                Vec3 grip = new Vec3(chair.backX() + r.dx(), chair.backTop() + PALM_RADIUS + r.dy(), base.z());
                return new Target(grip.minus(dir.times(GRIP)), dir);
            }
            case BARS: {
                Equipment.Bike bike = Equipment.need(eq.bike(), "bike", src, where);
                Vec3 dir = new Vec3(1, -0.3, 0).normalised();
                Vec3 grip = bike.bars().plus(new Vec3(r.dx(), r.dy(), base.z()));
                return new Target(grip.minus(dir.times(GRIP)), dir);
            }
            case PEDAL: {
                Equipment.Bike bike = Equipment.need(eq.bike(), "bike", src, where);
                double pitch = Math.toRadians(-12);
                Vec3 fwd = new Vec3(Math.cos(pitch), Math.sin(pitch), 0);
                Vec3 up = new Vec3(-Math.sin(pitch), Math.cos(pitch), 0);
                Vec3 ball = bike.pedal(side).plus(new Vec3(r.dx(), BALL_RADIUS + 1.2 + r.dy(), 0));
                Vec3 ankle = ball.minus(fwd.times(BALL_FORWARD)).minus(up.times(BALL_UP));
                return new Target(new Vec3(ankle.x(), ankle.y(), base.z()), fwd);
            }
            case POINT:
                return new Target(new Vec3(r.x() + r.dx(), r.y() + r.dy(), base.z()), null);
            case LANDMARK: {
                Vec3 p = s.point(r.landmark());
                return new Target(new Vec3(p.x() + r.dx(), p.y() + r.dy(), base.z()), null);
            }
            default:
                throw new IllegalStateException(r.kind().toString());
        }
    }


    /**
     * A palm on the table top, or with {@code forearm} the elbow and wrist both resting on it:
     * the elbow goes as far forward as the upper arm reaches from the shoulder down to the top.
     */
    private static Target tableTarget(Reach r, SkeletonState s, Vec3 shoulder, double top) {
        if (!r.forearm()) {
            double x = r.x() != null ? r.x() : shoulder.x() + r.dx();
            return new Target(new Vec3(x, top + PALM_RADIUS + r.dy(), shoulder.z()), null);
        }
        Vec3 fwd = s.thoraxFrame().forward();
        Vec3 ahead = new Vec3(fwd.x(), 0, fwd.z()).length() < 1e-6 ? new Vec3(1, 0, 0)
                : new Vec3(fwd.x(), 0, fwd.z()).normalised();
        double elbowY = top + ELBOW_RADIUS + r.dy(), wristY = top + WRIST_RADIUS + r.dy();
        double drop = shoulder.y() - elbowY;
        double reach = Math.sqrt(Math.max(0, UPPER_ARM * UPPER_ARM - drop * drop));
        double along = Math.sqrt(FOREARM * FOREARM - (elbowY - wristY) * (elbowY - wristY));
        Vec3 wrist = new Vec3(shoulder.x(), wristY, shoulder.z()).plus(ahead.times(reach + along));
        return new Target(wrist, null);
    }

    private PoseSolver() { }
}
