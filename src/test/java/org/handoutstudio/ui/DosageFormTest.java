package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Side;
import org.junit.jupiter.api.Test;

class DosageFormTest {

    @Test
    void blankFieldsKeepTheLibraryDefaultAndNumbersAreRead() {
        DosageForm.Result result = DosageForm.read(Map.of("reps", " 12 ", "sets", ""), Side.BOTH, " 2 kg ");
        assertEquals(Optional.of(new Dosage(12, null, null, null, null, null, Side.BOTH, "2 kg", null, null)), result.dosage());
        assertEquals(Set.of(), result.invalidFields());
        assertEquals("", result.hint());
    }

    @Test
    void wordsWhereANumberBelongsAreNamedAndNothingIsApplied() {
        DosageForm.Result result = DosageForm.read(Map.of("reps", "ten", "holdSeconds", "5s"), null, "");
        assertTrue(result.dosage().isEmpty());
        assertEquals(Set.of("reps", "holdSeconds"), result.invalidFields());
        assertTrue(result.hint().contains("Reps") && result.hint().contains("Hold (seconds)"), result.hint());
    }

    @Test
    void numbersOutsideTheCoresRangesGiveTheRangeAndTheValue() {
        DosageForm.Result result = DosageForm.read(Map.of("reps", "1000", "daysPerWeek", "8"), null, null);
        assertTrue(result.dosage().isEmpty());
        assertEquals(Set.of("reps", "daysPerWeek"), result.invalidFields());
        assertTrue(result.hint().contains("1000") && result.hint().contains("100"), result.hint());
        assertTrue(result.hint().contains("Days a week"), result.hint());
        assertTrue(result.hint().endsWith("."), result.hint());
    }

    @Test
    void aLoadTooLongToPrintIsRefused() {
        DosageForm.Result result = DosageForm.read(Map.of(), null, "x".repeat(Dosage.MAX_TEXT + 1));
        assertTrue(result.dosage().isEmpty());
        assertTrue(result.hint().contains("Load"), result.hint());
    }
}
