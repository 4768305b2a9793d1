package org.handoutstudio.layout;

import java.util.List;
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
        Slice continued = continuedHeading();
        for (int i = 0; i < safety.sections().size(); i++) {
            List<Slice> box = tierBox(section, safety.sections().get(i));
            flow.slices.add(i == 0 ? box.get(0) : box.get(0).continuingUnder(continued));
            flow.slices.addAll(box.subList(1, box.size()));
        }
        context.note(flow, section, entry.note());
    }

    /**
     * "Title (continued)", printed above a tier box that starts a new page. It repeats the
     * section's heading for the reader's eye only, so it is decoration, not a second heading.
     */
    private Slice continuedHeading() {
        TextStyle style = design.h2();
        String text = PrintedWords.format("safety.continued", InlineText.clean(safety.title()));
        List<TextLine> lines = TextSetter.set(InlineText.bold(text), style.size(), design.contentWidth());
        double height = lines.size() * style.lineHeight() + design.space(4);
        return new Slice(height, 0, false, null, (page, x, y) -> {
            for (int i = 0; i < lines.size(); i++) {
                Flow.emit(page, lines.get(i), x, Flow.baseline(y + i * style.lineHeight(), style), style, null);
            }
        });
    }

    /**
     * One tier: its label, what to look out for, what to do, how quickly, who to contact, in one box
     * that never splits; a tier taller than a page flows line by line instead.
     */
    private List<Slice> tierBox(StructNode section, SafetyNetting.Section tier) {
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
        List<Slice> text = List.copyOf(inside.slices);
        double height = Flow.height(text) + 2 * pad;
        if (height > context.pageBodyHeight()) {
            return text;
        }
        Drawing mark = Icons.forTier(tier.tier(), colour);
        double radius = design.space(4);
        double width = design.contentWidth();
        double outline = design.tierOutlineWidth(tier.tier());
        return List.of(new Slice(height, design.space(10), false, null, (page, x, y) -> {
            if (design.inkSaver) {
                // No tint and no stripe: an outline whose weight says how urgent the tier is.
                page.add(new PageItem.Box(x, y, width, height, radius, null, colour, outline, null));
            } else {
                page.add(new PageItem.Box(x, y, width, height, radius, design.tierTint(tier.tier()), null, 0, null));
            }
            Flow.placeStacked(page, text, x, y + pad);
            if (!design.inkSaver) {
                page.add(new PageItem.Box(x, y, stripe, height, 0, colour, null, 0, null));
            }
            page.add(new PageItem.Graphic(x + stripe + pad, y + pad, icon / mark.width(), mark, null));
        }));
    }

    /** The tier's printed label, e.g. "Emergency — go to A&E now or call 999". */
    private String label(Tier tier) {
        return PrintedWords.format("tier." + tier.name(), context.fill("{practice.outOfHours}"));
    }
}
