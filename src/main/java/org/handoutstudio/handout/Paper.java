package org.handoutstudio.handout;

/** Paper sizes in PostScript points (1/72 inch). */
public enum Paper {
    A4(595.2756, 841.8898),
    LETTER(612, 792);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
