package org.handoutstudio.figures;

/**
 * Camera direction in degrees. yaw 0 is the side view (a standing figure faces right and shows
 * its right side), 90 the front view, 180 the other side, -90 the back. pitch lifts the camera
 * above the floor (90 looks straight down).
 */
public record ViewSpec(Double yaw, Double pitch) {

    public double yawOrZero() {
        return yaw == null ? 0 : yaw;
    }

    public double pitchOrZero() {
        return pitch == null ? 0 : pitch;
    }
}
