package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.handoutstudio.handout.Paper;
import org.junit.jupiter.api.Test;

class LayoutOptionsTest {

    /** The fixed document id hashes this text: it must read as it always has, whatever the JDK. */
    @Test
    void fingerprintIsFixedText() {
        LayoutOptions options = new LayoutOptions(Paper.LETTER, true, LocalDate.of(2026, 11, 22));
        assertEquals("LayoutOptions[paper=LETTER, largePrint=true, producedOn=2026-11-22]", options.fingerprint());
        assertEquals(options.toString(), options.fingerprint(), "ids made before it was written out stay the same");
    }
}
