package org.handoutstudio.figures;

/**
 * Camera direction in degrees. yaw 0 is the side view (a standing figure faces right and shows
 * its right side), 90 the front view, 180 the other side, -90 the back. pitch lifts the camera
 * above the floor (90 looks straight down).
 * <p>
 * A close-up names a {@code focus} landmark and either {@code zoom} (1 to 8: how many times
 * larger than a whole figure) or {@code size} (the height in cm of the piece of the world
 * shown); {@code dx}, {@code dy} move the centre of the view from the landmark (cm, screen
 * right and up before mirroring). See {@link CloseUp}.
 */
public record ViewSpec(Double yaw, Double pitch, String focus, Double zoom, Double size, Double dx, Double dy) {

    public ViewSpec(Double yaw, Double pitch) {
        this(yaw, pitch, null, null, null, null, null);
    }

    public double yawOrZero() {
        return yaw == null ? 0 : yaw;
    }

    public double pitchOrZero() {
        return pitch == null ? 0 : pitch;
    }
}
