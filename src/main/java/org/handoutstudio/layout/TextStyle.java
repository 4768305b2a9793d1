package org.handoutstudio.layout;

import org.handoutstudio.graphics.Colour;

/** Size, weight, colour and line height (as a multiple of the size) of a piece of text. */
record TextStyle(double size, boolean bold, Colour colour, double leading) {

    double lineHeight() {
        return size * leading;
    }

    TextStyle withColour(Colour newColour) {
        return new TextStyle(size, bold, newColour, leading);
    }

    TextStyle withBold(boolean newBold) {
        return new TextStyle(size, newBold, colour, leading);
    }
}
