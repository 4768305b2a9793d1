package org.handoutstudio.layout;

import java.util.List;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.library.Tier;

/**
 * The page's measurements, type scale and colours, in one place. Clear-print rules: body at
 * least 12 pt (16 pt in large print), line height at least 1.3, left aligned, lines of at most
 * about 70 characters, bold (never italics or capitals) for emphasis, contrast at least 4.5:1.
 */
final class PageDesign {

    static final double LEADING = 1.4;
    /** Cards printed two or three to a page set their short lines a little closer, still above the 1.3 minimum. */
    static final double CARD_LEADING = 1.3;
    /** About 70 characters of Atkinson Hyperlegible fit in 36 em. */
    static final double MAX_MEASURE_EM = 36;

    final double pageWidth;
    final double pageHeight;
    final double marginLeft;
    final double marginRight;
    final double marginTop;
    final double marginBottom;
    final double scale;

    final Colour ink = Colour.fromHex("#1B1B1B");
    final Colour muted = Colour.fromHex("#4A4A4A");
    final Colour primary;
    final Colour accent;
    final Colour primaryTint;
    final Colour rule;
    private final Branding branding;
    /** No tinted backgrounds or filled bands: outlines, words and icons carry the same meaning in black and white. */
    final boolean inkSaver;
    /** Line height of body text, as a multiple of its size. */
    final double leading;
    /** Space between the items of a list. */
    final double listGap;
    PageDesign(double pageWidth, double pageHeight, boolean largePrint, Branding branding) {
        this(pageWidth, pageHeight, largePrint, branding, false);
    }

    PageDesign(double pageWidth, double pageHeight, boolean largePrint, Branding branding, boolean inkSaver) {
        this(pageWidth, pageHeight, largePrint, branding, inkSaver, LEADING, 4);
    }

    private PageDesign(double pageWidth, double pageHeight, boolean largePrint, Branding branding, boolean inkSaver,
                       double leading, double listGap) {
        this.inkSaver = inkSaver;
        this.leading = leading;
        this.branding = branding;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.scale = largePrint ? 16.0 / 12.0 : 1.0;
        this.listGap = listGap * scale;
        this.marginLeft = 50;
        this.marginRight = 50;
        this.marginTop = 46;
        this.marginBottom = 46 + footerHeight();
        this.primary = branding.primary();
        this.accent = branding.accent();
        this.primaryTint = primary.tint(0.9);
        this.rule = primary.tint(0.6);
    }

    /** This design for cards printed several to a page: body lines and list items a little closer. */
    PageDesign forCards() {
        return new PageDesign(pageWidth, pageHeight, scale > 1, branding, inkSaver, CARD_LEADING, 2);
    }

    /**
     * {@code spans} broken into lines of at most {@code width} at {@code size}: set once, then
     * shared by every layout ({@link SetTextCache}).
     */
    List<TextLine> lines(List<Span> spans, double size, double width) {
        return SetTextCache.lines(spans, size, width);
    }

    /** A tinted background, or none in ink-saver mode. */
    Colour background(Colour tint) {
        return inkSaver ? null : tint;
    }

    /** The outline a box gets in ink-saver mode instead of its tint; none otherwise. */
    Colour outlineInstead() {
        return inkSaver ? muted : null;
    }

    /** In ink-saver mode the tiers are told apart by outline weight too: the most urgent is heaviest. */
    double tierOutlineWidth(Tier tier) {
        return switch (tier) {
            case EMERGENCY -> 3;
            case URGENT -> 2;
            case ROUTINE -> 1;
        };
    }

    double logoMaxWidth() {
        return 170 * scale;
    }

    double logoMaxHeight() {
        return 56 * scale;
    }

    double contentWidth() {
        return pageWidth - marginLeft - marginRight;
    }

    /** The widest a run of body text may be, so lines stay near 70 characters. */
    double measure(double width) {
        return Math.min(width, MAX_MEASURE_EM * body().size());
    }

    double bodyTop() {
        return marginTop;
    }

    double bodyBottom() {
        return pageHeight - marginBottom;
    }

    double space(double points) {
        return points * scale;
    }

    TextStyle body() {
        return new TextStyle(12 * scale, false, ink, leading);
    }


    TextStyle h1() {
        return new TextStyle(26 * scale, true, primary, 1.3);
    }

    TextStyle h2() {
        return new TextStyle(17 * scale, true, primary, 1.3);
    }

    TextStyle h3() {
        return new TextStyle(13.5 * scale, true, ink, 1.3);
    }

    TextStyle masthead() {
        return new TextStyle(13 * scale, true, primary, 1.3);
    }

    /** Headers, footers and captions: smaller, but never below 10 pt. */
    TextStyle small() {
        return new TextStyle(10 * scale, false, muted, 1.3);
    }

    /** Footer lines: the contact line, then the provenance, which needs more lines in large print. */
    int footerLines() {
        return scale > 1 ? 5 : 3;
    }

    double footerHeight() {
        return footerLines() * 10 * scale * 1.3 + 10;
    }

    Colour tierColour(Tier tier) {
        return switch (tier) {
            case EMERGENCY -> Colour.fromHex("#A4161A");
            case URGENT -> Colour.fromHex("#8A4500");
            case ROUTINE -> Colour.fromHex("#1E5631");
        };
    }

    Colour tierTint(Tier tier) {
        return tierColour(tier).tint(0.92);
    }
}
