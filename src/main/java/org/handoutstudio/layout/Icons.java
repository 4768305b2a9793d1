package org.handoutstudio.layout;

import java.util.List;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;
import org.handoutstudio.library.Tier;

/**
 * Small vector icons for the safety-netting tiers: a warning triangle, a clock, a calendar.
 * They repeat what the tier's words say, so they are decoration (artifacts) in the PDF.
 */
final class Icons {

    private static final double SIZE = 24;
    private static final double K = 0.5523;

    private Icons() {
    }

    static Drawing forTier(Tier tier, Colour colour) {
        return switch (tier) {
            case EMERGENCY -> warning(colour);
            case URGENT -> clock(colour);
            case ROUTINE -> calendar(colour);
        };
    }

    private static Drawing warning(Colour colour) {
        VectorPath triangle = new VectorPath(List.of(new PathOp.MoveTo(12, 2), new PathOp.LineTo(23, 21.5),
                new PathOp.LineTo(1, 21.5), new PathOp.Close()), colour, colour, 1.5);
        VectorPath bar = new VectorPath(List.of(new PathOp.MoveTo(12, 8.5), new PathOp.LineTo(12, 14.5)),
                null, Colour.WHITE, 2.6);
        VectorPath dot = new VectorPath(circle(12, 18, 1.5), Colour.WHITE, null, 0);
        return new Drawing(SIZE, SIZE, List.of(triangle, bar, dot));
    }

    private static Drawing clock(Colour colour) {
        VectorPath face = new VectorPath(circle(12, 12, 10.5), colour, null, 0);
        VectorPath hands = new VectorPath(List.of(new PathOp.MoveTo(12, 6), new PathOp.LineTo(12, 12),
                new PathOp.LineTo(16.5, 14.5)), null, Colour.WHITE, 2.2);
        return new Drawing(SIZE, SIZE, List.of(face, hands));
    }

    private static Drawing calendar(Colour colour) {
        VectorPath body = new VectorPath(List.of(new PathOp.MoveTo(2, 5), new PathOp.LineTo(22, 5),
                new PathOp.LineTo(22, 22), new PathOp.LineTo(2, 22), new PathOp.Close()), Colour.WHITE, colour, 2);
        VectorPath top = new VectorPath(List.of(new PathOp.MoveTo(2, 5), new PathOp.LineTo(22, 5),
                new PathOp.LineTo(22, 10), new PathOp.LineTo(2, 10), new PathOp.Close()), colour, null, 0);
        VectorPath rings = new VectorPath(List.of(new PathOp.MoveTo(7, 2.5), new PathOp.LineTo(7, 7),
                new PathOp.MoveTo(17, 2.5), new PathOp.LineTo(17, 7)), null, colour, 2);
        VectorPath tick = new VectorPath(List.of(new PathOp.MoveTo(7.5, 15.5), new PathOp.LineTo(10.5, 18.5),
                new PathOp.LineTo(16.5, 12.5)), null, colour, 2);
        return new Drawing(SIZE, SIZE, List.of(body, top, rings, tick));
    }

    /** A circle as four cubic Béziers. */
    static List<PathOp> circle(double cx, double cy, double r) {
        double k = r * K;
        return List.of(new PathOp.MoveTo(cx + r, cy),
                new PathOp.CurveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
                new PathOp.CurveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
                new PathOp.CurveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
                new PathOp.CurveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
                new PathOp.Close());
    }
}
