package org.handoutstudio.layout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.io.RasterImage;
import org.handoutstudio.io.RasterImages;
import org.handoutstudio.library.Advice;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.io.Json;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.SafetyNetting;
import org.handoutstudio.library.TextBlock;

/**
 * Lays a handout out as pages: masthead and details box, then each item in order (advice
 * sections, exercise cards that never split, safety-netting boxes by tier), then running
 * headers and footers. The result feeds both the PDF and the preview.
 */
public final class HandoutLayout {

    public static final String LANGUAGE = "en-GB";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Handout handout;
    private final Library library;
    private final Branding branding;
    private final LayoutOptions options;
    private final FigureSource figures;
    private final PageDesign design;
    private final StructNode root = StructNode.document();
    private final Flow flow;
    private int exerciseNumber;

    private HandoutLayout(Handout handout, Library library, Branding branding, LayoutOptions options,
                          FigureSource figures) {
        this.handout = handout;
        this.library = library;
        this.branding = branding == null ? Branding.DEFAULT : branding;
        this.options = options;
        this.figures = figures == null ? FigureSource.NONE : figures;
        this.design = new PageDesign(options.paper().width(), options.paper().height(), options.largePrint(),
                this.branding);
        this.flow = new Flow(design, 0, design.contentWidth());
    }

    public static PageList layout(Handout handout, Library library, Branding branding, LayoutOptions options,
                                  FigureSource figures) {
        return new HandoutLayout(handout, library, branding, options, figures).run();
    }

