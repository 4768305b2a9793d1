package org.handoutstudio.layout;

import java.util.List;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.handout.Branding;

/**
 * What every block of one handout shares: the page design, the branding (for placeholders), the
 * figures, the root of the structure tree, and the small pieces blocks are built from.
 */
final class LayoutContext {

    final PageDesign design;
    final Branding branding;
    final FigureSource figures;
    final StructNode root;

    LayoutContext(PageDesign design, Branding branding, FigureSource figures) {
        this(design, branding, figures, StructNode.document());
    }

    private LayoutContext(PageDesign design, Branding branding, FigureSource figures, StructNode root) {
        this.design = design;
        this.branding = branding;
        this.figures = figures;
        this.root = root;
    }

    /** The same document, set for cards printed several to a page: body lines a little closer. */
    LayoutContext forCards() {
        return new LayoutContext(design.forCards(), branding, figures, root);
    }

    /** Inline text with {@code **bold**} and its placeholders filled from the branding. */
    List<Span> spans(String text) {
        return InlineText.parse(fill(text));
    }

    String fill(String text) {
        return Placeholders.fill(text, branding);
    }

    /** "Label: text" as a paragraph of {@code column}, the label in bold; nothing when the text is blank. */
    void labelled(Flow column, StructNode section, String labelKey, String text) {
        if (text != null && !text.isBlank()) {
            column.paragraph(section, List.of(new Span(PrintedWords.label(labelKey), true),
                    new Span(InlineText.clean(fill(text)), false)), design.body(), design.space(7));
        }
    }

    /** The clinician's note for an item, when there is one. */
    void note(Flow flow, StructNode section, String note) {
        if (note != null && !note.isBlank()) {
            flow.paragraph(section, List.of(new Span(PrintedWords.label("note.clinician"), true),
                    new Span(InlineText.clean(note), false)), design.body(), design.space(8));
        }
    }

    /** Wraps slices in a box as one unbreakable slice. The box spans {@code indent .. indent+width}. */
    Slice boxed(List<Slice> content, double indent, double width, double pad, Colour fill, Colour stroke, double radius) {
        List<Slice> inner = List.copyOf(content);
        double height = Flow.height(inner) + 2 * pad;
        return new Slice(height, 0, false, null, (page, x, y) -> {
            page.add(new PageItem.Box(x + indent, y, width, height, radius, fill, stroke, stroke == null ? 0 : 1, null));
            Flow.placeStacked(page, inner, x, y + pad);
        });
    }

    /** A box tinted with {@code tint}; in ink-saver mode an outlined box instead. */
    Slice tinted(List<Slice> content, double indent, double width, double pad, Colour tint, double radius) {
        return boxed(content, indent, width, pad, design.background(tint), design.outlineInstead(), radius);
    }

    /** Two columns as one slice; the left column's structure comes first in reading order. */
    static Slice sideBySide(List<Slice> left, List<Slice> right, double spaceBefore) {
        List<Slice> first = List.copyOf(left);
        List<Slice> second = List.copyOf(right);
        double height = Math.max(Flow.height(first), Flow.height(second));
        return new Slice(height, spaceBefore, false, null, (page, x, y) -> {
            Flow.placeStacked(page, first, x, y);
            Flow.placeStacked(page, second, x, y);
        });
    }

    /** The body's height: a block taller than this must flow across pages instead of standing whole. */
    double pageBodyHeight() {
        return design.bodyBottom() - design.bodyTop();
    }
}
