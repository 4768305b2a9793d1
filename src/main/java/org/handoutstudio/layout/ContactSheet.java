package org.handoutstudio.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.io.Json;
import org.handoutstudio.library.Exercise;

/**
 * A review sheet of every exercise illustration with its name, two to a row, so a clinician can
 * check them all at once. Same engine and painters as a handout: vector figures, tagged as
 * Figure with each exercise's alternative text.
 */
public final class ContactSheet {

    private ContactSheet() {
    }

    public static PageList layout(List<Exercise> exercises, FigureSource figures, LayoutOptions options) {
        Handout frame = Handout.blank(PrintedWords.get("figures.title"));
        PageDesign design = new PageDesign(options.paper().width(), options.paper().height(), options.largePrint(),
                Branding.DEFAULT);
        StructNode root = StructNode.document();
        Flow flow = new Flow(design, 0, design.contentWidth());
        flow.heading(root, "H1", frame.title(), design.h1(), 0, null);
        flow.paragraph(root, InlineText.plain(PrintedWords.format("figures.intro", String.valueOf(exercises.size()))),
                design.body().withColour(design.muted),
                design.space(4));
        double gap = design.space(18);
        double cellWidth = (design.contentWidth() - gap) / 2;
        for (int i = 0; i < exercises.size(); i += 2) {
            List<Slice> left = cell(root, design, exercises.get(i), figures, 0, cellWidth);
            List<Slice> right = i + 1 < exercises.size()
                    ? cell(root, design, exercises.get(i + 1), figures, cellWidth + gap, cellWidth) : List.of();
            double height = Math.max(Flow.height(left), Flow.height(right));
            flow.slices.add(new Slice(height, design.space(16), false, null, (page, x, y) -> {
                Flow.placeStacked(page, left, x, y);
                Flow.placeStacked(page, right, x, y);
            }));
        }
        Paginator paginator = new Paginator(design.marginLeft, design.bodyTop(), design.bodyBottom());
        paginator.placeAll(flow.slices);
        List<Page> pages = new ArrayList<>();
        List<List<PageItem>> bodies = paginator.pages();
        for (int i = 0; i < bodies.size(); i++) {
            List<PageItem> items = new ArrayList<>(bodies.get(i));
            TextStyle small = design.small();
            TextLine number = TextSetter.set(List.of(new Span(PrintedWords.format("footer.page", String.valueOf(i + 1),
                    String.valueOf(bodies.size())), false)),
                    small.size(), design.contentWidth()).get(0);
            Flow.emit(items, number, design.pageWidth - design.marginRight - number.width(),
                    design.pageHeight - design.marginBottom + design.space(24), small, null);
            pages.add(new Page(i + 1, items));
        }
        return new PageList(design.pageWidth, design.pageHeight,
                new PageList.Margins(design.marginTop, design.marginRight, design.marginBottom, design.marginLeft),
                pages, root, paginator.bookmarks(), frame.title(), HandoutLayout.LANGUAGE,
                // The exercises as JSON: unlike a record's toString, its form is ours to keep.
                DocumentIdentity.digest(Json.canonicalBytes(exercises),
                        options.paper().name().getBytes(StandardCharsets.UTF_8)));
    }

    /** One exercise: a framed figure with its name and id underneath. */
    private static List<Slice> cell(StructNode root, PageDesign design, Exercise exercise, FigureSource figures,
                                    double indent, double width) {
        Flow cell = new Flow(design, indent, width);
        StructNode section = root.add("Sect");
        Optional<Drawing> drawing = figures.drawingFor(exercise);
        double frameHeight = design.space(120);
        if (drawing.isPresent()) {
            Drawing art = drawing.get();
            StructNode figure = section.addFigure(InlineText.clean(exercise.altText()));
            double scale = Math.min((width - 12) / art.width(), (frameHeight - 12) / art.height());
            double artWidth = art.width() * scale;
            double artHeight = art.height() * scale;
            cell.slices.add(new Slice(frameHeight, 0, true, null, (page, x, y) -> {
                page.add(new PageItem.Box(x + indent, y, width, frameHeight, design.space(6), design.primaryTint, null,
                        0, null));
                page.add(new PageItem.Graphic(x + indent + (width - artWidth) / 2, y + (frameHeight - artHeight) / 2,
                        scale, art, figure));
            }));
        } else {
            cell.paragraph(section, InlineText.plain(PrintedWords.get("figures.none")), design.body(), 0);
        }
        cell.paragraph(section, InlineText.bold(exercise.name()), design.body(), design.space(4));
        cell.paragraph(section, InlineText.plain(exercise.id()), design.small(), 0);
        return cell.slices;
    }
}