    private PageList run() {
        masthead();
        for (HandoutItem item : handout.items()) {
            if (item.isFreeText()) {
                freeText(item);
                continue;
            }
            Optional<LibraryItem> found = library.find(item.ref());
            if (found.isEmpty()) {
                continue; // Validation reports unknown refs before anything is exported.
            }
            LibraryItem libraryItem = found.get();
            if (libraryItem instanceof Advice advice) {
                advice(advice, item);
            } else if (libraryItem instanceof Exercise exercise) {
                exercise(exercise, item);
            } else if (libraryItem instanceof SafetyNetting safety) {
                safetyNetting(safety, item);
            }
        }
        flow.paragraph(root, InlineText.parse("**Ask us if you need this in large print or another format.**"),
                design.body(), design.space(18));

        Paginator paginator = new Paginator(design.marginLeft, design.bodyTop(), design.bodyBottom());
        paginator.placeAll(flow.slices);
        List<List<PageItem>> bodies = paginator.pages();
        List<Page> pages = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            List<PageItem> items = new ArrayList<>();
            if (i > 0) {
                runningHeader(items);
            }
            items.addAll(bodies.get(i));
            footer(items, i + 1, bodies.size());
            pages.add(new Page(i + 1, items));
        }
        String title = InlineText.clean(handout.title());
        return new PageList(design.pageWidth, design.pageHeight,
                new PageList.Margins(design.marginTop, design.marginRight, design.marginBottom, design.marginLeft),
                pages, root, paginator.bookmarks(), title, LANGUAGE, fixedId());
    }

    // ---- masthead ------------------------------------------------------------------------

    private void masthead() {
        String practice = blankToNull(branding.practiceName());
        RasterImage logo = logo(design);
        if (practice != null || logo != null) {
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
                beside.paragraph(root, InlineText.bold(practice), design.masthead(), 0);
            }
            String contact = joinNonBlank(" \u00B7 ", branding.phone(), branding.email(), branding.website());
            if (contact != null) {
                beside.paragraph(root, InlineText.plain(contact), design.body().withColour(design.muted), 0);
            }
            String address = blankToNull(branding.address());
            if (address != null) {
                beside.paragraph(root, InlineText.plain(address), design.body().withColour(design.muted), 0);
            }
            List<Slice> text = List.copyOf(beside.slices);
            double textHeight = Flow.height(text);
            double height = Math.max(logoHeight, textHeight);
            double width = logoWidth;
            double tall = logoHeight;
            // With the practice name beside it the logo is decoration; alone, it names the practice.
            StructNode logoNode = logo != null && practice == null ? root.addFigure("Practice logo") : null;
            flow.slices.add(new Slice(height, 0, true, null, (page, x, y) -> {
                if (logo != null) {
                    page.add(new PageItem.Picture(x, y + (height - tall) / 2, width, tall, logo, logoNode));
                }
                Flow.placeStacked(page, text, x, y + (height - textHeight) / 2);
            }));
        }
        flow.heading(root, "H1", handout.title(), design.h1(), practice == null && logo == null ? 0
                : design.space(14), null);
        double ruleWidth = design.space(56);
        flow.slices.add(new Slice(design.space(12), 0, true, null, (page, x, y) -> page.add(
                new PageItem.Box(x, y + design.space(4), ruleWidth, design.space(4), design.space(2), design.accent,
                        null, 0, null))));
        details();
    }

    /** The practice logo, or null when there is none or it cannot be used (see {@link #logoProblem}). */
    private RasterImage logo(PageDesign pageDesign) {
        java.nio.file.Path path = branding.logoPath();
        if (path == null) {
            return null;
        }
        try {
            return RasterImages.load(path, pageDesign.logoMaxWidth(), pageDesign.logoMaxHeight());
        } catch (RasterImages.ImageException e) {
            return null;
        }
    }

    /**
     * Why the branding's logo cannot be printed, or empty when it can (or there is none). The
     * documented fallback is a handout without the logo; callers show this as a warning.
     */
    public static Optional<String> logoProblem(Branding branding) {
        java.nio.file.Path path = branding == null ? null : branding.logoPath();
        if (path == null) {
            return Optional.empty();
        }
        PageDesign any = new PageDesign(595, 842, false, branding);
        try {
            RasterImages.load(path, any.logoMaxWidth(), any.logoMaxHeight());
            return Optional.empty();
        } catch (RasterImages.ImageException e) {
            return Optional.of("the logo " + e.getMessage() + "; the handout is printed without it");
        }
    }

    private void details() {
        PatientDetails patient = handout.patient();
        List<List<Span>> rows = new ArrayList<>();
        addRow(rows, "Name", patient.name());
        addRow(rows, "Date", patient.date() == null ? null : DATE.format(patient.date()));
        addRow(rows, "Clinician", joinNonBlank(", ", patient.clinician(), patient.clinicianRole()));
        addRow(rows, "Next appointment", patient.nextAppointment());
        if (rows.isEmpty()) {
            return;
        }
        double pad = design.space(10);
        Flow inside = new Flow(design, pad, design.contentWidth() - 2 * pad);
        StructNode box = root.add("Div");
        for (List<Span> row : rows) {
            inside.paragraph(box, row, design.body(), 0);
        }
        flow.slices.add(boxed(inside.slices, 0, design.contentWidth(), pad, design.primaryTint, null, design.space(6))
                .withSpaceBefore(design.space(6)));
    }

    private static void addRow(List<List<Span>> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(List.of(new Span(label + ": ", true), new Span(InlineText.clean(value.strip()), false)));
        }
    }

    // ---- advice and free text -------------------------------------------------------------

    private void advice(Advice advice, HandoutItem item) {
        StructNode section = root.add("Sect");
        flow.heading(section, "H2", advice.title(), design.h2(), design.space(22), InlineText.clean(advice.title()));
        blocks(section, item.textOverride().isEmpty() ? advice.blocks() : item.textOverride());
        note(section, item.note());
    }

    private void freeText(HandoutItem item) {
        StructNode section = root.add("Sect");
        flow.heading(section, "H2", item.heading(), design.h2(), design.space(22), InlineText.clean(item.heading()));
        blocks(section, item.blocks());
    }

    private void blocks(StructNode section, List<TextBlock> blocks) {
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                flow.paragraph(section, spans(p.text()), design.body(), design.space(8));
            } else if (block instanceof TextBlock.Bullets b) {
                flow.list(section, b.items().stream().map(this::spans).toList(), false, design.body(), design.space(8));
            } else if (block instanceof TextBlock.Subheading s) {
                flow.heading(section, "H3", fill(s.text()), design.h3(), design.space(14), null);
            } else if (block instanceof TextBlock.WritingLines w) {
                writingLines(w.count());
            }
        }
    }

    private void writingLines(int count) {
        double spacing = design.space(30);
        for (int i = 0; i < count; i++) {
            flow.slices.add(new Slice(spacing, 0, false, null, (page, x, y) -> page.add(new PageItem.Box(x,
                    y + spacing - 1, design.contentWidth(), 0.75, 0, design.rule, null, 0, null))));
        }
    }

    private void note(StructNode section, String note) {
        if (note != null && !note.isBlank()) {
            flow.paragraph(section, List.of(new Span("Note from your clinician: ", true),
                    new Span(InlineText.clean(note), false)), design.body(), design.space(8));
        }
    }

    // ---- exercise cards ----------------------------------------------------------------------

    private void exercise(Exercise exercise, HandoutItem item) {
        exerciseNumber++;
        double pad = design.space(12);
        double innerWidth = design.contentWidth() - 2 * pad;
        Flow card = new Flow(design, pad, innerWidth);
        StructNode section = root.add("Sect");
        String heading = exerciseNumber + ". " + exercise.name();
        card.heading(section, "H2", heading, design.h2(), 0, null);
        card.paragraph(section, InlineText.plain(exercise.purpose()), design.body().withColour(design.muted),
                design.space(2));

        Dosage dosage = exercise.dosage().overriddenBy(item.dosage());
        Optional<Illustration> picture = illustration(exercise, Math.round(innerWidth * 0.46));
        if (picture.isPresent()) {
            // The picture sits beside "how much" and the starting position; the steps then use
            // the card's full width, which keeps cards short.
            double gap = design.space(14);
            double pictureWidth = Math.round(innerWidth * 0.46);
            StructNode figure = section.addFigure(InlineText.clean(exercise.altText()));
            Flow right = new Flow(design, pad + pictureWidth + gap, innerWidth - pictureWidth - gap);
            amount(right, section, dosage);
            labelled(right, section, "Start: ", exercise.startingPosition());
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
            amount(card, section, dosage);
            labelled(card, section, "Start: ", exercise.startingPosition());
        }
        card.list(section, exercise.steps().stream().map(InlineText::plain).toList(), true, design.body(),
                design.space(8));
        labelled(card, section, "You should feel: ", exercise.youShouldFeel());
        labelled(card, section, "Avoid: ", exercise.commonMistake());
        double half = (innerWidth - design.space(16)) / 2;
        Flow easier = new Flow(design, pad, half);
        Flow harder = new Flow(design, pad + half + design.space(16), half);
        labelled(easier, section, "Easier: ", exercise.easier());
        labelled(harder, section, "Harder: ", exercise.harder());
        card.slices.add(sideBySide(easier.slices, harder.slices, design.space(7)));
        if (item.note() != null && !item.note().isBlank()) {
            labelled(card, section, "Note from your clinician: ", item.note());
        }
        Slice whole = boxed(card.slices, 0, design.contentWidth(), pad, Colour.WHITE, design.rule, design.space(8));
        if (whole.height() <= design.bodyBottom() - design.bodyTop()) {
            flow.slices.add(whole.withSpaceBefore(design.space(16)).withBookmark(InlineText.clean(heading)));
        } else {
            // Taller than a page (huge notes): let it flow rather than overflow the page.
            List<Slice> loose = new ArrayList<>(card.slices);
            loose.set(0, loose.get(0).withSpaceBefore(design.space(16)).withBookmark(InlineText.clean(heading)));
            flow.slices.addAll(loose);
        }
    }

    /** An exercise's picture at its printed height, and how to place it on a page. */
    private record Illustration(double height, Placement placement) {
        @FunctionalInterface
        interface Placement {
            PageItem at(double x, double y, StructNode figure);
        }
    }

    /**
     * The clinician's own photo if the exercise has a usable one, else its drawing, scaled to
     * {@code width}; empty when there is neither.
     */
    private Optional<Illustration> illustration(Exercise exercise, double width) {
        if (exercise.photo() != null && !exercise.photo().isBlank()) {
            double maxHeight = design.space(160);
            try {
                RasterImage image = RasterImages.load(java.nio.file.Path.of(exercise.photo()), width, maxHeight);
                double scale = Math.min(width / image.pixelWidth(), maxHeight / image.pixelHeight());
                double w = image.pixelWidth() * scale;
                double h = image.pixelHeight() * scale;
                return Optional.of(new Illustration(h, (x, y, figure) -> new PageItem.Picture(x, y, w, h, image, figure)));
            } catch (RasterImages.ImageException e) {
                // Reported when the library loaded; the drawing is the documented fallback.
            }
        }
        double maxHeight = design.space(140);
        return figures.drawingFor(exercise).map(art -> {
            double scale = Math.min(width / art.width(), maxHeight / art.height());
            return new Illustration(art.height() * scale, (x, y, figure) -> new PageItem.Graphic(x, y, scale, art, figure));
        });
    }

    /** The dosage line (and how to build up) in a tinted box. */
    private void amount(Flow column, StructNode section, Dosage dosage) {
        String amount = dosage.describe();
        if (amount.isEmpty()) {
            return;
        }
        double pad = design.space(7);
        Flow inside = new Flow(design, column.indent() + pad, column.width() - 2 * pad);
        inside.paragraph(section, List.of(new Span("How much: ", true), new Span(amount, true)), design.body(), 0);
        if (dosage.progression() != null && !dosage.progression().isBlank()) {
            inside.paragraph(section, InlineText.plain(dosage.progression()), design.body(), design.space(2));
        }
        column.slices.add(boxed(inside.slices, column.indent(), column.width(), pad, design.primaryTint, null,
                design.space(5)));
    }

    /** Two columns as one slice; the left column's structure comes first in reading order. */
    private static Slice sideBySide(List<Slice> left, List<Slice> right, double spaceBefore) {
        List<Slice> first = List.copyOf(left);
        List<Slice> second = List.copyOf(right);
        double height = Math.max(Flow.height(first), Flow.height(second));
        return new Slice(height, spaceBefore, false, null, (page, x, y) -> {
            Flow.placeStacked(page, first, x, y);
            Flow.placeStacked(page, second, x, y);
        });
    }

    private void labelled(Flow column, StructNode section, String label, String text) {
        if (text != null && !text.isBlank()) {
            column.paragraph(section, List.of(new Span(label, true), new Span(InlineText.clean(fill(text)), false)),
                    design.body(), design.space(7));
        }
    }

    // ---- safety-netting ------------------------------------------------------------------------

    private void safetyNetting(SafetyNetting safety, HandoutItem item) {
        StructNode section = root.add("Sect");
        flow.heading(section, "H2", safety.title(), design.h2(), design.space(22), InlineText.clean(safety.title()));
        if (safety.intro() != null && !safety.intro().isBlank()) {
            flow.paragraph(section, spans(safety.intro()), design.body(), design.space(6));
        }
        // The heading and introduction belong with the first box: never leave them at a page's foot.
        int last = flow.slices.size() - 1;
        flow.slices.set(last, flow.slices.get(last).keepingWithNext());
        for (SafetyNetting.Section tier : safety.sections()) {
            tierBox(section, tier);
        }
        note(section, item.note());
    }

    private void tierBox(StructNode section, SafetyNetting.Section tier) {
        double pad = design.space(10);
        double stripe = design.space(6);
        double icon = design.space(24);
        double textIndent = stripe + pad + icon + design.space(10);
        double textWidth = design.contentWidth() - textIndent - pad;
        Colour colour = design.tierColour(tier.tier());
        Flow inside = new Flow(design, textIndent, textWidth);
        inside.heading(section, "H3", tier.tier().label(), design.h3().withColour(colour), 0, null);
        inside.paragraph(section, InlineText.bold("Look out for:"), design.body(), design.space(4));
        inside.list(section, tier.lookOutFor().stream().map(this::spans).toList(), false, design.body(),
                design.space(2));
        labelled(inside, section, "What to do: ", tier.whatToDo());
        labelled(inside, section, "How quickly: ", tier.howQuickly());
        labelled(inside, section, "Who to contact: ", tier.whoToContact());
        Drawing mark = Icons.forTier(tier.tier(), colour);
        Slice box = boxed(inside.slices, 0, design.contentWidth(), pad, design.tierTint(tier.tier()), null,
                design.space(4));
        Slice.Placer boxPlacer = box.placer();
        Slice decorated = new Slice(box.height(), design.space(10), false, null, (page, x, y) -> {
            boxPlacer.place(page, x, y);
            page.add(new PageItem.Box(x, y, stripe, box.height(), 0, colour, null, 0, null));
            page.add(new PageItem.Graphic(x + stripe + pad, y + pad, icon / mark.width(), mark, null));
        });
        if (box.height() <= design.bodyBottom() - design.bodyTop()) {
            flow.slices.add(decorated);
        } else {
            flow.slices.addAll(inside.slices);
        }
    }

    // ---- shared pieces ---------------------------------------------------------------------------

    /** Wraps slices in a box as one unbreakable slice. The box spans {@code indent .. indent+width}. */
    private Slice boxed(List<Slice> content, double indent, double width, double pad, Colour fill, Colour stroke,
                        double radius) {
        List<Slice> inner = List.copyOf(content);
        double height = Flow.height(inner) + 2 * pad;
        return new Slice(height, 0, false, null, (page, x, y) -> {
            page.add(new PageItem.Box(x + indent, y, width, height, radius, fill, stroke, stroke == null ? 0 : 1, null));
            Flow.placeStacked(page, inner, x, y + pad);
        });
    }

    private void runningHeader(List<PageItem> page) {
        TextStyle style = design.small();
        double baseline = design.marginTop - design.space(20);
        TextLine title = single(InlineText.clean(handout.title()), style, design.contentWidth() * 0.6);
        Flow.emit(page, title, design.marginLeft, baseline, style, null);
        String name = blankToNull(handout.patient().name());
        if (name != null) {
            TextLine forName = single("For: " + InlineText.clean(name), style, design.contentWidth() * 0.38);
            Flow.emit(page, forName, design.pageWidth - design.marginRight - forName.width(), baseline, style, null);
        }
        page.add(new PageItem.Box(design.marginLeft, baseline + design.space(5), design.contentWidth(), 0.75, 0,
                design.rule, null, 0, null));
    }

    private void footer(List<PageItem> page, int number, int total) {
        TextStyle style = design.small();
        double top = design.pageHeight - design.marginBottom + design.space(10);
        page.add(new PageItem.Box(design.marginLeft, top, design.contentWidth(), 0.75, 0, design.rule, null, 0, null));
        double line = style.lineHeight();
        double baseline = top + design.space(4) + Flow.baseline(0, style);
        TextStyle strong = style.withBold(true).withColour(design.ink);
        TextLine pageNumber = single("Page " + number + " of " + total, strong, design.contentWidth());
        double right = design.pageWidth - design.marginRight;
        Flow.emit(page, pageNumber, right - pageNumber.width(), baseline, strong, null);
        String contact = joinNonBlank(" \u00B7 ", blankToNull(branding.practiceName()), branding.phone(),
                branding.website());
        double leftWidth = design.contentWidth() - pageNumber.width() - design.space(12);
        Flow.emit(page, single(contact == null ? "Handout Studio" : contact, style, leftWidth), design.marginLeft,
                baseline, style, null);
        String publisher = blankToNull(branding.practiceName()) == null ? "Handout Studio clinical library"
                : branding.practiceName().strip();
        String provenance = "Published by " + publisher + " \u00B7 Content version " + contentVersion()
                + " \u00B7 Produced " + DATE.format(options.producedOn());
        String footerText = blankToNull(branding.footerText());
        String last = nextReview().map(date -> "Next review " + MONTH.format(date) + " \u00B7 ").orElse("")
                + (footerText == null ? "" : InlineText.clean(footerText) + " \u00B7 ")
                + "Ask us for this in large print or another format.";
        // Wrapped rather than cut, within the lines the footer has room for.
        List<TextLine> lines = new ArrayList<>(TextSetter.set(InlineText.plain(provenance), style.size(), design.contentWidth()));
        lines.addAll(TextSetter.set(InlineText.plain(last), style.size(), design.contentWidth()));
        int room = design.footerLines() - 1;
        for (int i = 0; i < Math.min(room, lines.size()); i++) {
            TextLine text = i == room - 1 && lines.size() > room
                    ? single(lines.get(i).fragments().stream().map(TextLine.Fragment::text).reduce("", String::concat)
                            + " \u2026", style, design.contentWidth())
                    : lines.get(i);
            Flow.emit(page, text, design.marginLeft, baseline + (i + 1) * line, style, null);
        }
    }

    /** One line of text, cut to the width if it would run over (headers and footers never wrap). */
    private static TextLine single(String text, TextStyle style, double width) {
        List<TextLine> lines = TextSetter.set(List.of(new Span(text, style.bold())), style.size(), width);
        if (lines.size() <= 1) {
            return lines.isEmpty() ? new TextLine(List.of(), 0) : lines.get(0);
        }
        String cut = text;
        while (cut.length() > 1) {
            cut = cut.substring(0, cut.length() - 1).stripTrailing();
            List<TextLine> attempt = TextSetter.set(List.of(new Span(cut + "\u2026", style.bold())), style.size(), width);
            if (attempt.size() == 1) {
                return attempt.get(0);
            }
        }
        return lines.get(0);
    }

    private String contentVersion() {
        return library.contentVersion();
    }

    /** The soonest next-review date among the library items this handout prints. */
    private Optional<LocalDate> nextReview() {
        return handout.items().stream()
                .filter(item -> !item.isFreeText())
                .map(item -> library.find(item.ref()))
                .flatMap(Optional::stream)
                .map(item -> item.provenance() == null ? null : item.provenance().nextReview())
                .filter(date -> date != null)
                .min(LocalDate::compareTo);
    }

    private List<Span> spans(String text) {
        return InlineText.parse(fill(text));
    }

    private String fill(String text) {
        return Placeholders.fill(text, branding);
    }

    private String fixedId() {
        return digest(Json.canonicalBytes(handout), Json.canonicalBytes(branding),
                options.fingerprint().getBytes(StandardCharsets.UTF_8), contentVersion().getBytes(StandardCharsets.UTF_8));
    }

    /** A 128-bit hex digest of the parts: the fixed document id that makes output reproducible. */
    static String digest(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String joinNonBlank(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(InlineText.clean(part.strip()));
            }
        }
        return kept.isEmpty() ? null : String.join(separator, kept);
    }
}
