package org.handoutstudio.figures;

import static org.handoutstudio.figures.BodyProportions.*;

import java.util.List;
import java.util.Optional;

/**
 * Where the towel and ball of a figure are in each pose (world cm). Things the body lies on
 * (a towel under the knee or neck, a ball under the foot) are sized and placed from the first
 * pose and stay put; things the body holds (in a hand, between the knees) move with it.
 */
final class PropPlacement {

    /** A towel roll: a capsule from {@code a} to {@code b}. */
    record Roll(Vec3 a, Vec3 b, double radius) {
        Vec3 middle() {
            return a.lerp(b, 0.5);
        }
    }

    private final Equipment eq;
    private final PosedFigure first;

    PropPlacement(Equipment eq, List<PosedFigure> poses) {
        this.eq = eq;
        this.first = poses.get(0);
    }

    Optional<Roll> towel(PosedFigure pose) {
        Towel t = eq.towel();
        if (t == null) {
            return Optional.empty();
        }
        return Optional.of(switch (t.at()) {
            case UNDER_KNEE -> under(first.joint(Landmark.knee(t.side())));
            case UNDER_NECK -> {
                Vec3 neck = first.joint(Landmark.NECK_BASE).lerp(first.joint(Landmark.SKULL), 0.5);
                yield under(new Vec3(neck.x(), neck.y(), first.joint(Landmark.PELVIS).z()));
            }
            case BETWEEN_KNEES -> {
                Vec3 knees = pose.joint(Landmark.KNEES);
                Vec3 up = thighDirection(pose).times(-1);
                yield new Roll(knees.plus(up.times(Towel.KNEES_LENGTH - 3)), knees.plus(up.times(1)), Towel.KNEES_RADIUS);
            }
            case HAND -> {
                Vec3 grip = pose.joint(Landmark.grip(t.side()));
                Vec3 across = pose.skeleton().limb(t.side()).hand().right().times(Towel.HAND_LENGTH / 2);
                yield new Roll(grip.minus(across), grip.plus(across), Towel.HAND_RADIUS);
            }
            default -> throw new IllegalStateException(t.at().toString());
        });
    }

    /**
     * A roll across the body on the support below a joint, as thick as the gap under the body
     * there (within the widest roll's reach either side) allows, but never thinner than a towel rolls.
     */
    private Roll under(Vec3 joint) {
        double base = first.supportHeight(), reach = Towel.MAX_DIAMETER / 2;
        double clearance = first.parts().stream().flatMap(p -> p.solid().probeSpheres().stream())
                .filter(s -> Math.abs(s.centre().x() - joint.x()) <= reach + s.radius()
                        && Math.abs(s.centre().z() - joint.z()) <= Towel.LENGTH / 2 + s.radius())
                .mapToDouble(s -> s.centre().y() - s.radius()).min().orElse(joint.y()) - base;
        double diameter = Math.max(Towel.MIN_DIAMETER, Math.min(Towel.MAX_DIAMETER, clearance));
        Vec3 centre = new Vec3(joint.x(), base + diameter / 2, joint.z());
        Vec3 half = new Vec3(0, 0, Towel.LENGTH / 2);
        return new Roll(centre.minus(half), centre.plus(half), diameter / 2);
    }

    Optional<Solid.Sphere> ball(PosedFigure pose) {
        ExerciseBall b = eq.ball();
        if (b == null) {
            return Optional.empty();
        }
        double r = b.radius();
        return Optional.of(switch (b.at()) {
            case FLOOR, WALL -> new Solid.Sphere(b.centre(), r);
            case HAND -> {
                // In the palm, bulging out on the palm side so the fingers close round it.
                SkeletonState.LimbFrames f = pose.skeleton().limb(b.side());
                yield new Solid.Sphere(pose.joint(Landmark.grip(b.side())).plus(f.hand().forward().times(r * 0.55)), r);
            }
            case BETWEEN_KNEES -> new Solid.Sphere(pose.joint(Landmark.KNEES).minus(thighDirection(pose).times(r * 0.5)), r);
            case UNDER_FOOT -> {
                BodySide side = b.side();
                Vec3 mid = first.joint(Landmark.ankle(side)).lerp(first.joint(Landmark.ball(side)), 0.6);
                Support s = first.pose().support();
                double ground = s == Support.SEAT || s == Support.SADDLE || s == Support.BALL ? 0 : first.supportHeight();
                yield new Solid.Sphere(new Vec3(mid.x(), ground + r, mid.z()), r);
            }
            default -> throw new IllegalStateException(b.at().toString());
        });
    }

    /** The mean direction from hips to knees. */
    private static Vec3 thighDirection(PosedFigure pose) {
        Vec3 d = Vec3.ZERO;
        for (BodySide side : BodySide.values()) {
            d = d.plus(pose.joint(Landmark.knee(side)).minus(pose.joint(Landmark.hip(side))).normalised());
        }
        return d.normalised();
    }
}
