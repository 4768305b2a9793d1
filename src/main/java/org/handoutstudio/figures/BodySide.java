package org.handoutstudio.figures;

/** The figure's own left or right. In the default side view the right side is nearer the viewer. */
public enum BodySide {
    LEFT(-1, "left"), RIGHT(1, "right");

    /** +1 for the right side: the sign of z for this side's joints in an upright body. */
    public final int sign;
    public final String jsonName;

    BodySide(int sign, String jsonName) {
        this.sign = sign;
        this.jsonName = jsonName;
    }
}
