package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds slices for a column of text: paragraphs, headings and lists, each tied to its
 * structure node. {@code indent} is the column's offset from the slice's x; {@code width} its
 * width. A card builds its inside with a Flow of its own and wraps the slices.
 */
final class Flow {

    /** Lines kept together at the start and end of a paragraph (no orphans or widows). */
    private static final int MIN_LINES = 2;

    private final PageDesign design;
    private final double indent;
    private final double width;
    final List<Slice> slices = new ArrayList<>();

    Flow(PageDesign design, double indent, double width) {
        this.design = design;
        this.indent = indent;
        this.width = width;
    }

    double width() {
        return width;
    }

    double indent() {
        return indent;
    }

    /** A paragraph under {@code parent}, as a P element. */
    void paragraph(StructNode parent, List<Span> spans, TextStyle style, double spaceBefore) {
        text(parent.add("P"), spans, style, spaceBefore, design.measure(width), 0);
    }

    /** A heading that stays with what follows it. */
    void heading(StructNode parent, String role, String text, TextStyle style, double spaceBefore, String bookmark) {
        List<Slice> lines = lineSlices(parent.add(role), InlineText.bold(text), style, width, 0);
        for (int i = 0; i < lines.size(); i++) {
            Slice slice = lines.get(i).keepingWithNext();
            if (i == 0) {
                slice = slice.withSpaceBefore(spaceBefore).withBookmark(bookmark);
            }
            slices.add(slice);
        }
    }

    /** Text for an existing leaf node, with widow and orphan control. */
    void text(StructNode leaf, List<Span> spans, TextStyle style, double spaceBefore, double maxWidth, double offset) {
        List<Slice> lines = lineSlices(leaf, spans, style, maxWidth, offset);
        int count = lines.size();
        for (int i = 0; i < count; i++) {
            Slice slice = lines.get(i);
            boolean keep = i < MIN_LINES - 1 || i >= count - MIN_LINES;
            if (keep && i < count - 1) {
                slice = slice.keepingWithNext();
            }
            if (i == 0) {
                slice = slice.withSpaceBefore(spaceBefore);
            }
            slices.add(slice);
        }
    }

    /** A bulleted or numbered list: L, with LI, Lbl and LBody for each entry. */
    void list(StructNode parent, List<List<Span>> entries, boolean numbered, TextStyle style, double spaceBefore) {
        listItems(parent.add("L"), entries, numbered, 1, style, spaceBefore);
    }

    /**
     * Items of an existing list (L), numbered from {@code firstNumber}: a list may run on from one
     * column into the next, as steps do when they wrap round a picture.
     */
    void listItems(StructNode list, List<List<Span>> entries, boolean numbered, int firstNumber, TextStyle style,
                   double spaceBefore) {
        double labelWidth = style.size() * (numbered ? 1.6 : 1.2);
        double maxWidth = design.measure(width) - labelWidth;
        for (int i = 0; i < entries.size(); i++) {
            StructNode item = list.add("LI");
            StructNode label = item.add("Lbl");
            StructNode body = item.add("LBody");
            String mark = numbered ? (firstNumber + i) + "." : "\u2022";
            List<Slice> lines = lineSlices(body, entries.get(i), style, maxWidth, labelWidth);
            TextLine markLine = design.lines(List.of(new Span(mark, numbered)), style.size(), labelWidth).get(0);
            Slice first = lines.get(0);
            Slice.Placer bodyPlacer = first.placer();
            Slice labelled = new Slice(first.height(), i == 0 ? spaceBefore : design.listGap, first.keepWithNext(),
                    null, (page, x, y) -> {
                        emit(page, markLine, x + indent, baseline(y, style), style.withColour(numbered
                                ? design.primary : style.colour()), label);
                        bodyPlacer.place(page, x, y);
                    });
            lines.set(0, labelled);
            for (int k = 0; k < lines.size(); k++) {
                Slice slice = lines.get(k);
                boolean keep = k < MIN_LINES - 1 || k >= lines.size() - MIN_LINES;
                slices.add(keep && k < lines.size() - 1 ? slice.keepingWithNext() : slice);
            }
        }
    }

    /** Lines of text as slices, each painting its runs for {@code owner}. */
    List<Slice> lineSlices(StructNode owner, List<Span> spans, TextStyle style, double maxWidth, double offset) {
        List<TextLine> lines = design.lines(spans, style.size(), maxWidth);
        List<Slice> result = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            result.add(new Slice(style.lineHeight(), 0, false, null,
                    (page, x, y) -> emit(page, line, x + indent + offset, baseline(y, style), style, owner)));
        }
        if (result.isEmpty()) {
            result.add(new Slice(style.lineHeight(), 0, false, null, (page, x, y) -> { }));
        }
        return result;
    }

    /** The baseline of a line whose box starts at {@code top}: the half-leading sits above and below. */
    static double baseline(double top, TextStyle style) {
        FontMetrics metrics = FontMetrics.of(FontFace.REGULAR);
        double glyphHeight = (metrics.ascent() + metrics.descent()) * style.size();
        return top + Math.max(0, (style.lineHeight() - glyphHeight) / 2) + metrics.ascent() * style.size();
    }

    static void emit(List<PageItem> page, TextLine line, double x, double baseline, TextStyle style, StructNode owner) {
        for (TextLine.Fragment fragment : line.fragments()) {
            if (fragment.text().isBlank()) {
                continue;
            }
            page.add(new PageItem.TextRun(x + fragment.x(), baseline, fragment.text(), fragment.face(), style.size(),
                    style.colour(), fragment.width(), owner));
        }
    }

    /** Total height of slices stacked as the paginator would stack them mid-page. */
    static double height(List<Slice> slices) {
        double total = 0;
        for (int i = 0; i < slices.size(); i++) {
            total += (i == 0 ? 0 : slices.get(i).spaceBefore()) + slices.get(i).height();
        }
        return total;
    }

    /** Places slices one below the other from (x, y), as one unit. */
    static void placeStacked(List<PageItem> page, List<Slice> slices, double x, double y) {
        double cursor = y;
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            cursor += i == 0 ? 0 : slice.spaceBefore();
            slice.placer().place(page, x, cursor);
            cursor += slice.height();
        }
    }
}
