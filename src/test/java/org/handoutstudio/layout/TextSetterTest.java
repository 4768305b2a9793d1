package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextSetterTest {

    /**
     * The setter skips the character iterator for words made only of characters below U+0300
     * (no carriage return), treating each as a cluster of its own. This JDK's iterator must agree.
     */
    @Test
    void everyCharacterBelowTheCombiningMarksIsAClusterOfItsOwn() {
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.UK);
        int joined = 0;
        for (char first = 0; first < 0x300; first++) {
            for (char second = 0; second < 0x300; second++) {
                clusters.setText(new String(new char[] {first, second}));
                clusters.first();
                if (clusters.next() != 1 && !(first == '\r' && second == '\n')) {
                    joined++;
                }
            }
        }
        assertEquals(0, joined, "pairs the iterator keeps together");
    }

    @Test
    void combiningMarksStayWithTheirLetterAndSoftHyphensShowOnlyAtABreak() {
        String decomposed = "cafe\u0301 ";
        List<TextLine> oneLine = TextSetter.set(List.of(new Span(decomposed.repeat(3), false)), 12, 500);
        assertEquals(1, oneLine.size());
        assertEquals((decomposed.repeat(3)).strip(), text(oneLine.get(0)).strip());

        String word = "physio\u00ADtherapy ";
        List<TextLine> narrow = TextSetter.set(List.of(new Span(word + word, false)), 12,
                FontMetrics.of(FontFace.REGULAR).width("physiotherapy", 12) * 0.8);
        assertTrue(text(narrow.get(0)).startsWith("physio-"), text(narrow.get(0)));
        assertEquals("therapy", text(narrow.get(1)));
    }

    private static String text(TextLine line) {
        StringBuilder text = new StringBuilder();
        line.fragments().forEach(fragment -> text.append(fragment.text()));
        return text.toString();
    }
}
