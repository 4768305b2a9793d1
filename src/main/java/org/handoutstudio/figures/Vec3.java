package org.handoutstudio.figures;

/**
 * A point or direction in the figure world, in centimetres: x forward (the way a standing
 * figure faces in the side view), y up (the floor is y = 0), z toward the side-view camera
 * (the figure's right side).
 */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double k) {
        return new Vec3(x * k, y * k, z * k);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double length() {
        return Math.sqrt(dot(this));
    }

    public double distanceTo(Vec3 o) {
        return minus(o).length();
    }

    public Vec3 normalised() {
        double len = length();
        return len == 0 ? this : times(1 / len);
    }

    /** The point a fraction {@code t} of the way from this to {@code o}. */
    public Vec3 lerp(Vec3 o, double t) {
        return plus(o.minus(this).times(t));
    }
}
