package org.handoutstudio.graphics;

import java.util.List;

/**
 * A vector drawing in its own box: {@code width} x {@code height} points, origin top-left,
 * y down. Paths are painted in list order (later paths on top). Layout places a drawing on a
 * page by translating and scaling it; painters never see anything but these primitives.
 */
public record Drawing(double width, double height, List<VectorPath> paths) {

    public Drawing {
        paths = List.copyOf(paths);
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a drawing needs a positive size");
        }
    }
}
