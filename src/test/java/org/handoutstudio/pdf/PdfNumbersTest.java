package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfNumbersTest {

    private static String written(double value, int decimals) {
        return PdfNumbers.append(new StringBuilder(), value, decimals).toString();
    }

    @Test
    void roundsToTheGivenPlacesAndDropsTrailingZeros() {
        assertEquals("541.7 ", written(541.70001, 2));
        assertEquals("58 ", written(58.0004, 2));
        assertEquals("0.05 ", written(0.049, 2));
        assertEquals("12.35 ", written(12.345, 2));
        assertEquals("87.6 ", written(87.56, 1));
        assertEquals("0.93657 ", written(0.936574, 5));
        assertEquals("0.003 ", written(0.0031, 3));
    }

    @Test
    void negativesAndNegativeZero() {
        assertEquals("-0.25 ", written(-0.25, 2));
        assertEquals("-0.94 ", written(-0.936574, 2));
        assertEquals("0 ", written(-0.001, 2));
    }
}
