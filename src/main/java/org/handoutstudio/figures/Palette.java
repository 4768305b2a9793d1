package org.handoutstudio.figures;

import org.handoutstudio.graphics.Colour;

/**
 * Colours of the pictograms: a deep blue-grey figure whose far-side limbs are a clearly
 * lighter tint, darker outlines, quiet grey props and one accent for arrows and badges.
 */
public record Palette(Colour near, Colour nearOutline, Colour far, Colour farOutline, Colour prop,
                      Colour propOutline, Colour propDark, Colour mat, Colour accent, Colour onAccent) {

    public static final Colour DEFAULT_ACCENT = Colour.fromHex("#00796B");

    public static Palette standard(Colour accent) {
        Colour near = Colour.fromHex("#2F4A6D");
        return new Palette(near, Colour.fromHex("#16263B"), near.tint(0.5), Colour.fromHex("#4E6483"),
                Colour.fromHex("#DCE1E6"), Colour.fromHex("#8E99A6"), Colour.fromHex("#5F6B79"),
                Colour.fromHex("#C9D3DC"), accent, Colour.WHITE);
    }

    /** Stroke widths in centimetres of the 170 cm figure. */
    public static final double FIGURE_OUTLINE = 1.25, PROP_OUTLINE = 0.75, CUE_STROKE = 2.4;
}
