package org.handoutstudio.library;

import java.text.Normalizer;

/**
 * Unicode normal forms without the cost of {@link Normalizer} where it would change nothing.
 * Its tables take tens of milliseconds to load on first use, and start-up indexes the whole
 * library (plain English, so far all ASCII).
 */
public final class Unicode {

    /** Below this, no character decomposes or combines (the first is "À", U+00C0). */
    private static final char FIRST_NORMALIZABLE = '\u00C0';

    private Unicode() {
    }

    /** {@code text} decomposed (NFD): accents apart from their letters. */
    public static String decomposed(String text) {
        return isUnaffected(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** {@code text} composed (NFC): accented letters as single characters where Unicode has them. */
    public static String composed(String text) {
        return isUnaffected(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** True when every character is below U+00C0: such text is already in every normal form. */
    static boolean isUnaffected(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_NORMALIZABLE) {
                return false;
            }
        }
        return true;
    }
}
