package org.handoutstudio.layout;

import java.util.List;
import org.handoutstudio.library.Dosage;

/** "How much": the dosage line, and how to build up, in a tinted box. */
final class DosageBox {

    private DosageBox() {
    }

    static void add(LayoutContext context, Flow column, StructNode section, Dosage dosage) {
        String amount = DosageLine.of(dosage);
        if (amount.isEmpty()) {
            return;
        }
        PageDesign design = context.design;
        // Cards printed several to a page (closer lines) keep their tinted box a little tighter too.
        double pad = design.space(design.leading < PageDesign.LEADING ? 4 : 7);
        Flow inside = new Flow(design, column.indent() + pad, column.width() - 2 * pad);
        inside.paragraph(section, List.of(new Span(PrintedWords.label("card.howMuch"), true), new Span(amount, true)),
                design.body(), 0);
        if (dosage.progression() != null && !dosage.progression().isBlank()) {
            inside.paragraph(section, InlineText.plain(dosage.progression()), design.body(), design.space(2));
        }
        column.slices.add(context.tinted(inside.slices, column.indent(), column.width(), pad, design.primaryTint,
                design.space(5)));
    }
}
