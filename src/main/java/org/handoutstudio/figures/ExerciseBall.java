package org.handoutstudio.figures;

/**
 * A ball: a large gym ball on the floor (to sit on, {@code support: "ball"}) or held between
 * the back and a wall, or a small soft ball in a hand, between the knees or under a foot.
 * {@code x} and {@code centreY} place a gym ball; small balls follow the body.
 */
public record ExerciseBall(boolean gym, double radius, PropPlace at, BodySide side, double x, double centreY) {

    public static final double GYM_DIAMETER = 65, SMALL_DIAMETER = 10;

    public Vec3 centre() {
        return new Vec3(x, centreY, 0);
    }

    public double top() {
        return centreY + radius;
    }
}
