package org.handoutstudio.layout;

import java.util.List;
import java.util.Optional;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;

/**
 * The full exercise card, one whole box that never splits: number and name, purpose, the picture
 * beside "how much" and the starting position, numbered steps, what to feel and avoid, easier and
 * harder side by side, and the clinician's note.
 */
final class DetailedExerciseCard implements Block {

    private final LayoutContext context;
    private final PageDesign design;
    private final Exercise exercise;
    private final HandoutItem entry;
    private final int number;

    DetailedExerciseCard(LayoutContext context, Exercise exercise, HandoutItem entry, int number) {
        this.context = context;
        this.design = context.design;
        this.exercise = exercise;
        this.entry = entry;
        this.number = number;
    }

    @Override
    public void compose(Flow flow) {
        double pad = design.space(12);
        double innerWidth = design.contentWidth() - 2 * pad;
        Flow card = new Flow(design, pad, innerWidth);
        StructNode section = context.root.add("Sect");
        String heading = number + ". " + exercise.name();
        card.heading(section, "H2", heading, design.h2(), 0, null);
        card.paragraph(section, InlineText.plain(exercise.purpose()), design.body().withColour(design.muted),
                design.space(2));

        Dosage dosage = exercise.dosage().overriddenBy(entry.dosage());
        double pictureWidth = Math.round(innerWidth * 0.46);
        Optional<Illustration> picture = ExerciseCards.picture(context, exercise, entry, pictureWidth);
        if (picture.isPresent()) {
            // The picture sits beside "how much" and the starting position; the steps then use
            // the card's full width, which keeps cards short.
            double gap = design.space(14);
            StructNode figure = section.addFigure(InlineText.clean(exercise.altText()));
            Flow right = new Flow(design, pad + pictureWidth + gap, innerWidth - pictureWidth - gap);
            DosageBox.add(context, right, section, dosage);
            context.labelled(right, section, "card.start", exercise.startingPosition());
            Illustration illustration = picture.get();
            double rightHeight = Flow.height(right.slices);
            List<Slice> rightSlices = List.copyOf(right.slices);
            double top = Math.max(0, (rightHeight - illustration.height()) / 2);
            card.slices.add(new Slice(Math.max(illustration.height(), rightHeight), design.space(10), false, null,
                    (page, x, y) -> {
                        page.add(illustration.placement().at(x + pad, y + top, figure));
                        Flow.placeStacked(page, rightSlices, x, y);
                    }));
        } else {
            DosageBox.add(context, card, section, dosage);
            context.labelled(card, section, "card.start", exercise.startingPosition());
        }
        card.list(section, exercise.steps().stream().map(InlineText::plain).toList(), true, design.body(),
                design.space(8));
        context.labelled(card, section, "card.feel", exercise.youShouldFeel());
        context.labelled(card, section, "card.avoid", exercise.commonMistake());
        double half = (innerWidth - design.space(16)) / 2;
        Flow easier = new Flow(design, pad, half);
        Flow harder = new Flow(design, pad + half + design.space(16), half);
        context.labelled(easier, section, "card.easier", exercise.easier());
        context.labelled(harder, section, "card.harder", exercise.harder());
        card.slices.add(LayoutContext.sideBySide(easier.slices, harder.slices, design.space(7)));
        context.labelled(card, section, "note.clinician", entry.note());
        ExerciseCards.video(context, card, section, exercise, entry);
        Card.add(context, flow, card.slices, InlineText.clean(heading), Card.BETWEEN_FULL_CARDS, ExerciseCards.PAD);
    }
}
