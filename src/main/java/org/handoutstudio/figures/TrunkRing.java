package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A cross-section of the trunk: an egg-shaped ring around {@code centre}, reaching
 * {@code front} forward and {@code back} backward along the frame's forward axis and
 * {@code halfWidth} to each side. Consecutive rings are joined by their convex hull, so the
 * trunk bends with the spine and looks right from any camera.
 */
public record TrunkRing(Vec3 centre, Rotation frame, double front, double back, double halfWidth) {

    public static final int SAMPLES = 36;

    public List<Vec3> samplePoints() {
        List<Vec3> points = new ArrayList<>(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            double a = 2 * Math.PI * i / SAMPLES;
            double c = Math.cos(a);
            double depth = c * (c >= 0 ? front : back);
            points.add(centre.plus(frame.forward().times(depth)).plus(frame.right().times(Math.sin(a) * halfWidth)));
        }
        return points;
    }

    public Vec3 frontPoint() {
        return centre.plus(frame.forward().times(front));
    }

    public Vec3 backPoint() {
        return centre.minus(frame.forward().times(back));
    }
}
