package org.handoutstudio.layout;

import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.io.RasterImage;

/**
 * One thing painted on a page, positioned in points from the page's top-left corner. Each
 * item names the structure node it belongs to; {@code owner == null} marks decoration
 * (headers, footers, rules, backgrounds), which a PDF tags as an artifact.
 */
public sealed interface PageItem {

    StructNode owner();

    /** Left, top, right and bottom edges, for checks such as "nothing outside the margins". */
    double left();

    double top();

    double right();

    double bottom();

    /**
     * A run of text in one font. {@code baseline} is the y of the baseline; {@code width} is the
     * measured advance, which the painters reproduce exactly.
     */
    record TextRun(double x, double baseline, String text, FontFace face, double size, Colour colour,
                   double width, StructNode owner) implements PageItem {
        @Override
        public double left() {
            return x;
        }

        @Override
        public double top() {
            return baseline - FontMetrics.of(face).ascent() * size;
        }

        @Override
        public double right() {
            return x + width;
        }

        @Override
        public double bottom() {
            return baseline + FontMetrics.of(face).descent() * size;
        }
    }

    /** A rectangle, optionally with rounded corners, filled and/or outlined. */
    record Box(double x, double y, double width, double height, double cornerRadius, Colour fill, Colour stroke,
               double strokeWidth, StructNode owner) implements PageItem {
        @Override
        public double left() {
            return x;
        }

        @Override
        public double top() {
            return y;
        }

        @Override
        public double right() {
            return x + width;
        }

        @Override
        public double bottom() {
            return y + height;
        }
    }

    /** A vector drawing placed at (x, y) and scaled uniformly. */
    record Graphic(double x, double y, double scale, Drawing drawing, StructNode owner) implements PageItem {
        @Override
        public double left() {
            return x;
        }

        @Override
        public double top() {
            return y;
        }

        @Override
        public double right() {
            return x + drawing.width() * scale;
        }

        @Override
        public double bottom() {
            return y + drawing.height() * scale;
        }
    }

    /**
     * A clickable area that opens a web address (a QR code and its caption). It paints nothing; the
     * PDF makes it a link annotation belonging to {@code owner}, a Link structure element.
     */
    record Link(double x, double y, double width, double height, String uri, String description, StructNode owner)
            implements PageItem {
        @Override
        public double left() {
            return x;
        }

        @Override
        public double top() {
            return y;
        }

        @Override
        public double right() {
            return x + width;
        }

        @Override
        public double bottom() {
            return y + height;
        }
    }

    /** A raster image (a logo or a photo), already checked and decoded to a safe size. */
    record Picture(double x, double y, double width, double height, RasterImage image, StructNode owner)
            implements PageItem {
        @Override
        public double left() {
            return x;
        }

        @Override
        public double top() {
            return y;
        }

        @Override
        public double right() {
            return x + width;
        }

        @Override
        public double bottom() {
            return y + height;
        }
    }
}
