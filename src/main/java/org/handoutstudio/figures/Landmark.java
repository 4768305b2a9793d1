package org.handoutstudio.figures;

import java.util.Optional;

/**
 * Named points of a posed figure. Joints are skeleton points; the surface points (belly,
 * chest, back...) lie on the drawn outline and are handy targets for hands and cues.
 */
public enum Landmark implements JsonNamed {
    PELVIS("pelvis"), L5("l5"), L3("l3"), T12("t12"), T7("t7"), C7("c7"),
    NECK_BASE("neckBase"), SKULL("skull"), HEAD("head"),
    LEFT_HIP("leftHip"), LEFT_KNEE("leftKnee"), LEFT_ANKLE("leftAnkle"), LEFT_HEEL("leftHeel"),
    LEFT_BALL("leftBall"), LEFT_TOE("leftToe"),
    RIGHT_HIP("rightHip"), RIGHT_KNEE("rightKnee"), RIGHT_ANKLE("rightAnkle"), RIGHT_HEEL("rightHeel"),
    RIGHT_BALL("rightBall"), RIGHT_TOE("rightToe"),
    LEFT_SHOULDER("leftShoulder"), LEFT_ELBOW("leftElbow"), LEFT_WRIST("leftWrist"),
    LEFT_GRIP("leftGrip"), LEFT_HAND("leftHand"),
    RIGHT_SHOULDER("rightShoulder"), RIGHT_ELBOW("rightElbow"), RIGHT_WRIST("rightWrist"),
    RIGHT_GRIP("rightGrip"), RIGHT_HAND("rightHand"),
    /** Front surface of the abdomen, at navel height. */
    BELLY("belly"),
    /** Front surface of the chest. */
    CHEST("chest"),
    /** Back surface between the shoulder blades. */
    UPPER_BACK("upperBack"),
    /** Back surface of the lower back. */
    LOW_BACK("lowBack"),
    /** Back of the head. */
    BACK_OF_HEAD("backOfHead"),
    /** Midpoints of pairs, for anchoring. */
    ANKLES("ankles"), KNEES("knees"), SHOULDERS("shoulders");

    public final String jsonName;

    Landmark(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    public static Optional<Landmark> byJsonName(String name) {
        return JsonNamed.find(Landmark.class, name);
    }

    public static String names() {
        return JsonNamed.names(Landmark.class);
    }

    public static Landmark hip(BodySide s) { return s == BodySide.LEFT ? LEFT_HIP : RIGHT_HIP; }
    public static Landmark knee(BodySide s) { return s == BodySide.LEFT ? LEFT_KNEE : RIGHT_KNEE; }
    public static Landmark ankle(BodySide s) { return s == BodySide.LEFT ? LEFT_ANKLE : RIGHT_ANKLE; }
    public static Landmark heel(BodySide s) { return s == BodySide.LEFT ? LEFT_HEEL : RIGHT_HEEL; }
    public static Landmark ball(BodySide s) { return s == BodySide.LEFT ? LEFT_BALL : RIGHT_BALL; }
    public static Landmark toe(BodySide s) { return s == BodySide.LEFT ? LEFT_TOE : RIGHT_TOE; }
    public static Landmark shoulder(BodySide s) { return s == BodySide.LEFT ? LEFT_SHOULDER : RIGHT_SHOULDER; }
    public static Landmark elbow(BodySide s) { return s == BodySide.LEFT ? LEFT_ELBOW : RIGHT_ELBOW; }
    public static Landmark wrist(BodySide s) { return s == BodySide.LEFT ? LEFT_WRIST : RIGHT_WRIST; }
    public static Landmark grip(BodySide s) { return s == BodySide.LEFT ? LEFT_GRIP : RIGHT_GRIP; }
    public static Landmark hand(BodySide s) { return s == BodySide.LEFT ? LEFT_HAND : RIGHT_HAND; }
}
