package org.handoutstudio.figures;

import static org.handoutstudio.figures.BodyProportions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.handoutstudio.figures.BodyPart.Anatomy;
import org.handoutstudio.figures.Solid.Sphere;

/** Dresses a skeleton in rounded solids: tapered limbs, a trunk that follows the spine, a round head. */
public final class BodyShapes {

    public static List<BodyPart> build(SkeletonState s, boolean face) {
        return build(s, face, Map.of());
    }

    /** {@code hands}: a shape for either hand; a hand not named is the relaxed mitten. */
    public static List<BodyPart> build(SkeletonState s, boolean face, Map<BodySide, HandShape> hands) {
        List<BodyPart> parts = new ArrayList<>();
        List<TrunkRing> rings = s.rings();
        for (int i = 0; i + 1 < rings.size(); i++) {
            parts.add(new BodyPart(BodyGroup.TRUNK, Anatomy.TRUNK, new Solid.RingPair(rings.get(i), rings.get(i + 1))));
        }
        parts.add(new BodyPart(BodyGroup.TRUNK, Anatomy.NECK, capsule(s.point(Landmark.NECK_BASE), NECK_RADIUS + 0.6,
                s.point(Landmark.SKULL), NECK_RADIUS)));
        parts.add(new BodyPart(BodyGroup.TRUNK, Anatomy.HEAD, new Solid.Ball(new Sphere(s.point(Landmark.HEAD), HEAD_RADIUS))));
        if (face) {
            parts.add(new BodyPart(BodyGroup.TRUNK, Anatomy.NOSE, new Solid.Ball(new Sphere(s.nose(), NOSE_RADIUS))));
        }
        for (BodySide side : BodySide.values()) {
            addLeg(parts, s, side);
            addArm(parts, s, side, hands.getOrDefault(side, HandShape.RELAXED));
        }
        return parts;
    }

    private static void addLeg(List<BodyPart> parts, SkeletonState s, BodySide side) {
        BodyGroup g = BodyGroup.leg(side);
        SkeletonState.LimbFrames f = s.limb(side);
        Vec3 knee = s.point(Landmark.knee(side));
        Vec3 ankle = s.point(Landmark.ankle(side));
        // The calf bulges behind the upper shin.
        Vec3 calf = knee.plus(f.shin().apply(-1.3, -13, 0));
        parts.add(new BodyPart(g, Anatomy.THIGH, capsule(s.point(Landmark.hip(side)), HIP_RADIUS, knee, KNEE_RADIUS)));
        parts.add(new BodyPart(g, Anatomy.SHIN, capsule(knee, KNEE_RADIUS, calf, CALF_RADIUS)));
        parts.add(new BodyPart(g, Anatomy.SHIN, capsule(calf, CALF_RADIUS, ankle, ANKLE_RADIUS)));
        parts.add(new BodyPart(g, Anatomy.FOOT, new Solid.Blob(List.of(new Sphere(ankle, ANKLE_RADIUS),
                new Sphere(s.point(Landmark.heel(side)), HEEL_RADIUS),
                new Sphere(s.point(Landmark.ball(side)), BALL_RADIUS)))));
        parts.add(new BodyPart(g, Anatomy.FOOT, capsule(s.point(Landmark.ball(side)), BALL_RADIUS,
                s.point(Landmark.toe(side)), TOE_RADIUS)));
    }

    private static void addArm(List<BodyPart> parts, SkeletonState s, BodySide side, HandShape hand) {
        BodyGroup g = BodyGroup.arm(side);
        Vec3 elbow = s.point(Landmark.elbow(side));
        Vec3 wrist = s.point(Landmark.wrist(side));
        Vec3 grip = s.point(Landmark.grip(side));
        parts.add(new BodyPart(g, Anatomy.UPPER_ARM, capsule(s.point(Landmark.shoulder(side)), SHOULDER_RADIUS,
                elbow, ELBOW_RADIUS)));
        parts.add(new BodyPart(g, Anatomy.FOREARM, capsule(elbow, ELBOW_RADIUS, wrist, WRIST_RADIUS)));
        if (hand != HandShape.RELAXED) {
            parts.addAll(HandShapes.parts(s, side, hand));
            return;
        }
        parts.add(new BodyPart(g, Anatomy.HAND, capsule(wrist, WRIST_RADIUS, grip, PALM_RADIUS)));
        parts.add(new BodyPart(g, Anatomy.HAND, capsule(grip, PALM_RADIUS, s.point(Landmark.hand(side)), FINGER_RADIUS)));
    }

    private static Solid.Capsule capsule(Vec3 a, double ra, Vec3 b, double rb) {
        return new Solid.Capsule(new Sphere(a, ra), new Sphere(b, rb));
    }

    private BodyShapes() { }
}
