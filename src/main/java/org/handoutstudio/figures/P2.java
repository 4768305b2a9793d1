package org.handoutstudio.figures;

/** A point on the picture plane, in centimetres, y up (flipped to the Drawing's y-down at the end). */
public record P2(double x, double y) {

    public P2 plus(P2 o) {
        return new P2(x + o.x, y + o.y);
    }

    public P2 minus(P2 o) {
        return new P2(x - o.x, y - o.y);
    }

    public P2 times(double k) {
        return new P2(x * k, y * k);
    }

    public double length() {
        return Math.hypot(x, y);
    }

    public P2 normalised() {
        double len = length();
        return len == 0 ? this : times(1 / len);
    }

    /** This vector turned a quarter anticlockwise. */
    public P2 perpendicular() {
        return new P2(-y, x);
    }

    public static P2 polar(double radius, double radians) {
        return new P2(radius * Math.cos(radians), radius * Math.sin(radians));
    }
}
