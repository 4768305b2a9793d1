package org.handoutstudio.layout;

import java.util.List;
import java.util.Optional;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.Exercise;

/**
 * The compact card, three to a page: one tinted bar with the number, name and how much, then the
 * picture beside the starting position and steps, and any "Stop if …". Easier and harder, the
 * purpose and what to feel stay on the fuller cards.
 */
final class CompactExerciseCard implements Block {

    private final LayoutContext context;
    private final PageDesign design;
    private final Exercise exercise;
    private final HandoutItem entry;
    private final int number;

    CompactExerciseCard(LayoutContext context, Exercise exercise, HandoutItem entry, int number) {
        this.context = context;
        this.design = context.design;
        this.exercise = exercise;
        this.entry = entry;
        this.number = number;
    }

    @Override
    public void compose(Flow flow) {
        StructNode section = context.root.add("Sect");
        double pad = design.space(Card.PAD);
        double innerWidth = design.contentWidth() - 2 * pad;
        Flow card = new Flow(design, pad, innerWidth);
        card.slices.add(bar(section, pad, innerWidth));
        double pictureWidth = Math.round(innerWidth * ExerciseCards.PICTURE_SHARE);
        Optional<Illustration> picture = ExerciseCards.picture(context, exercise, entry, pictureWidth);
        if (picture.isEmpty()) {
            context.labelled(card, section, "card.start", exercise.startingPosition());
            card.list(section, exercise.steps().stream().map(InlineText::plain).toList(), true, design.body(),
                    design.space(6));
        } else {
            StructNode figure = section.addFigure(InlineText.clean(exercise.altText()));
            Flow left = new Flow(design, pad, pictureWidth);
            left.slices.add(Card.picture(figure, picture.get(), pad));
            ExerciseCards.video(context, left, section, exercise, entry);
            Wrapped.startAndSteps(context, card, section, exercise, left.slices, pictureWidth);
        }
        stopLine(card, section);
        context.labelled(card, section, "note.clinician", entry.note());
        Card.add(context, flow, card.slices, InlineText.clean(ExerciseCards.heading(exercise, number)));
    }

    /** Number and name in bold, and how much on the same line when it fits (else under it), on a tint. */
    private Slice bar(StructNode section, double pad, double innerWidth) {
        double inset = design.space(5);
        double width = innerWidth - 2 * inset;
        TextStyle nameStyle = design.body().withBold(true).withColour(design.primary);
        TextStyle amountStyle = design.body();
        StructNode name = section.add("H2");
        String amount = DosageLine.of(ExerciseCards.dosage(exercise, entry));
        List<TextLine> nameLines = TextSetter.set(InlineText.bold(ExerciseCards.heading(exercise, number)),
                nameStyle.size(), width);
        List<TextLine> amountLines = amount.isEmpty() ? List.of()
                : TextSetter.set(InlineText.plain(amount), amountStyle.size(), width);
        double gap = design.space(16);
        boolean oneLine = nameLines.size() == 1 && amountLines.size() == 1
                && nameLines.get(0).width() + gap + amountLines.get(0).width() <= width;
        Flow inside = new Flow(design, pad + inset, width);
        StructNode amountNode = amount.isEmpty() ? null : section.add("P");
        if (oneLine) {
            TextLine nameLine = nameLines.get(0);
            TextLine amountLine = amountLines.get(0);
            inside.slices.add(new Slice(nameStyle.lineHeight(), 0, false, null, (page, x, y) -> {
                double baseline = Flow.baseline(y, nameStyle);
                Flow.emit(page, nameLine, x + pad + inset, baseline, nameStyle, name);
                Flow.emit(page, amountLine, x + pad + inset + width - amountLine.width(), baseline, amountStyle,
                        amountNode);
            }));
        } else {
            inside.text(name, InlineText.bold(ExerciseCards.heading(exercise, number)), nameStyle, 0, width, 0);
            if (amountNode != null) {
                inside.text(amountNode, InlineText.plain(amount), amountStyle, design.space(2), width, 0);
            }
        }
        return context.tinted(inside.slices, pad, innerWidth, design.space(2), design.primaryTint, design.space(4));
    }

    /** Any "Stop if …" from what the patient should feel, in bold: the one piece of care a compact card keeps. */
    private void stopLine(Flow column, StructNode section) {
        List<String> stops = ExerciseCards.stopSentences(exercise.youShouldFeel());
        if (!stops.isEmpty()) {
            column.paragraph(section, List.of(new Span(String.join(" ", stops), true)), design.body(), design.space(4));
        }
    }
}
