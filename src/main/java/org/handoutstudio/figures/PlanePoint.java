package org.handoutstudio.figures;

/** A point on the picture plane, in centimetres, y up (flipped to the Drawing's y-down at the end). */
public record PlanePoint(double x, double y) {

    public PlanePoint plus(PlanePoint o) {
        return new PlanePoint(x + o.x, y + o.y);
    }

    public PlanePoint minus(PlanePoint o) {
        return new PlanePoint(x - o.x, y - o.y);
    }

    public PlanePoint times(double k) {
        return new PlanePoint(x * k, y * k);
    }

    public double length() {
        return Math.hypot(x, y);
    }

    public PlanePoint normalised() {
        double len = length();
        return len == 0 ? this : times(1 / len);
    }

    /** This vector turned a quarter anticlockwise. */
    public PlanePoint perpendicular() {
        return new PlanePoint(-y, x);
    }

    public static PlanePoint polar(double radius, double radians) {
        return new PlanePoint(radius * Math.cos(radians), radius * Math.sin(radians));
    }
}
