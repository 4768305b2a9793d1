package org.handoutstudio.graphics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A deferred drawing knows its size at once and makes its paths once, only when asked. */
class DrawingTest {

    private static final VectorPath LINE = new VectorPath(List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(3, 4)),
            null, Colour.BLACK, 1);

    @Test
    void aDeferredDrawingMakesItsPathsOnlyWhenAskedAndOnlyOnce() {
        AtomicInteger made = new AtomicInteger();
        Drawing drawing = Drawing.deferred(3, 4, () -> {
            made.incrementAndGet();
            return List.of(LINE);
        });
        assertEquals(3, drawing.width());
        assertEquals(4, drawing.height());
        assertEquals(0, made.get(), "its size alone does not make the paths");
        assertEquals(List.of(LINE), drawing.paths());
        assertEquals(LINE, drawing.paths().get(0));
        assertEquals(1, made.get());
        assertEquals(new Drawing(3, 4, List.of(LINE)), drawing);
        assertThrows(UnsupportedOperationException.class, () -> drawing.paths().add(LINE));
    }
}
