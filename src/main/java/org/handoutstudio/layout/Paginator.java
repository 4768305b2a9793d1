package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Places slices on pages top to bottom. A chain of slices linked by keep-with-next moves to a
 * new page whole when it does not fit; a chain taller than a whole page is broken between its
 * slices instead. Space before a slice is dropped at the top of a page. A slice that has to start
 * a new page part-way through its section brings its "continued" heading with it.
 */
final class Paginator {

    private final double x;
    private final double top;
    private final double bottom;
    private final List<List<PageItem>> pages = new ArrayList<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private List<PageItem> page;
    private double y;
    private boolean pageEmpty;

    Paginator(double x, double top, double bottom) {
        this.x = x;
        this.top = top;
        this.bottom = bottom;
        newPage();
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = top;
        pageEmpty = true;
    }

    void placeAll(List<Slice> slices) {
        int i = 0;
        while (i < slices.size()) {
            int end = i;
            while (end < slices.size() - 1 && slices.get(end).keepWithNext()) {
                end++;
            }
            List<Slice> chain = slices.subList(i, end + 1);
            Slice first = chain.get(0);
            if (first.pageBreakBefore() && !pageEmpty) {
                newPage();
            }
            double height = heightOnThisPage(chain);
            double fullPage = bottom - top;
            double heading = first.continuedHeading() == null ? 0 : first.continuedHeading().height();
            if (!pageEmpty && y + height > bottom && height - first.spaceBefore() + heading <= fullPage) {
                newPageFor(first);
            }
            for (Slice slice : chain) {
                place(slice);
            }
            i = end + 1;
        }
    }

    private double heightOnThisPage(List<Slice> chain) {
        double height = 0;
        for (int k = 0; k < chain.size(); k++) {
            height += (k == 0 && pageEmpty ? 0 : chain.get(k).spaceBefore()) + chain.get(k).height();
        }
        return height;
    }

    private void place(Slice slice) {
        double space = pageEmpty ? 0 : slice.spaceBefore();
        if (!pageEmpty && y + space + slice.height() > bottom) {
            newPageFor(slice);
            space = pageEmpty ? 0 : slice.spaceBefore();
        }
        y += space;
        if (slice.bookmark() != null) {
            bookmarks.add(new Bookmark(slice.bookmark(), pages.size() - 1, y));
        }
        slice.placer().place(page, x, y);
        y += slice.height();
        pageEmpty = false;
    }

    /** Starts a new page for {@code slice}, headed by its section's "continued" heading when it has one. */
    private void newPageFor(Slice slice) {
        newPage();
        Slice heading = slice.continuedHeading();
        if (heading != null) {
            heading.placer().place(page, x, y);
            y += heading.height();
            pageEmpty = false;
        }
    }

    List<List<PageItem>> pages() {
        return pages;
    }

    List<Bookmark> bookmarks() {
        return bookmarks;
    }
}
