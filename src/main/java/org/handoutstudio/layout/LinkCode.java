package org.handoutstudio.layout;

import java.util.List;
import org.handoutstudio.graphics.Drawing;

/**
 * A web address printed as a QR code with a caption beside it (what scanning it opens, and the
 * address itself for typing), the pair one clickable link in the PDF. The code is a Figure whose
 * alternative text says where it leads; the caption is the link's text.
 */
final class LinkCode {

    private LinkCode() {
    }

    /** The code and caption as one slice for a column at {@code indent} of {@code width}. */
    static Slice of(LayoutContext context, StructNode parent, String url, String caption, double indent, double width) {
        PageDesign design = context.design;
        Drawing code = QrCode.of(url);
        double side = QrCode.printedWidth(code);
        double gap = design.space(10);
        TextStyle style = design.small();
        StructNode figure = parent.addFigure(PrintedWords.format("link.alt", caption, url));
        StructNode link = parent.add("P").add("Link");
        Flow text = new Flow(design, indent + side + gap, width - side - gap);
        text.text(link, InlineText.bold(caption), style.withColour(design.ink), 0, width - side - gap, 0);
        text.text(link, InlineText.plain(url), style, design.space(2), width - side - gap, 0);
        List<Slice> lines = List.copyOf(text.slices);
        double textHeight = Flow.height(lines);
        double height = Math.max(side, textHeight);
        String description = PrintedWords.format("link.opens", url);
        return new Slice(height, design.space(8), false, null, (page, x, y) -> {
            page.add(new PageItem.Graphic(x + indent, y + (height - side) / 2, side / code.width(), code, figure));
            Flow.placeStacked(page, lines, x, y + (height - textHeight) / 2);
            page.add(new PageItem.Link(x + indent, y, width, height, url, description, link));
        });
    }
}
