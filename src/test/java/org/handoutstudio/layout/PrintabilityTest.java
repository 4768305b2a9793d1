package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintabilityTest {

    private static List<String> issues(String text) {
        List<Printability.Issue> found = new ArrayList<>();
        Printability.checkText(found, "note", text);
        return found.stream().map(Printability.Issue::describe).toList();
    }

    /** Text of printable ASCII skips the per-character font lookup, so every face must have all of it. */
    @Test
    void everyBundledFaceCanPrintEveryPrintableAsciiCharacter() {
        for (char c = ' '; c <= '~'; c++) {
            assertTrue(FontFallback.canPrint(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void plainTextWithTabsAndLineBreaksHasNothingToReport() {
        assertEquals(List.of(), issues("Walk for 10 minutes,\ttwice a day.\r\nCall {practice.phone} if it hurts more."));
        assertEquals(List.of(), issues("Don\u2019t stop \u2013 caf\u00e9 and cafe\u0301, 90\u00b0, \u00bd a glass"));
    }

    @Test
    void reportsControlCharactersEvenInOtherwisePlainText() {
        assertEquals(List.of("note: has control characters, which cannot be printed: U+0007 bel; delete them"),
                issues("Ring\u0007 the practice"));
    }

    @Test
    void reportsCharactersNoFontHasAndScriptsItCannotShape() {
        assertEquals(List.of("note: no bundled font has U+1F600 grinning face"), issues("Well done \uD83D\uDE00"));
        List<String> hebrew = issues("\u05E9\u05DC\u05D5\u05DD");
        assertEquals(1, hebrew.size());
        assertTrue(hebrew.get(0).startsWith("note: right-to-left or complex-script text cannot be printed correctly yet: "
                + "U+05E9 hebrew letter shin"), hebrew.get(0));
    }

    @Test
    void reportsUnknownPlaceholdersInPlainAndAccentedText() {
        assertTrue(issues("Call {practice.phon} today").get(0).startsWith("note: unknown placeholder {practice.phon}:"));
        assertTrue(issues("Call {practice.phon} \u2013 today").get(0).startsWith("note: unknown placeholder {practice.phon}:"));
    }
}
