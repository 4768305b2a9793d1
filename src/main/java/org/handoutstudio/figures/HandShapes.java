package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

import org.handoutstudio.figures.BodyPart.Anatomy;
import org.handoutstudio.figures.Solid.Sphere;

/**
 * Builds a shaped hand from the hand frame: x is the palm side (the way wrist flexion turns
 * the hand), y runs back from the fingers to the wrist, z is to the figure's right, so the
 * thumb is on +z for the right hand. Pictogram proportions: fingers a little thick so they
 * read at handout size, and only as many joints as the shapes need.
 */
final class HandShapes {

    /** Finger lengths, index to little, and where each finger's knuckle sits across the palm (cm). */
    private static final double[] FINGER_LENGTH = {7.0, 7.6, 7.1, 5.8};
    private static final double[] KNUCKLE_ACROSS = {2.7, 0.9, -0.9, -2.7};
    private static final double KNUCKLE_Y = -8.2;
    /** Share of a finger's length in each of its three bones. */
    private static final double[] PHALANX = {0.45, 0.3, 0.25};
    private static final double FINGER_RADIUS = 0.95, TIP_RADIUS = 0.85, THUMB_RADIUS = 1.15;

    /** Knuckle, middle and end joint flexion (degrees toward the palm) and how far the fingers fan out. */
    private record Fingers(double mcp, double pip, double dip, double fan) { }

    static List<BodyPart> parts(SkeletonState s, BodySide side, HandShape shape) {
        Rotation frame = s.limb(side).hand();
        Vec3 wrist = s.point(Landmark.wrist(side));
        int t = side.sign;   // the thumb's side of the palm
        BodyGroup g = BodyGroup.arm(side);
        List<BodyPart> parts = new ArrayList<>();
        parts.add(new BodyPart(g, Anatomy.HAND, new Solid.Blob(List.of(
                sphere(wrist, frame, 0, -1.2, 2.1, 1.6), sphere(wrist, frame, 0, -1.2, -2.1, 1.6),
                sphere(wrist, frame, 0, -7.4, 2.9 * t, 1.3), sphere(wrist, frame, 0, -7.6, -2.9 * t, 1.2),
                sphere(wrist, frame, 0.2, -4.5, 0, 2.0)))));
        Vec3[] tips = new Vec3[4];
        for (int f = 0; f < 4; f++) {
            Fingers pose = fingers(shape, f);
            double fan = Math.toRadians(pose.fan() * (1.5 - f));   // index out to the thumb side, little the other way
            Vec3 at = new Vec3(0, KNUCKLE_Y, KNUCKLE_ACROSS[f] * t);
            double bend = 0;
            double[] angles = {pose.mcp(), pose.pip(), pose.dip()};
            for (int k = 0; k < 3; k++) {
                bend += Math.toRadians(angles[k]);
                double len = FINGER_LENGTH[f] * PHALANX[k];
                Vec3 dir = new Vec3(Math.sin(bend), -Math.cos(bend) * Math.cos(fan), -Math.cos(bend) * Math.sin(fan) * -t);
                Vec3 next = at.plus(dir.times(len));
                parts.add(new BodyPart(g, Anatomy.HAND, capsule(wrist, frame, at, FINGER_RADIUS, next,
                        k == 2 ? TIP_RADIUS : FINGER_RADIUS)));
                at = next;
            }
            tips[f] = at;
        }
        Vec3[] thumb = thumb(shape, t, tips);
        for (int k = 0; k + 1 < thumb.length; k++) {
            parts.add(new BodyPart(g, Anatomy.HAND, capsule(wrist, frame, thumb[k], THUMB_RADIUS, thumb[k + 1],
                    k == thumb.length - 2 ? TIP_RADIUS + 0.1 : THUMB_RADIUS)));
        }
        return parts;
    }

    private static Fingers fingers(HandShape shape, int finger) {
        return switch (shape) {
            case FIST -> new Fingers(85, 100, 60, 0);
            case FLAT -> new Fingers(0, 0, 0, 2);
            case SPREAD -> new Fingers(0, 0, 0, 13);
            case TABLETOP -> new Fingers(90, 0, 0, 2);
            case HOOK -> new Fingers(0, 95, 70, 2);
            case THUMB_INDEX, THUMB_MIDDLE, THUMB_RING, THUMB_LITTLE -> finger == shape.thumbTouches()
                    ? new Fingers(finger == 3 ? 55 : 45, 35, 10, 0) : new Fingers(5, 8, 4, 3);
            case RELAXED -> throw new IllegalArgumentException("the relaxed hand is drawn as a mitten");
        };
    }

    /** Thumb joints from its base in the palm to its tip, in the hand frame. */
    private static Vec3[] thumb(HandShape shape, int t, Vec3[] tips) {
        Vec3 base = new Vec3(0.8, -1.6, 2.8 * t);
        return switch (shape) {
            case FIST -> new Vec3[] {base, new Vec3(3.4, -4.4, 2.8 * t), new Vec3(4.6, -6.0, 0.4 * t)};
            case FLAT, HOOK -> new Vec3[] {base, new Vec3(0.6, -4.8, 4.3 * t), new Vec3(0.5, -7.6, 4.6 * t)};
            case SPREAD -> new Vec3[] {base, new Vec3(0.6, -3.6, 6.2 * t), new Vec3(0.5, -5.0, 8.6 * t)};
            case TABLETOP -> new Vec3[] {base, new Vec3(1.8, -4.6, 4.0 * t), new Vec3(2.4, -7.2, 4.2 * t)};
            default -> {
                // Thumb tip to fingertip: the thumb bows out on the palm side.
                Vec3 tip = tips[shape.thumbTouches()].plus(new Vec3(0.6, 0, 0.9 * t));
                Vec3 middle = base.lerp(tip, 0.5).plus(new Vec3(1.6, 0, 1.8 * t));
                yield new Vec3[] {base, middle, tip};
            }
        };
    }

    private static Sphere sphere(Vec3 wrist, Rotation frame, double x, double y, double z, double r) {
        return new Sphere(wrist.plus(frame.apply(x, y, z)), r);
    }

    private static Solid.Capsule capsule(Vec3 wrist, Rotation frame, Vec3 a, double ra, Vec3 b, double rb) {
        return new Solid.Capsule(new Sphere(wrist.plus(frame.apply(a)), ra), new Sphere(wrist.plus(frame.apply(b)), rb));
    }

    private HandShapes() { }
}
