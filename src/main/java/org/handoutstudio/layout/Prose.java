package org.handoutstudio.layout;

import java.util.List;
import org.handoutstudio.library.TextBlock;

/** Advice text as printed: paragraphs, bullet lists, subheadings and lines to write on. */
final class Prose {

    private Prose() {
    }

    static void add(LayoutContext context, Flow flow, StructNode section, List<TextBlock> blocks) {
        PageDesign design = context.design;
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                flow.paragraph(section, context.spans(p.text()), design.body(), design.space(8));
            } else if (block instanceof TextBlock.Bullets b) {
                flow.list(section, b.items().stream().map(context::spans).toList(), false, design.body(), design.space(8));
            } else if (block instanceof TextBlock.Subheading s) {
                flow.heading(section, "H3", context.fill(s.text()), design.h3(), design.space(14), null);
            } else if (block instanceof TextBlock.WritingLines w) {
                writingLines(design, flow, w.count());
            }
        }
    }

    private static void writingLines(PageDesign design, Flow flow, int count) {
        double spacing = design.space(30);
        for (int i = 0; i < count; i++) {
            flow.slices.add(new Slice(spacing, 0, false, null, (page, x, y) -> page.add(new PageItem.Box(x,
                    y + spacing - 1, design.contentWidth(), 0.75, 0, design.rule, null, 0, null))));
        }
    }
}
