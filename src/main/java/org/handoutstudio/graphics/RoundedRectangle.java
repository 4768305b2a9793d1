package org.handoutstudio.graphics;

import java.util.List;

/**
 * The outline of a box with rounded corners, as both painters draw it: straight sides and a
 * quarter-circle of cubic Béziers at each corner, the radius at most half the shorter side. The
 * sums are done in {@code float}, as a PDF content stream holds them, so the PDF and the screen
 * draw exactly the same numbers. The shape is symmetric, so it serves y pointing up or down.
 */
public final class RoundedRectangle {

    /** How far a cubic Bézier's control points sit along the tangents to follow a quarter-circle. */
    static final double KAPPA = 0.5523;

    private RoundedRectangle() {
    }

    /** The radius actually drawn: no more than half the shorter side. */
    public static float radius(float width, float height, double radius) {
        return (float) Math.min(radius, Math.min(width, height) / 2);
    }

    /** The outline of (x, y, w, h) with corners of radius {@code r} (already limited by {@link #radius}), r > 0. */
    public static List<PathOp> outline(float x, float y, float w, float h, float r) {
        float k = (float) (r * KAPPA);
        return List.of(
                new PathOp.MoveTo(x + r, y),
                new PathOp.LineTo(x + w - r, y),
                new PathOp.CurveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r),
                new PathOp.LineTo(x + w, y + h - r),
                new PathOp.CurveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h),
                new PathOp.LineTo(x + r, y + h),
                new PathOp.CurveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r),
                new PathOp.LineTo(x, y + r),
                new PathOp.CurveTo(x, y + r - k, x + r - k, y, x + r, y),
                new PathOp.Close());
    }
}
