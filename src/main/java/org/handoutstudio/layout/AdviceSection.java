package org.handoutstudio.layout;

import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.Advice;

/** An advice section: its heading, then its text (or this handout's own version of it), then any note. */
final class AdviceSection implements Block {

    private final LayoutContext context;
    private final Advice advice;
    private final HandoutItem entry;

    AdviceSection(LayoutContext context, Advice advice, HandoutItem entry) {
        this.context = context;
        this.advice = advice;
        this.entry = entry;
    }

    @Override
    public void compose(Flow flow) {
        PageDesign design = context.design;
        StructNode section = context.root.add("Sect");
        flow.heading(section, "H2", advice.title(), design.h2(), design.space(22), InlineText.clean(advice.title()));
        Prose.add(context, flow, section, entry.textOverride().isEmpty() ? advice.blocks() : entry.textOverride());
        context.note(flow, section, entry.note());
    }
}
