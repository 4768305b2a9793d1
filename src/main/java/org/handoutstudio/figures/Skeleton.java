package org.handoutstudio.figures;

import static org.handoutstudio.figures.BodyProportions.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/** Forward kinematics: joint angles plus a pelvis placement give every landmark position. */
public final class Skeleton {

    public static SkeletonState compute(Vec3 pelvis, Rotation pelvisFrame, JointAngles a) {
        EnumMap<Landmark, Vec3> p = new EnumMap<>(Landmark.class);
        p.put(Landmark.PELVIS, pelvis);

        // Spine: each of lumbar and thoracic is two links sharing the angle, so curves look smooth.
        Rotation lumbarLink = spineLink(a.get(SpineJoint.LUMBAR) / 2, a.get(SpineJoint.SIDE_BEND) / 2, 0);
        Rotation thoracicLink = spineLink(a.get(SpineJoint.THORACIC) / 2, 0, a.get(SpineJoint.TWIST) / 2);
        Rotation lumbarLow = pelvisFrame.then(lumbarLink);
        Rotation lumbarHigh = lumbarLow.then(lumbarLink);
        Rotation thoraxLow = lumbarHigh.then(thoracicLink);
        Rotation thoraxHigh = thoraxLow.then(thoracicLink);
        Vec3 l5 = pelvis.plus(pelvisFrame.apply(L5_FORWARD, L5_UP, 0));
        Vec3 l3 = l5.plus(lumbarLow.apply(0, LUMBAR_HALF, 0));
        Vec3 t12 = l3.plus(lumbarHigh.apply(0, LUMBAR_HALF, 0));
        Vec3 t7 = t12.plus(thoraxLow.apply(0, THORACIC_HALF, 0));
        Vec3 c7 = t7.plus(thoraxHigh.apply(0, THORACIC_HALF, 0));
        p.put(Landmark.L5, l5);
        p.put(Landmark.L3, l3);
        p.put(Landmark.T12, t12);
        p.put(Landmark.T7, t7);
        p.put(Landmark.C7, c7);

        Rotation neck = thoraxHigh.then(Rotation.aboutZ(-a.get(SpineJoint.NECK))
                .then(Rotation.aboutY(a.get(SpineJoint.NECK_TURN)))
                .then(Rotation.aboutX(-a.get(SpineJoint.NECK_SIDE_BEND))));
        Rotation head = neck.then(Rotation.aboutZ(-a.get(SpineJoint.HEAD)));
        Vec3 neckBase = c7.plus(thoraxHigh.apply(NECK_BASE_FORWARD, 0, 0));
        Vec3 skull = neckBase.plus(neck.apply(0, NECK, 0));
        Vec3 headCentre = skull.plus(head.apply(HEAD_FORWARD, HEAD_UP, 0));
        p.put(Landmark.NECK_BASE, neckBase);
        p.put(Landmark.SKULL, skull);
        p.put(Landmark.HEAD, headCentre);
        p.put(Landmark.BACK_OF_HEAD, headCentre.minus(head.forward().times(HEAD_RADIUS)));
        Vec3 nose = headCentre.plus(head.apply(HEAD_RADIUS + 0.2, -1.2, 0));

        EnumMap<BodySide, SkeletonState.LimbFrames> frames = new EnumMap<>(BodySide.class);
        for (BodySide s : BodySide.values()) {
            frames.put(s, limb(s, a, pelvis, pelvisFrame, c7, thoraxHigh, p));
        }

        List<TrunkRing> rings = new ArrayList<>();
        // Cross-sections sized so that, standing, buttocks, shoulder blades and the back of the head
        // touch one vertical line, as against a wall; the lower back curves in front of it.
        rings.add(ring(pelvis, pelvisFrame, 0.5, -10, 4, 8, 10));
        rings.add(ring(pelvis, pelvisFrame, 0, -6, 7.5, 10.5, 13));
        rings.add(ring(pelvis, pelvisFrame, -0.5, 0, 10.5, 11.5, 16));
        rings.add(ring(l5, lumbarLow, 8, 0, 9.5, 11.5, 14.5));
        rings.add(ring(l3, lumbarHigh, 8.5, 0, 10, 10, 13.5));
        rings.add(ring(t12, thoraxLow, 9.5, 0, 11, 12.5, 14.5));
        rings.add(ring(t7, thoraxHigh, 7.5, 0, 13, 13, 16));
        rings.add(ring(c7, thoraxHigh, 6, -4, 8, 9, 15));
        rings.add(ring(c7, thoraxHigh, 4, 1, 3.5, 4, 6));
        p.put(Landmark.BELLY, rings.get(4).frontPoint());
        p.put(Landmark.LOW_BACK, rings.get(4).backPoint());
        p.put(Landmark.CHEST, rings.get(6).frontPoint());
        p.put(Landmark.UPPER_BACK, rings.get(6).backPoint());
        p.put(Landmark.ANKLES, p.get(Landmark.LEFT_ANKLE).lerp(p.get(Landmark.RIGHT_ANKLE), 0.5));
        p.put(Landmark.KNEES, p.get(Landmark.LEFT_KNEE).lerp(p.get(Landmark.RIGHT_KNEE), 0.5));
        p.put(Landmark.SHOULDERS, p.get(Landmark.LEFT_SHOULDER).lerp(p.get(Landmark.RIGHT_SHOULDER), 0.5));
        return new SkeletonState(p, pelvisFrame, thoraxHigh, head, frames, List.copyOf(rings), nose);
    }

