package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.Settings;
import org.junit.jupiter.api.Test;

class LayoutOptionsTest {

    /** The fixed document id hashes this text: it must read as it always has, whatever the JDK. */
    @Test
    void fingerprintIsFixedText() {
        LayoutOptions options = new LayoutOptions(Paper.LETTER, true, LocalDate.of(2026, 11, 22), ExerciseLayout.COMPACT, 3,
                true);
        assertEquals("LayoutOptions[paper=LETTER, largePrint=true, producedOn=2026-11-22, layout=DETAILED, diaryWeeks=3, "
                + "inkSaver=true]", options.fingerprint(), "large print always prints cards in full");
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
        var flags = new LayoutOptions.Overrides(Paper.A4, true, day, null, null, null, null);
        assertEquals(new LayoutOptions(Paper.A4, true, day, ExerciseLayout.DETAILED, 0, false),
                LayoutOptions.resolve(handout(Paper.LETTER, false), settings(Paper.LETTER, false), flags));
        assertEquals(new LayoutOptions(Paper.LETTER, false, day, ExerciseLayout.PROGRAMME, 0, false), LayoutOptions.resolve(handout(Paper.LETTER, false),
                settings(Paper.A4, true), LayoutOptions.Overrides.producedOn(day)));
        assertEquals(new LayoutOptions(Paper.LETTER, true, day, ExerciseLayout.DETAILED, 0, false), LayoutOptions.resolve(handout(null, null),
                settings(Paper.LETTER, true), LayoutOptions.Overrides.producedOn(day)));
    }

    @Test
    void withNothingChosenTheDefaultsApply() {
        LayoutOptions options = LayoutOptions.resolve(handout(null, null), settings(null, null), null);
        assertEquals(Paper.A4, options.paper());
        assertEquals(false, options.largePrint());
        assertEquals(LocalDate.now(), options.producedOn());
        assertEquals(ExerciseLayout.PROGRAMME, options.layout());
        assertEquals(0, options.diaryWeeks());
        assertEquals(false, options.inkSaver());
    }

    @Test
    void theHandoutsLayoutDiaryAndInkSaverApplyUnlessThisExportChoosesOtherwise() {
        Handout handout = new Handout(1, "Title", null, List.of(), null, null, null, ExerciseLayout.COMPACT, true, 4, true,
                null, null);
        Settings defaults = settings(null, null);
        LayoutOptions own = LayoutOptions.resolve(handout, defaults, null);
        assertEquals(ExerciseLayout.COMPACT, own.layout());
        assertEquals(4, own.diaryWeeks());
        assertEquals(true, own.inkSaver());
        LayoutOptions chosen = LayoutOptions.resolve(handout, defaults,
                new LayoutOptions.Overrides(null, null, null, ExerciseLayout.DETAILED, false, null, false));
        assertEquals(ExerciseLayout.DETAILED, chosen.layout());
        assertEquals(0, chosen.diaryWeeks(), "no diary");
        assertEquals(false, chosen.inkSaver());
        Handout diaryOnly = new Handout(1, "Title", null, List.of(), null, null, null, null, true, null, null, null, null);
        assertEquals(Handout.DEFAULT_DIARY_WEEKS, LayoutOptions.resolve(diaryOnly, defaults, null).diaryWeeks());
    }
}
