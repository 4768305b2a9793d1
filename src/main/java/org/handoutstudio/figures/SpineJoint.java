package org.handoutstudio.figures;

import java.util.Optional;

/**
 * Trunk and neck angles in degrees. Flexion (bending forward) is positive, extension negative;
 * turns and side bends are positive toward the figure's left.
 */
public enum SpineJoint implements JsonNamed {
    LUMBAR("lumbar"), THORACIC("thoracic"), TWIST("twist"), SIDE_BEND("sideBend"),
    NECK("neck"), NECK_TURN("neckTurn"), NECK_SIDE_BEND("neckSideBend"), HEAD("head");

    public final String jsonName;

    SpineJoint(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    public static Optional<SpineJoint> byJsonName(String name) {
        return JsonNamed.find(SpineJoint.class, name);
    }

    public static String names() {
        return JsonNamed.names(SpineJoint.class);
    }
}
