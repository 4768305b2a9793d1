package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.Side;

/**
 * The exercise plan and diary: a page of its own listing every exercise in order (a small
 * picture, its name and how much), a grid to tick each day of each week, and space for notes.
 * Each week is a real table (header cells for the days and for each exercise), so a screen reader
 * reads it row by row; a week never splits across pages.
 */
public final class DiaryPage implements Block {

    private static final int DAYS = 7;

    private final LayoutContext context;
    private final PageDesign design;
    private final List<Row> rows;
    private final int weeks;

    /** One exercise's row: its number, the exercise, how much of it, and whether it is for the left side. */
    private record Row(int number, Exercise exercise, String amount, boolean left) { }

    DiaryPage(LayoutContext context, Handout handout, Library library, int weeks) {
        this.context = context;
        this.design = context.design;
        this.weeks = weeks;
        this.rows = rows(handout, library);
    }

    /** Whether the handout has an exercise to put in a diary. */
    public static boolean hasExercises(Handout handout, Library library) {
        return !rows(handout, library).isEmpty();
    }

    private static List<Row> rows(Handout handout, Library library) {
        List<Row> rows = new ArrayList<>();
        for (HandoutItem entry : handout.items()) {
            if (entry == null || entry.isFreeText()) {
                continue;
            }
            library.find(entry.ref()).filter(Exercise.class::isInstance).map(Exercise.class::cast).ifPresent(exercise -> {
                Dosage dosage = exercise.dosage().overriddenBy(entry.dosage());
                rows.add(new Row(rows.size() + 1, exercise, DosageLine.of(dosage), dosage.side() == Side.LEFT));
            });
        }
        return rows;
    }

    @Override
    public void compose(Flow flow) {
        if (rows.isEmpty() || weeks < 1) {
            return;
        }
        StructNode section = context.root.add("Sect");
        String title = PrintedWords.get("diary.title");
        int first = flow.slices.size();
        flow.heading(section, "H2", title, design.h2(), 0, title);
        flow.slices.set(first, flow.slices.get(first).startingANewPage());
        flow.paragraph(section, InlineText.parse(PrintedWords.get("diary.intro")), design.body(), design.space(6));
        for (int week = 1; week <= weeks; week++) {
            flow.heading(section, "H3", PrintedWords.format("diary.week", String.valueOf(week)), design.h3(),
                    design.space(14), null);
            flow.slices.add(table(section).withSpaceBefore(design.space(4)));
        }
        flow.heading(section, "H3", PrintedWords.get("diary.notes"), design.h3(), design.space(14), null);
        double lineSpacing = design.space(26);
        for (int i = 0; i < 5; i++) {
            flow.slices.add(new Slice(lineSpacing, 0, i < 4, null, (page, x, y) -> page.add(new PageItem.Box(x,
                    y + lineSpacing - 1, design.contentWidth(), 0.75, 0, design.muted, null, 0, null))));
        }
    }

    /** One week: a header row of the days, then a row per exercise with a box to tick each day. */
    private Slice table(StructNode section) {
        TextStyle body = design.body();
        TextStyle bold = body.withBold(true);
        double dayWidth = design.space(30);
        double firstWidth = design.contentWidth() - DAYS * dayWidth;
        double cellPad = design.space(5);
        double thumbWidth = design.space(64);
        double thumbHeight = design.space(28);
        StructNode table = section.add("Table");
        List<Slice> parts = new ArrayList<>();

        StructNode header = table.add("TR");
        StructNode exerciseHeader = header.addHeaderCell(StructNode.Scope.COLUMN);
        List<StructNode> dayHeaders = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            dayHeaders.add(header.addHeaderCell(StructNode.Scope.COLUMN));
        }
        String[] days = PrintedWords.get("diary.days").split(",");
        double headerHeight = body.lineHeight() + 2 * cellPad;
        parts.add(new Slice(headerHeight, 0, false, null, (page, x, y) -> {
            page.add(new PageItem.Box(x, y, design.contentWidth(), headerHeight, 0, design.background(design.primaryTint),
                    null, 0, null));
            Flow.emit(page, single(PrintedWords.get("diary.exercise"), bold, firstWidth), x + cellPad,
                    Flow.baseline(y + cellPad, body), bold, exerciseHeader);
            for (int day = 0; day < DAYS; day++) {
                TextLine name = single(days[day].strip(), bold, dayWidth);
                Flow.emit(page, name, x + firstWidth + day * dayWidth + (dayWidth - name.width()) / 2,
                        Flow.baseline(y + cellPad, body), bold, dayHeaders.get(day));
            }
        }));

        double textWidth = firstWidth - thumbWidth - 3 * cellPad;
        for (Row row : rows) {
            StructNode tr = table.add("TR");
            StructNode rowHeader = tr.addHeaderCell(StructNode.Scope.ROW);
            for (int day = 0; day < DAYS; day++) {
                tr.add("TD");
            }
            Flow text = new Flow(design, thumbWidth + 2 * cellPad, textWidth);
            text.text(rowHeader, InlineText.bold(row.number() + ". " + row.exercise().name()), body, 0, textWidth, 0);
            if (!row.amount().isEmpty()) {
                text.text(rowHeader, InlineText.plain(row.amount()), body.withColour(design.muted), 0, textWidth, 0);
            }
            List<Slice> lines = List.copyOf(text.slices);
            double height = Math.max(thumbHeight, Flow.height(lines)) + 2 * cellPad;
            Optional<Drawing> thumb = context.figures.drawingFor(row.exercise(), row.left());
            double box = design.space(16);
            parts.add(new Slice(height, 0, false, null, (page, x, y) -> {
                thumb.ifPresent(drawing -> {
                    double scale = Math.min(thumbWidth / drawing.width(), thumbHeight / drawing.height());
                    page.add(new PageItem.Graphic(x + cellPad + (thumbWidth - drawing.width() * scale) / 2,
                            y + (height - drawing.height() * scale) / 2, scale, drawing, null));
                });
                Flow.placeStacked(page, lines, x, y + (height - Flow.height(lines)) / 2);
                for (int day = 0; day < DAYS; day++) {
                    page.add(new PageItem.Box(x + firstWidth + day * dayWidth + (dayWidth - box) / 2,
                            y + (height - box) / 2, box, box, design.space(2), null, design.muted, 1, null));
                }
                page.add(new PageItem.Box(x, y + height - 0.75, design.contentWidth(), 0.75, 0, design.rule, null, 0,
                        null));
            }));
        }
        double height = Flow.height(parts);
        return new Slice(height, 0, false, null, (page, x, y) -> {
            Flow.placeStacked(page, parts, x, y);
            page.add(new PageItem.Box(x, y, design.contentWidth(), height, 0, null, design.rule, 1, null));
        });
    }

    private TextLine single(String text, TextStyle style, double width) {
        return PageFurniture.single(design, text, style, width);
    }
}