    private static SkeletonState.LimbFrames limb(BodySide s, JointAngles a, Vec3 pelvis, Rotation pelvisFrame,
                                                 Vec3 c7, Rotation thorax, EnumMap<Landmark, Vec3> p) {
        Vec3 hip = pelvis.plus(pelvisFrame.apply(0, 0, s.sign * HIP_HALF_SPACING));
        Rotation thigh = pelvisFrame.then(proximal(s, a.get(s, LimbJoint.HIP),
                a.get(s, LimbJoint.HIP_ABDUCTION), a.get(s, LimbJoint.HIP_ROTATION)));
        Vec3 knee = hip.plus(thigh.apply(0, -THIGH, 0));
        Rotation shin = thigh.then(Rotation.aboutZ(-a.get(s, LimbJoint.KNEE)));
        Vec3 ankle = knee.plus(shin.apply(0, -SHIN, 0));
        Rotation foot = shin.then(Rotation.aboutZ(a.get(s, LimbJoint.ANKLE)));
        Vec3 ball = ankle.plus(foot.apply(BALL_FORWARD, BALL_UP, 0));
        Rotation toe = foot.then(Rotation.aboutZ(a.get(s, LimbJoint.TOES)));
        p.put(Landmark.hip(s), hip);
        p.put(Landmark.knee(s), knee);
        p.put(Landmark.ankle(s), ankle);
        p.put(Landmark.heel(s), ankle.plus(foot.apply(HEEL_FORWARD, HEEL_UP, 0)));
        p.put(Landmark.ball(s), ball);
        p.put(Landmark.toe(s), ball.plus(toe.apply(TOE_FORWARD, TOE_UP, 0)));

        Vec3 shoulder = c7.plus(thorax.apply(SHOULDER_FORWARD, SHOULDER_UP, s.sign * SHOULDER_HALF_SPACING));
        Rotation upperArm = thorax.then(proximal(s, a.get(s, LimbJoint.SHOULDER),
                a.get(s, LimbJoint.SHOULDER_ABDUCTION), a.get(s, LimbJoint.SHOULDER_ROTATION)));
        Vec3 elbow = shoulder.plus(upperArm.apply(0, -UPPER_ARM, 0));
        Rotation forearm = turned(upperArm.then(Rotation.aboutZ(a.get(s, LimbJoint.ELBOW))), s, a.get(s, LimbJoint.PRONATION));
        Vec3 wrist = elbow.plus(forearm.apply(0, -FOREARM, 0));
        Rotation hand = forearm.then(Rotation.aboutZ(a.get(s, LimbJoint.WRIST)));
        p.put(Landmark.shoulder(s), shoulder);
        p.put(Landmark.elbow(s), elbow);
        p.put(Landmark.wrist(s), wrist);
        p.put(Landmark.grip(s), wrist.plus(hand.apply(0, -GRIP, 0)));
        p.put(Landmark.hand(s), wrist.plus(hand.apply(0, -HAND, 0)));
        return new SkeletonState.LimbFrames(thigh, shin, foot, toe, upperArm, forearm, hand);
    }

    /** The forearm turned about its length by pronation (left alone at 0, so unturned poses keep their exact numbers). */
    static Rotation turned(Rotation forearm, BodySide s, double pronation) {
        return pronation == 0 ? forearm : forearm.then(Rotation.aboutY(s.sign * pronation));
    }

    /** A spine link: flexion bends forward, side bend and twist are positive to the left. */
    private static Rotation spineLink(double flexion, double sideBend, double twist) {
        return Rotation.aboutZ(-flexion).then(Rotation.aboutX(-sideBend)).then(Rotation.aboutY(twist));
    }

    /** Hip or shoulder: flexion swings the limb forward, abduction outward, rotation turns it outward. */
    static Rotation proximal(BodySide s, double flexion, double abduction, double externalRotation) {
        return Rotation.aboutZ(flexion)
                .then(Rotation.aboutX(-s.sign * abduction))
                .then(Rotation.aboutY(-s.sign * externalRotation));
    }

    private static TrunkRing ring(Vec3 base, Rotation frame, double forward, double up,
                                  double front, double back, double halfWidth) {
        return new TrunkRing(base.plus(frame.apply(forward, up, 0)), frame, front, back, halfWidth);
    }

    private Skeleton() { }
}
