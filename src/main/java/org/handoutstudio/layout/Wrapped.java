package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.library.Exercise;

/**
 * The starting position and steps set beside a picture and, once they pass its foot, on across
 * the card's full width: text wrapped round the picture, the shortest way to print them.
 */
final class Wrapped {

    private Wrapped() {
    }

    /**
     * Adds the picture with the start and steps wrapped round it to {@code card}; returns nothing.
     *
     * @param picture the picture column's slices (the picture, and anything printed under it)
     */
    static void startAndSteps(LayoutContext context, Flow card, StructNode section, Exercise exercise,
                              List<Slice> picture, double pictureWidth) {
        PageDesign design = context.design;
        double gap = design.space(ExerciseCards.GAP);
        Flow beside = new Flow(design, card.indent() + pictureWidth + gap, card.width() - pictureWidth - gap);
        Flow below = new Flow(design, card.indent(), card.width());
        double pictureHeight = Flow.height(picture);
        context.labelled(beside, section, "card.start", exercise.startingPosition());
        StructNode list = section.add("L");
        List<List<Span>> steps = exercise.steps().stream().map(InlineText::plain).toList();
        int next = 0;
        while (next < steps.size() && Flow.height(beside.slices) < pictureHeight) {
            beside.listItems(list, steps.subList(next, next + 1), true, next + 1, design.body(),
                    next == 0 ? design.space(4) : design.listGap);
            next++;
        }
        if (next < steps.size()) {
            below.listItems(list, steps.subList(next, steps.size()), true, next + 1, design.body(), design.listGap);
        }
        card.slices.add(LayoutContext.sideBySide(new ArrayList<>(picture), beside.slices, design.space(5)));
        card.slices.addAll(below.slices);
    }
}
