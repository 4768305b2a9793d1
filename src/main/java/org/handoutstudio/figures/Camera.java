package org.handoutstudio.figures;

/**
 * An orthographic camera. Screen coordinates are centimetres with y up; depth grows toward
 * the camera, so nearer things have larger depth.
 */
public record Camera(double yaw, double pitch) {

    public static Camera of(ViewSpec view) {
        return new Camera(view.yawOrZero(), view.pitchOrZero());
    }

    /** Unit vector from the scene toward the camera. */
    public Vec3 toward() {
        double y = Math.toRadians(yaw), p = Math.toRadians(pitch);
        return new Vec3(Math.sin(y) * Math.cos(p), Math.sin(p), Math.cos(y) * Math.cos(p));
    }

    public Vec3 screenRight() {
        double y = Math.toRadians(yaw);
        return new Vec3(Math.cos(y), 0, -Math.sin(y));
    }

    public Vec3 screenUp() {
        return toward().cross(screenRight());
    }

    public PlanePoint project(Vec3 p) {
        return new PlanePoint(p.dot(screenRight()), p.dot(screenUp()));
    }

    public double depth(Vec3 p) {
        return p.dot(toward());
    }
}
