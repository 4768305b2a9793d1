package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.graphics.Colour;

/** What every exercise card shares on the page: its outlined box, its bookmark, and its picture as a slice. */
final class Card {

    /** Cards printed several to a page sit this far apart; the full card keeps a little more. */
    static final double BETWEEN_CARDS = 10;
    static final double BETWEEN_FULL_CARDS = 16;
    /** Inside the outline of a card printed several to a page; the full card keeps {@link ExerciseCards#PAD}. */
    static final double PAD = 8;

    private Card() {
    }

    /**
     * Adds a card's content to the flow as one outlined box that never splits, bookmarked by its
     * heading. A card taller than a page (a very long note) flows instead of running off the page.
     */
    static void add(LayoutContext context, Flow flow, List<Slice> content, String heading) {
        add(context, flow, content, heading, BETWEEN_CARDS, PAD);
    }

    /**
     * As {@link #add(LayoutContext, Flow, List, String)}, {@code spaceBefore} points below what
     * comes before and with {@code padding} points inside the outline.
     */
    static void add(LayoutContext context, Flow flow, List<Slice> content, String heading, double spaceBefore,
                    double padding) {
        PageDesign design = context.design;
        double pad = design.space(padding);
        Slice whole = context.boxed(content, 0, design.contentWidth(), pad, Colour.WHITE, design.rule, design.space(8));
        if (whole.height() <= context.pageBodyHeight()) {
            flow.slices.add(whole.withSpaceBefore(design.space(spaceBefore)).withBookmark(heading));
        } else {
            List<Slice> loose = new ArrayList<>(content);
            loose.set(0, loose.get(0).withSpaceBefore(design.space(spaceBefore)).withBookmark(heading));
            flow.slices.addAll(loose);
        }
    }

    /** The picture at the top of a column whose left edge is {@code indent}. */
    static Slice picture(StructNode figure, Illustration illustration, double indent) {
        return new Slice(illustration.height(), 0, false, null,
                (page, x, y) -> page.add(illustration.placement().at(x + indent, y, figure)));
    }
}
