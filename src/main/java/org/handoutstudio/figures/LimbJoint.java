package org.handoutstudio.figures;

import java.util.Optional;

/**
 * Arm and leg angles in degrees, anatomical sense: hip/shoulder flexion moves the limb
 * forward, knee flexion folds the shin back, elbow flexion brings the forearm up, ankle and
 * toe positive lift the toes (dorsiflexion), abduction moves the limb away from the midline,
 * rotation is external (outward). Wrist turns the hand the same way as elbow flexion, toward
 * the palm. Pronation turns the forearm palm-down: 0 palm up with the elbow bent (palm forward
 * with the arm hanging), 90 thumb up, 180 palm down; the wrist then bends toward the turned palm.
 */
public enum LimbJoint implements JsonNamed {
    HIP("hip"), HIP_ABDUCTION("hipAbduction"), HIP_ROTATION("hipRotation"), KNEE("knee"),
    ANKLE("ankle"), TOES("toes"),
    SHOULDER("shoulder"), SHOULDER_ABDUCTION("shoulderAbduction"),
    SHOULDER_ROTATION("shoulderRotation"), ELBOW("elbow"), WRIST("wrist"), PRONATION("pronation");

    public final String jsonName;

    LimbJoint(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    public static Optional<LimbJoint> byJsonName(String name) {
        return JsonNamed.find(LimbJoint.class, name);
    }

    public static String names() {
        return JsonNamed.names(LimbJoint.class);
    }
}
