package org.handoutstudio.figures;

/** A rolled towel: under a knee or the neck, between the knees or squeezed in a hand ({@code side}). */
public record Towel(PropPlace at, BodySide side) {

    /** A rolled towel under one knee or the neck: its length across the body, and the largest and smallest roll (cm). */
    public static final double LENGTH = 26, MAX_DIAMETER = 14, MIN_DIAMETER = 6;
    /** The narrower roll squeezed in a fist or between the knees. */
    public static final double HAND_RADIUS = 3.2, HAND_LENGTH = 13, KNEES_RADIUS = 5.6, KNEES_LENGTH = 16;
}
