package org.handoutstudio.ui.preview;

import java.util.List;
import java.util.Objects;
import org.handoutstudio.layout.Page;
import org.handoutstudio.layout.PageItem;

/** Compares pages by what they look like, ignoring which structure node each item belongs to. */
final class PageItems {

    private PageItems() {
    }

    static boolean sameLook(Page a, Page b) {
        List<PageItem> left = a.items();
        List<PageItem> right = b.items();
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!sameLook(left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameLook(PageItem a, PageItem b) {
        if (a instanceof PageItem.TextRun x && b instanceof PageItem.TextRun y) {
            return x.x() == y.x() && x.baseline() == y.baseline() && x.size() == y.size() && x.face() == y.face()
                    && x.colour().equals(y.colour()) && x.text().equals(y.text());
        }
        if (a instanceof PageItem.Box x && b instanceof PageItem.Box y) {
            return x.x() == y.x() && x.y() == y.y() && x.width() == y.width() && x.height() == y.height()
                    && x.cornerRadius() == y.cornerRadius() && Objects.equals(x.fill(), y.fill())
                    && Objects.equals(x.stroke(), y.stroke()) && x.strokeWidth() == y.strokeWidth();
        }
        if (a instanceof PageItem.Graphic x && b instanceof PageItem.Graphic y) {
            return x.x() == y.x() && x.y() == y.y() && x.scale() == y.scale()
                    && (x.drawing() == y.drawing() || x.drawing().equals(y.drawing()));
        }
        if (a instanceof PageItem.Picture x && b instanceof PageItem.Picture y) {
            return x.x() == y.x() && x.y() == y.y() && x.width() == y.width() && x.height() == y.height()
                    && x.image() == y.image();
        }
        if (a instanceof PageItem.Link x && b instanceof PageItem.Link y) {
            return x.equals(y) || x.uri().equals(y.uri()) && x.x() == y.x() && x.y() == y.y();
        }
        return false;
    }
}
