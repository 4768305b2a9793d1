package org.handoutstudio.figures;

/** A rolled towel: under a knee or the neck, between the knees or squeezed in a hand ({@code side}). */
public record Towel(PropPlace at, BodySide side) {

    /** A rolled bath towel: its length across the body, and the largest and smallest roll (cm). */
    public static final double LENGTH = 40, MAX_DIAMETER = 14, MIN_DIAMETER = 5;
    /** The narrower roll squeezed in a fist or between the knees. */
    public static final double HAND_RADIUS = 3.2, HAND_LENGTH = 13, KNEES_RADIUS = 5.6, KNEES_LENGTH = 16;
}
