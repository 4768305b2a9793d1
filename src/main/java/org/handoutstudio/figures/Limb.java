package org.handoutstudio.figures;

import java.util.List;

/** A hand or a foot, the end of a limb that inverse kinematics can place. */
public enum Limb {
    LEFT_HAND("leftHand", BodySide.LEFT, true), RIGHT_HAND("rightHand", BodySide.RIGHT, true),
    LEFT_FOOT("leftFoot", BodySide.LEFT, false), RIGHT_FOOT("rightFoot", BodySide.RIGHT, false);

    public final String jsonName;
    public final BodySide side;
    public final boolean arm;

    Limb(String jsonName, BodySide side, boolean arm) {
        this.jsonName = jsonName;
        this.side = side;
        this.arm = arm;
    }

    /** The limbs a reach key stands for: "hands" and "feet" mean both sides. */
    public static List<Limb> forKey(String key) {
        return switch (key) {
            case "hands" -> List.of(LEFT_HAND, RIGHT_HAND);
            case "feet" -> List.of(LEFT_FOOT, RIGHT_FOOT);
            case "leftHand" -> List.of(LEFT_HAND);
            case "rightHand" -> List.of(RIGHT_HAND);
            case "leftFoot" -> List.of(LEFT_FOOT);
            case "rightFoot" -> List.of(RIGHT_FOOT);
            default -> List.of();
        };
    }

    public BodyGroup group() {
        return arm ? BodyGroup.arm(side) : BodyGroup.leg(side);
    }
}
