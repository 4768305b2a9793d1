package org.handoutstudio.pdf;

/**
 * Numbers for content streams, fixed-point with trailing zeros dropped ("541.7", "58", "-0.25").
 * PDFBox writes a float with up to five decimals, and a float near 500 is never a round hundredth,
 * so "541.70001" would be written for 541.7; numbers are most of a page's bytes.
 */
final class PdfNumbers {

    /** Positions and lengths on the page: hundredths of a point. */
    static final int POINT_DECIMALS = 2;
    /** A figure's outlines, in its own units (about a point each): tenths, 0.04 mm at the largest scale printed. */
    static final int FIGURE_DECIMALS = 1;

    private static final long[] POWERS = {1, 10, 100, 1000, 10_000, 100_000};

    private PdfNumbers() {
    }

    /** Appends {@code value} rounded to {@code decimals} places (0 to 5), then a space. */
    static StringBuilder append(StringBuilder out, double value, int decimals) {
        long power = POWERS[decimals];
        long scaled = Math.round(value * power);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / power);
        long fraction = scaled % power;
        if (fraction != 0) {
            int places = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                places--;
            }
            out.append('.');
            for (long pad = POWERS[places - 1]; pad > fraction; pad /= 10) {
                out.append('0');
            }
            out.append(fraction);
        }
        return out.append(' ');
    }
}
