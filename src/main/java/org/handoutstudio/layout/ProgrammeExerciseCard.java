package org.handoutstudio.layout;

import java.util.List;
import java.util.Optional;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.Exercise;

/**
 * The programme card, two to a page: number and name, how much, the picture beside the starting
 * position and steps, then one line of care ("Avoid …", "Stop if …") and one of easier and
 * harder. Those two lines go under the picture when the steps leave room there, which keeps the
 * card short. The purpose and what to feel are left to the full card, except any "Stop if".
 */
final class ProgrammeExerciseCard implements Block {

    private final LayoutContext context;
    private final PageDesign design;
    private final Exercise exercise;
    private final HandoutItem entry;
    private final int number;

    ProgrammeExerciseCard(LayoutContext context, Exercise exercise, HandoutItem entry, int number) {
        this.context = context;
        this.design = context.design;
        this.exercise = exercise;
        this.entry = entry;
        this.number = number;
    }

    /** Where the lines after the steps go. */
    private enum Arrangement {
        /** Care and easier/harder under the picture, steps in their own column. */
        UNDER_PICTURE,
        /** Care and easier/harder across the card under both columns. */
        BELOW,
        /** The steps wrap round the picture; care and easier/harder across the card below them. */
        WRAPPED
    }

    @Override
    public void compose(Flow flow) {
        // Measure each arrangement on a scratch tree, then build the shortest for real.
        Arrangement shortest = Arrangement.UNDER_PICTURE;
        double least = Double.MAX_VALUE;
        for (Arrangement arrangement : Arrangement.values()) {
            double height = Flow.height(content(StructNode.document(), arrangement));
            if (height < least) {
                least = height;
                shortest = arrangement;
            }
        }
        List<Slice> content = content(context.root.add("Sect"), shortest);
        Card.add(context, flow, content, InlineText.clean(ExerciseCards.heading(exercise, number)));
    }

    /** The card's inside, arranged as {@code arrangement} says. */
    private List<Slice> content(StructNode section, Arrangement arrangement) {
        double pad = design.space(Card.PAD);
        double innerWidth = design.contentWidth() - 2 * pad;
        Flow card = new Flow(design, pad, innerWidth);
        card.heading(section, "H2", ExerciseCards.heading(exercise, number), design.h2(), 0, null);
        DosageBox.add(context, card, section, ExerciseCards.dosage(exercise, entry));
        double pictureWidth = Math.round(innerWidth * ExerciseCards.PICTURE_SHARE);
        Optional<Illustration> picture = ExerciseCards.picture(context, exercise, entry, pictureWidth);
        if (picture.isEmpty()) {
            startAndSteps(card, section);
            careAndVideo(card, section);
        } else {
            StructNode figure = section.addFigure(InlineText.clean(exercise.altText()));
            double gap = design.space(ExerciseCards.GAP);
            Flow left = new Flow(design, pad, pictureWidth);
            left.slices.add(Card.picture(figure, picture.get(), pad));
            if (arrangement == Arrangement.WRAPPED) {
                Wrapped.startAndSteps(context, card, section, exercise, left.slices, pictureWidth);
                careAndVideo(card, section);
            } else {
                Flow right = new Flow(design, pad + pictureWidth + gap, innerWidth - pictureWidth - gap);
                startAndSteps(right, section);
                if (arrangement == Arrangement.UNDER_PICTURE) {
                    careAndVideo(left, section);
                }
                card.slices.add(LayoutContext.sideBySide(left.slices, right.slices, design.space(8)));
                if (arrangement == Arrangement.BELOW) {
                    careAndVideo(card, section);
                }
            }
        }
        context.labelled(card, section, "note.clinician", entry.note());
        return card.slices;
    }

    private void startAndSteps(Flow column, StructNode section) {
        context.labelled(column, section, "card.start", exercise.startingPosition());
        column.list(section, exercise.steps().stream().map(InlineText::plain).toList(), true, design.body(),
                design.space(6));
    }

    private void careAndVideo(Flow column, StructNode section) {
        ExerciseCards.careLine(context, column, section, exercise);
        ExerciseCards.easierHarder(context, column, section, exercise);
        ExerciseCards.video(context, column, section, exercise, entry);
    }
}
