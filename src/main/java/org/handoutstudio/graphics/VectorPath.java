package org.handoutstudio.graphics;

import java.util.List;

/**
 * A path filled and/or stroked. {@code fill} or {@code stroke} may be null (not painted).
 * Strokes always use round caps and round joins: the pictogram style wants them and both
 * painters can then agree without more parameters.
 */
public record VectorPath(List<PathOp> ops, Colour fill, Colour stroke, double strokeWidth) {

    public VectorPath {
        ops = List.copyOf(ops);
        if (fill == null && stroke == null) {
            throw new IllegalArgumentException("a path needs a fill or a stroke");
        }
        if (stroke != null && !(strokeWidth > 0)) {
            throw new IllegalArgumentException("a stroked path needs a positive stroke width");
        }
    }
}
