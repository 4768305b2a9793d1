package org.handoutstudio.graphics;

/** One step of a vector path. Coordinates are in points, origin top-left, y pointing down. */
public sealed interface PathOp {

    record MoveTo(double x, double y) implements PathOp { }

    record LineTo(double x, double y) implements PathOp { }

    /** A cubic Bézier curve from the current point through two control points to (x, y). */
    record CurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) implements PathOp { }

    record Close() implements PathOp { }
}
