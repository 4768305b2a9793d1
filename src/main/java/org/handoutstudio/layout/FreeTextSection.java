package org.handoutstudio.layout;

import org.handoutstudio.handout.HandoutItem;

/** A section the clinician wrote for this handout alone: a heading and text. */
final class FreeTextSection implements Block {

    private final LayoutContext context;
    private final HandoutItem entry;

    FreeTextSection(LayoutContext context, HandoutItem entry) {
        this.context = context;
        this.entry = entry;
    }

    @Override
    public void compose(Flow flow) {
        PageDesign design = context.design;
        StructNode section = context.root.add("Sect");
        flow.heading(section, "H2", entry.heading(), design.h2(), design.space(22), InlineText.clean(entry.heading()));
        Prose.add(context, flow, section, entry.blocks());
    }
}
