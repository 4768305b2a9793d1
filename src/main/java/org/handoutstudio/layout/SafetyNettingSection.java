package org.handoutstudio.layout;

import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.SafetyNetting;
import org.handoutstudio.library.Tier;

/**
 * "When to get help": the heading and introduction, then one box per tier with a coloured stripe
 * and icon, its label in words (colour is never the only signal), what to look out for, what to
 * do, how quickly and who to contact.
 */
final class SafetyNettingSection implements Block {

    private final LayoutContext context;
    private final PageDesign design;
    private final SafetyNetting safety;
    private final HandoutItem entry;

    SafetyNettingSection(LayoutContext context, SafetyNetting safety, HandoutItem entry) {
        this.context = context;
        this.design = context.design;
        this.safety = safety;
        this.entry = entry;
    }

    @Override
    public void compose(Flow flow) {
        StructNode section = context.root.add("Sect");
        flow.heading(section, "H2", safety.title(), design.h2(), design.space(22), InlineText.clean(safety.title()));
        if (safety.intro() != null && !safety.intro().isBlank()) {
            flow.paragraph(section, context.spans(safety.intro()), design.body(), design.space(6));
        }
        // The heading and introduction belong with the first box: never leave them at a page's foot.
        int last = flow.slices.size() - 1;
        flow.slices.set(last, flow.slices.get(last).keepingWithNext());
        for (SafetyNetting.Section tier : safety.sections()) {
            tierBox(flow, section, tier);
        }
        context.note(flow, section, entry.note());
    }

    private void tierBox(Flow flow, StructNode section, SafetyNetting.Section tier) {
        double pad = design.space(10);
        double stripe = design.space(6);
        double icon = design.space(24);
        double textIndent = stripe + pad + icon + design.space(10);
        double textWidth = design.contentWidth() - textIndent - pad;
        Colour colour = design.tierColour(tier.tier());
        Flow inside = new Flow(design, textIndent, textWidth);
        inside.heading(section, "H3", label(tier.tier()), design.h3().withColour(colour), 0, null);
        inside.paragraph(section, InlineText.bold(PrintedWords.get("tier.lookOutFor")), design.body(), design.space(4));
        inside.list(section, tier.lookOutFor().stream().map(context::spans).toList(), false, design.body(),
                design.space(2));
        context.labelled(inside, section, "tier.whatToDo", tier.whatToDo());
        context.labelled(inside, section, "tier.howQuickly", tier.howQuickly());
        context.labelled(inside, section, "tier.whoToContact", tier.whoToContact());
        Drawing mark = Icons.forTier(tier.tier(), colour);
        Slice box = context.boxed(inside.slices, 0, design.contentWidth(), pad, design.tierTint(tier.tier()), null,
                design.space(4));
        Slice.Placer boxPlacer = box.placer();
        Slice decorated = new Slice(box.height(), design.space(10), false, null, (page, x, y) -> {
            boxPlacer.place(page, x, y);
            page.add(new PageItem.Box(x, y, stripe, box.height(), 0, colour, null, 0, null));
            page.add(new PageItem.Graphic(x + stripe + pad, y + pad, icon / mark.width(), mark, null));
        });
        if (box.height() <= context.pageBodyHeight()) {
            flow.slices.add(decorated);
        } else {
            flow.slices.addAll(inside.slices);
        }
    }

    /** The tier's printed label, e.g. "Emergency — go to A&E now or call 999". */
    private String label(Tier tier) {
        return PrintedWords.format("tier." + tier.name(), context.fill("{practice.outOfHours}"));
    }
}
