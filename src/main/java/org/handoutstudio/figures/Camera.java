package org.handoutstudio.figures;

/**
 * An orthographic camera. Screen coordinates are centimetres with y up; depth grows toward
 * the camera, so nearer things have larger depth. Its axes are worked out once: a figure
 * projects thousands of points.
 */
public final class Camera {

    private final Vec3 toward;
    private final Vec3 screenRight;
    private final Vec3 screenUp;

    private Camera(double yaw, double pitch) {
        double y = Math.toRadians(yaw), p = Math.toRadians(pitch);
        toward = new Vec3(Math.sin(y) * Math.cos(p), Math.sin(p), Math.cos(y) * Math.cos(p));
        screenRight = new Vec3(Math.cos(y), 0, -Math.sin(y));
        screenUp = toward.cross(screenRight);
    }

    public static Camera of(ViewSpec view) {
        return new Camera(view.yawOrZero(), view.pitchOrZero());
    }

    /** Unit vector from the scene toward the camera. */
    public Vec3 toward() {
        return toward;
    }

    public Vec3 screenRight() {
        return screenRight;
    }

    public Vec3 screenUp() {
        return screenUp;
    }

    public PlanePoint project(Vec3 p) {
        return new PlanePoint(p.dot(screenRight), p.dot(screenUp));
    }

    public double depth(Vec3 p) {
        return p.dot(toward);
    }
}
