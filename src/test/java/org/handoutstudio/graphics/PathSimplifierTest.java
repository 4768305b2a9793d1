package org.handoutstudio.graphics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathSimplifierTest {

    @Test
    void pointsOnAStraightLineAreDropped() {
        List<PathOp> line = List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(1, 0.01), new PathOp.LineTo(2, 0),
                new PathOp.LineTo(3, -0.01), new PathOp.LineTo(4, 0));
        assertEquals(List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(4, 0)), PathSimplifier.simplify(line, 0.05));
    }

    @Test
    void aCornerFartherThanTheToleranceIsKept() {
        List<PathOp> corner = List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(1, 0), new PathOp.LineTo(2, 0),
                new PathOp.LineTo(2, 1), new PathOp.LineTo(2, 2));
        assertEquals(List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(2, 0), new PathOp.LineTo(2, 2)),
                PathSimplifier.simplify(corner, 0.05));
    }

    @Test
    void curvesMovesAndClosesStayAndRunsRestartAfterThem() {
        List<PathOp> path = List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(1, 0), new PathOp.LineTo(2, 0),
                new PathOp.CurveTo(3, 1, 4, 1, 5, 0), new PathOp.LineTo(6, 0), new PathOp.LineTo(7, 0),
                new PathOp.Close(), new PathOp.MoveTo(10, 10), new PathOp.LineTo(11, 10));
        assertEquals(List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(2, 0), new PathOp.CurveTo(3, 1, 4, 1, 5, 0),
                new PathOp.LineTo(7, 0), new PathOp.Close(), new PathOp.MoveTo(10, 10), new PathOp.LineTo(11, 10)),
                PathSimplifier.simplify(path, 0.05));
    }

    @Test
    void aFinelySampledCircleKeepsFewerOfItsOwnPointsAndStaysWithinTheTolerance() {
        List<PathOp> circle = new ArrayList<>();
        circle.add(new PathOp.MoveTo(10, 0));
        for (int i = 1; i <= 360; i++) {
            circle.add(new PathOp.LineTo(10 * Math.cos(Math.toRadians(i)), 10 * Math.sin(Math.toRadians(i))));
        }
        List<PathOp> simplified = PathSimplifier.simplify(circle, 0.05);
        assertTrue(simplified.size() < 60, "kept " + simplified.size());
        double[] previous = {10, 0};
        double worstSag = 0;
        for (PathOp op : simplified.subList(1, simplified.size())) {
            PathOp.LineTo line = (PathOp.LineTo) op;
            assertEquals(10, Math.hypot(line.x(), line.y()), 1e-9, "kept points are the path's own points");
            double halfChord = Math.hypot(line.x() - previous[0], line.y() - previous[1]) / 2;
            worstSag = Math.max(worstSag, 10 - Math.sqrt(100 - halfChord * halfChord));
            previous = new double[] {line.x(), line.y()};
        }
        assertTrue(worstSag <= 0.05 + 1e-9, "a chord sags " + worstSag + " from the circle");
    }
}
