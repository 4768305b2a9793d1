package org.handoutstudio.layout;

/**
 * The bundled fonts, in fallback order for each weight: Atkinson Hyperlegible (designed for
 * low-vision readers) first, then Noto Sans and DejaVu Sans for the characters it lacks.
 */
public enum FontFace {
    REGULAR("AtkinsonHyperlegible-Regular.ttf", false),
    BOLD("AtkinsonHyperlegible-Bold.ttf", true),
    NOTO_REGULAR("NotoSans-Regular.ttf", false),
    NOTO_BOLD("NotoSans-Bold.ttf", true),
    DEJAVU_REGULAR("DejaVuSans.ttf", false),
    DEJAVU_BOLD("DejaVuSans-Bold.ttf", true);

    private static final FontFace[] REGULAR_CHAIN = {REGULAR, NOTO_REGULAR, DEJAVU_REGULAR};
    private static final FontFace[] BOLD_CHAIN = {BOLD, NOTO_BOLD, DEJAVU_BOLD};

    private final String fileName;
    private final boolean bold;

    FontFace(String fileName, boolean bold) {
        this.fileName = fileName;
        this.bold = bold;
    }

    /** Classpath location of the TTF. */
    public String resource() {
        return "/assets/fonts/" + fileName;
    }

    public String fileName() {
        return fileName;
    }

    public boolean isBold() {
        return bold;
    }

    /** The faces to try, in order, for text of this weight. */
    public static FontFace[] fallbackChain(boolean bold) {
        return bold ? BOLD_CHAIN.clone() : REGULAR_CHAIN.clone();
    }
}
