package org.handoutstudio.figures;

/** Parts of the figure that are outlined as one silhouette and painted in depth order. */
public enum BodyGroup {
    TRUNK, LEFT_ARM, RIGHT_ARM, LEFT_LEG, RIGHT_LEG;

    public static BodyGroup arm(BodySide side) {
        return side == BodySide.LEFT ? LEFT_ARM : RIGHT_ARM;
    }

    public static BodyGroup leg(BodySide side) {
        return side == BodySide.LEFT ? LEFT_LEG : RIGHT_LEG;
    }
}
