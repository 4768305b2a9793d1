package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Side;
import org.junit.jupiter.api.Test;

class DosageLineTest {

    private static Dosage dosage(Integer reps, Integer sets, Integer hold, Integer perDay, Integer perWeek,
                                 Integer minutes, Side side, String load, Integer rest) {
        return new Dosage(reps, sets, hold, perDay, perWeek, minutes, side, load, rest, null);
    }

    @Test
    void readsAsOnePlainLineInAFixedOrder() {
        assertEquals("10 times \u00B7 hold 5 seconds \u00B7 2 sets \u00B7 both sides \u00B7 with 2 kg \u00B7 rest 30 seconds"
                        + " between sets \u00B7 twice a day \u00B7 3 days a week",
                DosageLine.of(dosage(10, 2, 5, 2, 3, null, Side.BOTH, " 2 kg ", 30)));
    }

    @Test
    void oneIsSingularAndSomeCountsHaveTheirOwnWords() {
        assertEquals("once \u00B7 hold 1 second \u00B7 1 minute \u00B7 1 set \u00B7 rest 1 second between sets"
                + " \u00B7 once a day \u00B7 1 day a week", DosageLine.of(dosage(1, 1, 1, 1, 1, 1, null, null, 1)));
        assertEquals("every day", DosageLine.of(dosage(null, null, null, null, 7, null, null, null, null)));
        assertEquals("alternate sides \u00B7 3 times a day",
                DosageLine.of(dosage(null, null, null, 3, null, null, Side.ALTERNATING, null, null)));
        assertEquals("rest 0 seconds between sets", DosageLine.of(dosage(null, null, null, null, null, null, null, null, 0)));
    }

    @Test
    void numbersPrintAsTypedWithoutThousandsSeparators() {
        assertEquals("hold 600 seconds \u00B7 300 minutes", DosageLine.of(dosage(null, null, 600, null, null, 300, null,
                null, null)));
        assertEquals("1000 times", DosageLine.of(dosage(1000, null, null, null, null, null, null, null, null)));
    }

    @Test
    void anEmptyDosagePrintsNothingAndABlankLoadIsLeftOut() {
        assertEquals("", DosageLine.of(Dosage.NONE));
        assertEquals("", DosageLine.of(dosage(null, null, null, null, null, null, null, "  ", null)));
    }

    @Test
    void aLoadWithBracesOrQuotesPrintsAsWritten() {
        assertEquals("with 'red' band {heavy}", DosageLine.of(dosage(null, null, null, null, null, null, null,
                "'red' band {heavy}", null)));
    }
}
