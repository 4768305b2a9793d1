package org.handoutstudio.layout;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Chooses, per code point, the first bundled font that has the glyph. Scripts that need
 * shaping or right-to-left ordering (which PDFBox does not do) are refused rather than printed
 * wrong, as are characters no bundled font has.
 */
public final class FontFallback {

    /** Drawn in place of a character that cannot be printed, so the preview shows where it was. */
    public static final char REPLACEMENT = '\uFFFD';

    private static final Set<UnicodeScript> REFUSED_SCRIPTS = EnumSet.of(
            UnicodeScript.ARABIC, UnicodeScript.HEBREW, UnicodeScript.SYRIAC, UnicodeScript.THAANA,
            UnicodeScript.NKO, UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI,
            UnicodeScript.GUJARATI, UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU,
            UnicodeScript.KANNADA, UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.THAI,
            UnicodeScript.LAO, UnicodeScript.TIBETAN, UnicodeScript.MYANMAR, UnicodeScript.KHMER,
            UnicodeScript.MONGOLIAN);

    private FontFallback() {
    }

    /**
     * Answers for the code points most text is made of, filled as they are asked: 0 not yet
     * known, otherwise the face's ordinal + 1, or {@link #NO_FACE}. Racing writers store the same answer.
     */
    private static final int REMEMBERED = 0x2100;
    private static final byte NO_FACE = -1;
    private static final byte[][] REMEMBERED_FACES = {new byte[REMEMBERED], new byte[REMEMBERED]};
    private static final FontFace[] FACES = FontFace.values();

    /** The face to draw {@code codePoint} with, or null if it cannot be printed faithfully. */
    public static FontFace faceFor(int codePoint, boolean bold) {
        if (codePoint < 0 || codePoint >= REMEMBERED) {
            return findFace(codePoint, bold);
        }
        byte[] remembered = REMEMBERED_FACES[bold ? 1 : 0];
        byte known = remembered[codePoint];
        if (known == 0) {
            FontFace face = findFace(codePoint, bold);
            known = face == null ? NO_FACE : (byte) (face.ordinal() + 1);
            remembered[codePoint] = known;
        }
        return known == NO_FACE ? null : FACES[known - 1];
    }

    private static FontFace findFace(int codePoint, boolean bold) {
        if (isRefused(codePoint)) {
            return null;
        }
        for (FontFace face : FontFace.fallbackChain(bold)) {
            if (FontMetrics.of(face).hasGlyph(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /** Right-to-left or complex-script characters, and bidirectional controls. */
    public static boolean isRefused(int codePoint) {
        if (codePoint >= 0x200E && codePoint <= 0x200F || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069) {
            return true;
        }
        return REFUSED_SCRIPTS.contains(UnicodeScript.of(codePoint));
    }

    /** True when every character of the cleaned text can be printed. */
    public static boolean canPrint(int codePoint) {
        return Character.isWhitespace(codePoint) || codePoint == 0x00AD || faceFor(codePoint, false) != null
                && faceFor(codePoint, true) != null;
    }

    /** The face for the replacement mark: a bundled font that has U+FFFD. */
    static FontFace replacementFace(boolean bold) {
        for (FontFace face : FontFace.fallbackChain(bold)) {
            if (FontMetrics.of(face).hasGlyph(REPLACEMENT)) {
                return face;
            }
        }
        throw new IllegalStateException("no bundled font has U+FFFD");
    }
}
