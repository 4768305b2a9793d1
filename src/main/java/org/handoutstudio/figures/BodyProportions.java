package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Segment lengths and drawn thicknesses of the adult figure, in centimetres for a 170 cm
 * adult (lengths follow the usual anthropometric fractions of height: thigh and shin about
 * 0.245 H each, upper arm 0.186 H, forearm 0.146 H, hand 0.108 H). Thicknesses are slimmed a
 * little for the pictogram look.
 */
public final class BodyProportions {

    public static final double HEIGHT = 170;

    // Legs: hip joints sit either side of the pelvis origin.
    public static final double HIP_HALF_SPACING = 9;
    public static final double THIGH = 42;
    public static final double SHIN = 42;
    /** Ankle joint above the sole. */
    public static final double ANKLE_HEIGHT = 6.6;
    /** Foot points in the foot frame (forward, up) from the ankle. */
    public static final double HEEL_FORWARD = -3.5, HEEL_UP = -3.1;
    public static final double BALL_FORWARD = 13, BALL_UP = -4.3;
    public static final double TOE_FORWARD = 5.5, TOE_UP = -0.4;

    // Spine chain from the pelvis origin (midway between the hip joints).
    public static final double L5_FORWARD = -5, L5_UP = 9;
    public static final double LUMBAR_HALF = 9;
    public static final double THORACIC_HALF = 15;
    /** Shoulder joint from C7 in the upper thorax frame. */
    public static final double SHOULDER_FORWARD = 3, SHOULDER_UP = -5, SHOULDER_HALF_SPACING = 17;
    public static final double NECK_BASE_FORWARD = 3;
    public static final double NECK = 7;
    public static final double HEAD_FORWARD = 2, HEAD_UP = 6;

    // Arms.
    public static final double UPPER_ARM = 31;
    public static final double FOREARM = 25;
    /** Wrist to the middle of the palm (where a hand grips) and to the fingertips. */
    public static final double GRIP = 7.5;
    public static final double HAND = 15;

    // Drawn radii.
    public static final double HEAD_RADIUS = 10.5;
    public static final double NOSE_RADIUS = 3.0;
    public static final double NECK_RADIUS = 4.6;
    public static final double HIP_RADIUS = 8.0;
    public static final double KNEE_RADIUS = 5.0;
    public static final double CALF_RADIUS = 5.3;
    public static final double ANKLE_RADIUS = 3.2;
    public static final double HEEL_RADIUS = 3.5;
    public static final double BALL_RADIUS = 2.3;
    public static final double TOE_RADIUS = 1.9;
    public static final double SHOULDER_RADIUS = 5.0;
    public static final double ELBOW_RADIUS = 3.6;
    public static final double WRIST_RADIUS = 2.6;
    public static final double PALM_RADIUS = 2.9;
    public static final double FINGER_RADIUS = 2.0;

    /** A pair of landmarks a fixed distance apart whatever the pose. */
    public record RigidSegment(Landmark from, Landmark to, double length) { }

    /** Every rigid bone of the figure, for checks that limbs keep their length. */
    public static List<RigidSegment> rigidSegments() {
        List<RigidSegment> segments = new ArrayList<>();
        segments.add(new RigidSegment(Landmark.PELVIS, Landmark.L5, Math.hypot(L5_FORWARD, L5_UP)));
        segments.add(new RigidSegment(Landmark.L5, Landmark.L3, LUMBAR_HALF));
        segments.add(new RigidSegment(Landmark.L3, Landmark.T12, LUMBAR_HALF));
        segments.add(new RigidSegment(Landmark.T12, Landmark.T7, THORACIC_HALF));
        segments.add(new RigidSegment(Landmark.T7, Landmark.C7, THORACIC_HALF));
        segments.add(new RigidSegment(Landmark.NECK_BASE, Landmark.SKULL, NECK));
        segments.add(new RigidSegment(Landmark.SKULL, Landmark.HEAD, Math.hypot(HEAD_FORWARD, HEAD_UP)));
        for (BodySide s : BodySide.values()) {
            segments.add(new RigidSegment(Landmark.PELVIS, Landmark.hip(s), HIP_HALF_SPACING));
            segments.add(new RigidSegment(Landmark.hip(s), Landmark.knee(s), THIGH));
            segments.add(new RigidSegment(Landmark.knee(s), Landmark.ankle(s), SHIN));
            segments.add(new RigidSegment(Landmark.ankle(s), Landmark.heel(s), Math.hypot(HEEL_FORWARD, HEEL_UP)));
            segments.add(new RigidSegment(Landmark.ankle(s), Landmark.ball(s), Math.hypot(BALL_FORWARD, BALL_UP)));
            segments.add(new RigidSegment(Landmark.ball(s), Landmark.toe(s), Math.hypot(TOE_FORWARD, TOE_UP)));
            segments.add(new RigidSegment(Landmark.C7, Landmark.shoulder(s),
                    Math.sqrt(SHOULDER_FORWARD * SHOULDER_FORWARD + SHOULDER_UP * SHOULDER_UP
                            + SHOULDER_HALF_SPACING * SHOULDER_HALF_SPACING)));
            segments.add(new RigidSegment(Landmark.shoulder(s), Landmark.elbow(s), UPPER_ARM));
            segments.add(new RigidSegment(Landmark.elbow(s), Landmark.wrist(s), FOREARM));
            segments.add(new RigidSegment(Landmark.wrist(s), Landmark.hand(s), HAND));
        }
        return List.copyOf(segments);
    }

    private BodyProportions() { }
}
