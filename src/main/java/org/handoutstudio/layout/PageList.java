package org.handoutstudio.layout;

import java.util.List;

/**
 * The result of layout, and the only input of both painters (PDF and on-screen preview), so
 * what the preview shows is what prints.
 *
 * @param title     the document title (PDF title and window text); never patient details
 * @param language  BCP 47 language of the content, e.g. "en-GB"
 * @param structure the root of the logical structure, in reading order
 * @param fixedId   a digest of the input, so the same input gives a byte-identical PDF
 */
public record PageList(double pageWidth, double pageHeight, Margins margins, List<Page> pages, StructNode structure,
                       List<Bookmark> bookmarks, String title, String language, String fixedId) {

    /** The printable area's edges, in points from each page edge. */
    public record Margins(double top, double right, double bottom, double left) { }

    public PageList {
        pages = List.copyOf(pages);
        bookmarks = List.copyOf(bookmarks);
    }
}
