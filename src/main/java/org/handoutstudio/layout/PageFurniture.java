package org.handoutstudio.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;

/**
 * What every page carries around its body, all of it decoration (PDF artifacts): from page 2 a
 * running header with the title and whom the handout is for; on every page a footer with the
 * practice's contacts, the page number, and the provenance (publisher, content version, date
 * produced, next review) with the offer of other formats.
 */
final class PageFurniture {

    private final PageDesign design;
    private final Handout handout;
    private final Branding branding;
    private final String contentVersion;
    private final LocalDate producedOn;
    private final Optional<LocalDate> nextReview;

    PageFurniture(PageDesign design, Handout handout, Branding branding, String contentVersion, LocalDate producedOn,
                  Optional<LocalDate> nextReview) {
        this.design = design;
        this.handout = handout;
        this.branding = branding;
        this.contentVersion = contentVersion;
        this.producedOn = producedOn;
        this.nextReview = nextReview;
    }

    /** The page's items: header (after the first page), the body, then the footer. */
    List<PageItem> around(List<PageItem> body, int number, int total) {
        List<PageItem> items = new ArrayList<>();
        if (number > 1) {
            runningHeader(items);
        }
        items.addAll(body);
        footer(items, number, total);
        return items;
    }

    private void runningHeader(List<PageItem> page) {
        TextStyle style = design.small();
        double baseline = design.marginTop - design.space(20);
        TextLine title = single(design, InlineText.clean(handout.title()), style, design.contentWidth() * 0.6);
        Flow.emit(page, title, design.marginLeft, baseline, style, null);
        String name = Text.blankToNull(handout.patient().name());
        if (name != null) {
            TextLine forName = single(design, PrintedWords.format("header.for", InlineText.clean(name)), style,
                    design.contentWidth() * 0.38);
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
        TextLine pageNumber = single(design, PrintedWords.format("footer.page", String.valueOf(number),
                String.valueOf(total)), strong, design.contentWidth());
        double right = design.pageWidth - design.marginRight;
        Flow.emit(page, pageNumber, right - pageNumber.width(), baseline, strong, null);
        String contact = Text.joinNonBlank(" \u00B7 ", Text.blankToNull(branding.practiceName()), branding.phone(),
                branding.website());
        double leftWidth = design.contentWidth() - pageNumber.width() - design.space(12);
        Flow.emit(page, single(design, contact == null ? PrintedWords.get("footer.noContact") : contact, style, leftWidth),
                design.marginLeft, baseline, style, null);
        // Wrapped rather than cut, within the lines the footer has room for.
        List<TextLine> lines = new ArrayList<>(design.lines(InlineText.plain(provenance()), style.size(),
                design.contentWidth()));
        lines.addAll(design.lines(InlineText.plain(reviewAndFormats()), style.size(), design.contentWidth()));
        int room = design.footerLines() - 1;
        for (int i = 0; i < Math.min(room, lines.size()); i++) {
            TextLine text = i == room - 1 && lines.size() > room
                    ? single(design, lines.get(i).fragments().stream().map(TextLine.Fragment::text).reduce("", String::concat)
                            + " \u2026", style, design.contentWidth())
                    : lines.get(i);
            Flow.emit(page, text, design.marginLeft, baseline + (i + 1) * line, style, null);
        }
    }

    private String provenance() {
        String publisher = Text.blankToNull(branding.practiceName()) == null ? PrintedWords.get("footer.publisher")
                : branding.practiceName().strip();
        return PrintedWords.format("footer.provenance", publisher, contentVersion, Text.DATE.format(producedOn));
    }

    private String reviewAndFormats() {
        String separator = " \u00B7 ";
        String footerText = Text.blankToNull(branding.footerText());
        return nextReview.map(date -> PrintedWords.format("footer.nextReview", Text.MONTH.format(date)) + separator)
                .orElse("")
                + (footerText == null ? "" : InlineText.clean(footerText) + separator)
                + PrintedWords.get("footer.askFormat");
    }

    /** One line of text, cut to the width if it would run over (headers and footers never wrap). */
    static TextLine single(PageDesign design, String text, TextStyle style, double width) {
        // No glyph is narrower than a fifth of the type size, so no more characters than this can fit:
        // cutting there first keeps a 4,000-character name as quick to set as a short one.
        int mostThatFit = (int) Math.ceil(width / (style.size() * 0.2)) + 1;
        String candidate = text.length() > mostThatFit ? text.substring(0, mostThatFit) : text;
        List<TextLine> lines = design.lines(List.of(new Span(candidate, style.bold())), style.size(), width);
        if (lines.size() <= 1 && candidate.length() == text.length()) {
            return lines.isEmpty() ? new TextLine(List.of(), 0) : lines.get(0);
        }
        // The longest cut (with an ellipsis) that fits on one line: found by halving, not one character at a time.
        TextLine best = null;
        int low = 1;
        int high = candidate.length() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            List<TextLine> attempt = design.lines(List.of(new Span(cutAt(candidate, middle) + "\u2026", style.bold())),
                    style.size(), width);
            if (attempt.size() == 1) {
                best = attempt.get(0);
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return best != null ? best : lines.get(0);
    }

    /** The first {@code length} characters, never splitting a surrogate pair, without trailing space. */
    private static String cutAt(String text, int length) {
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, Math.max(0, end)).stripTrailing();
    }
}
