package org.handoutstudio.layout;

import java.util.List;

/**
 * The unit of pagination: a horizontal band of content that is never split (a line of a
 * paragraph, a heading, a whole exercise card). {@code keepWithNext} ties it to the next slice
 * so headings stay with their text and single lines are not left alone.
 */
record Slice(double height, double spaceBefore, boolean keepWithNext, String bookmark, Placer placer) {

    /** Paints a slice whose top-left corner is at (x, y). */
    @FunctionalInterface
    interface Placer {
        void place(List<PageItem> page, double x, double y);
    }

    Slice keepingWithNext() {
        return new Slice(height, spaceBefore, true, bookmark, placer);
    }

    Slice withSpaceBefore(double space) {
        return new Slice(height, space, keepWithNext, bookmark, placer);
    }

    Slice withBookmark(String title) {
        return new Slice(height, spaceBefore, keepWithNext, title, placer);
    }
}
