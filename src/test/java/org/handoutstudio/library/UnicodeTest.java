package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UnicodeTest {

    /** The shortcut is only sound if no character below U+00C0 changes in either form. */
    @Test
    void everyCharacterBelowTheShortcutIsAlreadyNormal() {
        for (char c = 0; c < '\u00C0'; c++) {
            String one = String.valueOf(c);
            assertEquals(one, Normalizer.normalize(one, Normalizer.Form.NFD), "NFD of U+" + Integer.toHexString(c));
            assertEquals(one, Normalizer.normalize(one, Normalizer.Form.NFC), "NFC of U+" + Integer.toHexString(c));
        }
        assertFalse(Unicode.isUnaffected("\u00C0"), "the first character the shortcut must not take");
    }

    @Test
    void plainTextIsReturnedAsItIsAndAccentsStillNormalize() {
        String plain = "Bend your knees - 10 times, hold 5 s.";
        assertTrue(Unicode.isUnaffected(plain));
        assertSame(plain, Unicode.decomposed(plain));
        assertSame(plain, Unicode.composed(plain));
        assertEquals("Cafe\u0301", Unicode.decomposed("Caf\u00E9"));
        assertEquals("Caf\u00E9", Unicode.composed("Cafe\u0301"));
        assertEquals("cafe", LibrarySearch.fold("CAFE\u0301"), "a combining accent on its own is still stripped");
        assertEquals("cafe", LibrarySearch.fold("Caf\u00E9"));
    }
}
