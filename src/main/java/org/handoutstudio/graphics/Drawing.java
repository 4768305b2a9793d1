package org.handoutstudio.graphics;

import java.util.List;
import java.util.function.Supplier;

/**
 * A vector drawing in its own box: {@code width} x {@code height} points, origin top-left,
 * y down. Paths are painted in list order (later paths on top). Layout places a drawing on a
 * page by translating and scaling it; painters never see anything but these primitives.
 */
public record Drawing(double width, double height, List<VectorPath> paths) {

    public Drawing {
        paths = paths instanceof DeferredPaths ? paths : List.copyOf(paths);
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a drawing needs a positive size");
        }
    }

    /**
     * A drawing whose size is known but whose paths are made only if something asks for them: a
     * printer holding the drawing already written out needs the size alone.
     */
    public static Drawing deferred(double width, double height, Supplier<List<VectorPath>> paths) {
        return new Drawing(width, height, new DeferredPaths(paths));
    }
}
