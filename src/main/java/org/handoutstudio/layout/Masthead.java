package org.handoutstudio.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.io.RasterImage;
import org.handoutstudio.io.RasterImages;

/** The top of the first page: practice logo, name and contacts, the title with its rule, and the patient's details. */
final class Masthead implements Block {

    private final LayoutContext context;
    private final PageDesign design;
    private final Handout handout;

    Masthead(LayoutContext context, Handout handout) {
        this.context = context;
        this.design = context.design;
        this.handout = handout;
    }

    @Override
    public void compose(Flow flow) {
        Branding branding = context.branding;
        String practice = Text.blankToNull(branding.practiceName());
        RasterImage logo = logo(branding, design);
        if (practice != null || logo != null) {
            flow.slices.add(practiceBand(branding, practice, logo));
        }
        flow.heading(context.root, "H1", handout.title(), design.h1(), practice == null && logo == null ? 0
                : design.space(14), null);
        double ruleWidth = design.space(56);
        // In ink-saver mode the coloured band under the title becomes a thin rule.
        double ruleHeight = design.inkSaver ? 1 : design.space(4);
        flow.slices.add(new Slice(design.space(12), 0, true, null, (page, x, y) -> page.add(
                new PageItem.Box(x, y + design.space(4), ruleWidth, ruleHeight, design.inkSaver ? 0 : design.space(2),
                        design.inkSaver ? design.muted : design.accent, null, 0, null))));
        details(flow);
    }

    /** The logo with the practice's name, contacts and address beside it, centred on each other. */
    private Slice practiceBand(Branding branding, String practice, RasterImage logo) {
        double logoWidth = 0;
        double logoHeight = 0;
        if (logo != null) {
            double scale = Math.min(design.logoMaxWidth() / logo.pixelWidth(), design.logoMaxHeight() / logo.pixelHeight());
            logoWidth = logo.pixelWidth() * scale;
            logoHeight = logo.pixelHeight() * scale;
        }
        double gap = logo == null ? 0 : design.space(14);
        Flow beside = new Flow(design, logoWidth + gap, design.contentWidth() - logoWidth - gap);
        if (practice != null) {
            beside.paragraph(context.root, InlineText.bold(practice), design.masthead(), 0);
        }
        String contact = Text.joinNonBlank(" \u00B7 ", branding.phone(), branding.email(), branding.website());
        if (contact != null) {
            beside.paragraph(context.root, InlineText.plain(contact), design.body().withColour(design.muted), 0);
        }
        String address = Text.blankToNull(branding.address());
        if (address != null) {
            beside.paragraph(context.root, InlineText.plain(address), design.body().withColour(design.muted), 0);
        }
        List<Slice> text = List.copyOf(beside.slices);
        double textHeight = Flow.height(text);
        double height = Math.max(logoHeight, textHeight);
        double width = logoWidth;
        double tall = logoHeight;
        // With the practice name beside it the logo is decoration; alone, it names the practice.
        StructNode logoNode = logo != null && practice == null ? context.root.addFigure(PrintedWords.get("logo.alt")) : null;
        return new Slice(height, 0, true, null, (page, x, y) -> {
            if (logo != null) {
                page.add(new PageItem.Picture(x, y + (height - tall) / 2, width, tall, logo, logoNode));
            }
            Flow.placeStacked(page, text, x, y + (height - textHeight) / 2);
        });
    }

    /** The practice logo, or null when there is none or it cannot be used (see {@link #logoProblem}). */
    private static RasterImage logo(Branding branding, PageDesign design) {
        Path path = branding.logoPath();
        if (path == null) {
            return null;
        }
        try {
            return RasterImages.load(path, design.logoMaxWidth(), design.logoMaxHeight());
        } catch (RasterImages.ImageException e) {
            return null;
        }
    }

    /**
     * Why the branding's logo cannot be printed, or empty when it can (or there is none). The
     * documented fallback is a handout without the logo; callers show this as a warning.
     */
    static Optional<String> logoProblem(Branding branding) {
        return logoFailure(branding).map(failure -> PrintedWords.format("logo.problem", failure.getMessage()));
    }

    /** As {@link #logoProblem}, as the failure itself (which says whether the file could be read at all). */
    static Optional<RasterImages.ImageException> logoFailure(Branding branding) {
        Path path = branding == null ? null : branding.logoPath();
        if (path == null) {
            return Optional.empty();
        }
        PageDesign any = new PageDesign(595, 842, false, branding);
        try {
            RasterImages.load(path, any.logoMaxWidth(), any.logoMaxHeight());
            return Optional.empty();
        } catch (RasterImages.ImageException e) {
            return Optional.of(e);
        }
    }

    /** Name, date, clinician and next appointment in a tinted box; nothing when all are blank. */
    private void details(Flow flow) {
        PatientDetails patient = handout.patient();
        List<List<Span>> rows = new ArrayList<>();
        addRow(rows, "details.name", patient.name());
        addRow(rows, "details.date", patient.date() == null ? null : Text.DATE.format(patient.date()));
        addRow(rows, "details.clinician", Text.joinNonBlank(", ", patient.clinician(), patient.clinicianRole()));
        addRow(rows, "details.nextAppointment", patient.nextAppointment());
        if (rows.isEmpty()) {
            return;
        }
        double pad = design.space(10);
        Flow inside = new Flow(design, pad, design.contentWidth() - 2 * pad);
        StructNode box = context.root.add("Div");
        for (List<Span> row : rows) {
            inside.paragraph(box, row, design.body(), 0);
        }
        flow.slices.add(context.tinted(inside.slices, 0, design.contentWidth(), pad, design.primaryTint,
                design.space(6)).withSpaceBefore(design.space(6)));
    }

    private static void addRow(List<List<Span>> rows, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(List.of(new Span(PrintedWords.label(labelKey), true), new Span(InlineText.clean(value.strip()), false)));
        }
    }
}
