package org.handoutstudio.figures;

/**
 * A 3D rotation as a matrix whose columns are where the local x (forward), y (up) and
 * z (right) axes point in the parent frame. Segment frames are chained by {@link #then}.
 */
public record Rotation(double xx, double xy, double xz,
                       double yx, double yy, double yz,
                       double zx, double zy, double zz) {

    public static final Rotation IDENTITY = new Rotation(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /** A rotation whose local axes point along the given (orthonormal, right-handed) vectors. */
    public static Rotation ofAxes(Vec3 forward, Vec3 up, Vec3 right) {
        return new Rotation(forward.x(), forward.y(), forward.z(),
                up.x(), up.y(), up.z(),
                right.x(), right.y(), right.z());
    }

    /** Rotation about x; positive turns y toward z. */
    public static Rotation aboutX(double degrees) {
        double c = cos(degrees), s = sin(degrees);
        return ofAxes(new Vec3(1, 0, 0), new Vec3(0, c, s), new Vec3(0, -s, c));
    }

    /** Rotation about y; positive turns z toward x (so x toward -z). */
    public static Rotation aboutY(double degrees) {
        double c = cos(degrees), s = sin(degrees);
        return ofAxes(new Vec3(c, 0, -s), new Vec3(0, 1, 0), new Vec3(s, 0, c));
    }

    /** Rotation about z; positive turns x toward y. */
    public static Rotation aboutZ(double degrees) {
        double c = cos(degrees), s = sin(degrees);
        return ofAxes(new Vec3(c, s, 0), new Vec3(-s, c, 0), new Vec3(0, 0, 1));
    }

    public Vec3 forward() {
        return new Vec3(xx, xy, xz);
    }

    public Vec3 up() {
        return new Vec3(yx, yy, yz);
    }

    public Vec3 right() {
        return new Vec3(zx, zy, zz);
    }

    /** Local coordinates to parent coordinates. */
    public Vec3 apply(Vec3 v) {
        return apply(v.x(), v.y(), v.z());
    }

    /** forward * fwd + up * up + right * right, summed in that order: skeletons and rings call this most. */
    public Vec3 apply(double fwd, double up, double right) {
        return new Vec3(xx * fwd + yx * up + zx * right, xy * fwd + yy * up + zy * right, xz * fwd + yz * up + zz * right);
    }

    /** Parent coordinates to local coordinates. */
    public Vec3 applyInverse(Vec3 v) {
        return new Vec3(forward().dot(v), up().dot(v), right().dot(v));
    }

    /** This frame followed by a rotation expressed in this frame's own axes. */
    public Rotation then(Rotation local) {
        return ofAxes(apply(local.forward()), apply(local.up()), apply(local.right()));
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double sin(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }
}
