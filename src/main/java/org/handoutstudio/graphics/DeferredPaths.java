package org.handoutstudio.graphics;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A drawing's paths, made when first asked for: a painter that already holds the drawing
 * written out (see {@link Drawing#deferred}) never asks. Unmodifiable, like every drawing's paths.
 */
final class DeferredPaths extends AbstractList<VectorPath> implements RandomAccess {

    private final Supplier<List<VectorPath>> source;
    private volatile List<VectorPath> made;

    DeferredPaths(Supplier<List<VectorPath>> source) {
        this.source = source;
    }

    private List<VectorPath> made() {
        List<VectorPath> paths = made;
        if (paths == null) {
            synchronized (this) {
                paths = made;
                if (paths == null) {
                    paths = List.copyOf(source.get());
                    made = paths;
                }
            }
        }
        return paths;
    }

    @Override
    public VectorPath get(int index) {
        return made().get(index);
    }

    @Override
    public int size() {
        return made().size();
    }
}
