package org.handoutstudio.layout;

import java.util.List;

/**
 * The unit of pagination: a horizontal band of content that is never split (a line of a
 * paragraph, a heading, a whole exercise card). {@code keepWithNext} ties it to the next slice
 * so headings stay with their text and single lines are not left alone.
 *
 * @param pageBreakBefore  start a new page before this slice (a diary page)
 * @param continuedHeading printed first when this slice has to start a new page part-way through
 *                         its section, e.g. "Back pain: when to get help (continued)"
 */
record Slice(double height, double spaceBefore, boolean keepWithNext, String bookmark, Placer placer,
             boolean pageBreakBefore, Slice continuedHeading) {

    /** Paints a slice whose top-left corner is at (x, y). */
    @FunctionalInterface
    interface Placer {
        void place(List<PageItem> page, double x, double y);
    }

    Slice(double height, double spaceBefore, boolean keepWithNext, String bookmark, Placer placer) {
        this(height, spaceBefore, keepWithNext, bookmark, placer, false, null);
    }

    Slice keepingWithNext() {
        return new Slice(height, spaceBefore, true, bookmark, placer, pageBreakBefore, continuedHeading);
    }

    Slice withSpaceBefore(double space) {
        return new Slice(height, space, keepWithNext, bookmark, placer, pageBreakBefore, continuedHeading);
    }

    Slice withBookmark(String title) {
        return new Slice(height, spaceBefore, keepWithNext, title, placer, pageBreakBefore, continuedHeading);
    }

    Slice startingANewPage() {
        return new Slice(height, spaceBefore, keepWithNext, bookmark, placer, true, continuedHeading);
    }

    Slice continuingUnder(Slice heading) {
        return new Slice(height, spaceBefore, keepWithNext, bookmark, placer, pageBreakBefore, heading);
    }
}
