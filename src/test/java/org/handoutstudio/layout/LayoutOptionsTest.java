package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.Settings;
import org.junit.jupiter.api.Test;

class LayoutOptionsTest {

    /** The fixed document id hashes this text: it must read as it always has, whatever the JDK. */
    @Test
    void fingerprintIsFixedText() {
        LayoutOptions options = new LayoutOptions(Paper.LETTER, true, LocalDate.of(2026, 11, 22));
        assertEquals("LayoutOptions[paper=LETTER, largePrint=true, producedOn=2026-11-22]", options.fingerprint());
        assertEquals(options.toString(), options.fingerprint(), "ids made before it was written out stay the same");
    }

    private static Settings settings(Paper paper, Boolean largePrint) {
        return new Settings(1, Branding.DEFAULT, null, null, paper, largePrint, null, List.of());
    }

    private static Handout handout(Paper paper, Boolean largePrint) {
        return new Handout(1, "Title", null, List.of(), null, paper, largePrint, null, null, null, null, null, null);
    }

    @Test
    void aChoiceForThisExportBeatsTheHandoutWhichBeatsTheSettings() {
        LocalDate day = LocalDate.of(2026, 1, 2);
        var flags = new LayoutOptions.Overrides(Paper.A4, true, day);
        assertEquals(new LayoutOptions(Paper.A4, true, day),
                LayoutOptions.resolve(handout(Paper.LETTER, false), settings(Paper.LETTER, false), flags));
        assertEquals(new LayoutOptions(Paper.LETTER, false, day), LayoutOptions.resolve(handout(Paper.LETTER, false),
                settings(Paper.A4, true), new LayoutOptions.Overrides(null, null, day)));
        assertEquals(new LayoutOptions(Paper.LETTER, true, day), LayoutOptions.resolve(handout(null, null),
                settings(Paper.LETTER, true), new LayoutOptions.Overrides(null, null, day)));
    }

    @Test
    void withNothingChosenTheDefaultsApply() {
        LayoutOptions options = LayoutOptions.resolve(handout(null, null), settings(null, null), null);
        assertEquals(Paper.A4, options.paper());
        assertEquals(false, options.largePrint());
        assertEquals(LocalDate.now(), options.producedOn());
    }
}
