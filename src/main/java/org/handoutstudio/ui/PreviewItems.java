package org.handoutstudio.ui;

import java.util.List;
import java.util.OptionalInt;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.layout.Bookmark;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.library.Library;

/**
 * Between the handout's items and where they are on the pages. Every item that is laid out (free
 * text, or a library item that exists) starts with a bookmarked heading, in order, so the n-th
 * such item is the n-th bookmark; anything after the items (the diary) has bookmarks beyond them.
 */
final class PreviewItems {

    private PreviewItems() {
    }

    /** Where the item at {@code itemIndex} starts, if it is laid out. */
    static Bookmark startOf(PageList pages, List<HandoutItem> items, Library library, int itemIndex) {
        if (pages == null || itemIndex < 0 || itemIndex >= items.size() || !laidOut(items.get(itemIndex), library)) {
            return null;
        }
        int bookmark = (int) items.subList(0, itemIndex).stream().filter(item -> laidOut(item, library)).count();
        return bookmark < pages.bookmarks().size() ? pages.bookmarks().get(bookmark) : null;
    }

    /**
     * The item whose block holds the point {@code y} (points from the top) of page {@code pageIndex}:
     * the last item starting at or above it. Empty above the first item (the masthead) and below the last.
     */
    static OptionalInt itemAt(PageList pages, List<HandoutItem> items, Library library, int pageIndex, double y) {
        if (pages == null) {
            return OptionalInt.empty();
        }
        int laidOut = (int) items.stream().filter(item -> laidOut(item, library)).count();
        int found = -1;
        for (int b = 0; b < Math.min(laidOut, pages.bookmarks().size()); b++) {
            Bookmark mark = pages.bookmarks().get(b);
            if (mark.pageIndex() < pageIndex || mark.pageIndex() == pageIndex && mark.y() <= y + 1) {
                found = b;
            }
        }
        // Below the last item's page there is only the closing line and the diary.
        if (found < 0 || found == laidOut - 1 && pages.bookmarks().size() > laidOut
                && beyond(pages.bookmarks().get(laidOut), pageIndex, y)) {
            return OptionalInt.empty();
        }
        int seen = -1;
        for (int i = 0; i < items.size(); i++) {
            if (laidOut(items.get(i), library) && ++seen == found) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean beyond(Bookmark mark, int pageIndex, double y) {
        return mark.pageIndex() < pageIndex || mark.pageIndex() == pageIndex && mark.y() <= y + 1;
    }

    private static boolean laidOut(HandoutItem item, Library library) {
        return item.isFreeText() || library.contains(item.ref());
    }
}
