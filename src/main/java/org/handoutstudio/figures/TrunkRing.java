package org.handoutstudio.figures;

import java.util.Arrays;
import java.util.List;

/**
 * A cross-section of the trunk: an egg-shaped ring around {@code centre}, reaching
 * {@code front} forward and {@code back} backward along the frame's forward axis and
 * {@code halfWidth} to each side. Consecutive rings are joined by their convex hull, so the
 * trunk bends with the spine and looks right from any camera.
 */
public record TrunkRing(Vec3 centre, Rotation frame, double front, double back, double halfWidth) {

    public static final int SAMPLES = 36;

    /** Cosine and sine of each sample's angle, worked out once: every figure samples its rings many times. */
    private static final double[] COS = new double[SAMPLES];
    private static final double[] SIN = new double[SAMPLES];

    static {
        for (int i = 0; i < SAMPLES; i++) {
            double a = 2 * Math.PI * i / SAMPLES;
            COS[i] = Math.cos(a);
            SIN[i] = Math.sin(a);
        }
    }

    public List<Vec3> samplePoints() {
        Vec3 f = frame.forward();
        Vec3 r = frame.right();
        Vec3[] points = new Vec3[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            double c = COS[i];
            double depth = c * (c >= 0 ? front : back);
            double side = SIN[i] * halfWidth;
            // centre.plus(f.times(depth)).plus(r.times(side)), term by term in the same order, without the garbage
            points[i] = new Vec3(centre.x() + f.x() * depth + r.x() * side, centre.y() + f.y() * depth + r.y() * side,
                    centre.z() + f.z() * depth + r.z() * side);
        }
        return Arrays.asList(points);
    }

    public Vec3 frontPoint() {
        return centre.plus(frame.forward().times(front));
    }

    public Vec3 backPoint() {
        return centre.minus(frame.forward().times(back));
    }
}
