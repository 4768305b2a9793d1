package org.handoutstudio.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sense of each joint angle, and that standing gives adult proportions. */
class SkeletonTest {

    private static SkeletonState standing(JointAngles a) {
        return Skeleton.compute(Vec3.ZERO, Rotation.IDENTITY, a);
    }

    @Test
    void standingFigureIsAbout170CentimetresTall() {
        SkeletonState s = standing(new JointAngles());
        double sole = s.point(Landmark.RIGHT_ANKLE).y() - BodyProportions.ANKLE_HEIGHT;
        double top = s.point(Landmark.HEAD).y() + BodyProportions.HEAD_RADIUS;
        assertEquals(BodyProportions.HEIGHT, top - sole, 4);
        double hipHeight = -sole;
        assertEquals(0.53, hipHeight / (top - sole), 0.02, "hip joint at about 53% of height");
        double shoulderHeight = s.point(Landmark.RIGHT_SHOULDER).y() - sole;
        assertEquals(0.82, shoulderHeight / (top - sole), 0.03, "shoulder at about 82% of height");
    }

    @Test
    void rightSideFacesTheSideViewCamera() {
        SkeletonState s = standing(new JointAngles());
        assertTrue(s.point(Landmark.RIGHT_HIP).z() > 0 && s.point(Landmark.LEFT_HIP).z() < 0);
    }

    @Test
    void flexionMovesLimbsForwardAndKneesFoldBack() {
        SkeletonState hip = standing(new JointAngles().set(BodySide.RIGHT, LimbJoint.HIP, 90));
        assertTrue(hip.point(Landmark.RIGHT_KNEE).x() > 40, "hip flexion lifts the thigh forward");
        SkeletonState knee = standing(new JointAngles().set(BodySide.RIGHT, LimbJoint.KNEE, 90));
        assertTrue(knee.point(Landmark.RIGHT_ANKLE).x() < -40, "knee flexion takes the foot back");
        SkeletonState elbow = standing(new JointAngles().set(BodySide.RIGHT, LimbJoint.ELBOW, 90));
        assertTrue(elbow.point(Landmark.RIGHT_WRIST).x() > elbow.point(Landmark.RIGHT_ELBOW).x() + 20,
                "elbow flexion brings the forearm forward");
        SkeletonState trunk = standing(new JointAngles().set(SpineJoint.LUMBAR, 40).set(SpineJoint.THORACIC, 40));
        assertTrue(trunk.point(Landmark.HEAD).x() > 30, "spinal flexion bends forward");
        SkeletonState abducted = standing(new JointAngles().set(BodySide.RIGHT, LimbJoint.SHOULDER_ABDUCTION, 90));
        assertTrue(abducted.point(Landmark.RIGHT_WRIST).z() > 60, "abduction lifts the arm out to its own side");
        SkeletonState twisted = standing(new JointAngles().set(SpineJoint.TWIST, 90));
        assertTrue(twisted.point(Landmark.RIGHT_SHOULDER).x() > 10, "a twist to the left brings the right shoulder forward");
    }

    @Test
    void twoBoneSolverReachesAReachableTarget() {
        JointAngles a = new JointAngles();
        SkeletonState s = standing(a);
        Vec3 shoulder = s.point(Landmark.RIGHT_SHOULDER);
        Vec3 target = shoulder.plus(new Vec3(35, -20, 0));
        double[] sol = PoseSolver.twoBone(s.thoraxFrame(), shoulder, target, BodyProportions.UPPER_ARM,
                BodyProportions.FOREARM, true);
        SkeletonState reached = standing(a.set(BodySide.RIGHT, LimbJoint.SHOULDER, sol[0]).set(BodySide.RIGHT, LimbJoint.ELBOW, sol[1]));
        assertEquals(0, reached.point(Landmark.RIGHT_WRIST).distanceTo(target), 1e-6);
        assertTrue(sol[1] > 0, "the elbow bends the anatomical way");
    }
}
