package org.handoutstudio.layout;

import java.util.List;

/** One laid-out page: its items in painting order (which is also reading order). */
public record Page(int number, List<PageItem> items) {

    public Page {
        items = List.copyOf(items);
    }
}
