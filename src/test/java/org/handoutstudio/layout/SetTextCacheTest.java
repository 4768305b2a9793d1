package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SetTextCacheTest {

    private static final List<Span> ADVICE = List.of(new Span("Keep moving: ", true),
            new Span("gentle walking helps your back recover sooner than bed rest does.", false));

    @Test
    void givesTheLinesSettingWouldAndSetsEachTextOnce() {
        List<TextLine> first = SetTextCache.lines(ADVICE, 12, 140);
        assertEquals(TextSetter.set(ADVICE, 12, 140), first);
        assertTrue(first.size() > 1, "narrow enough to wrap");
        assertSame(first, SetTextCache.lines(List.copyOf(ADVICE), 12, 140), "the same text is not set again");
    }

    @Test
    void sizeAndWidthAreEachPartOfWhatIsRemembered() {
        List<TextLine> narrow = SetTextCache.lines(ADVICE, 12, 140);
        assertEquals(TextSetter.set(ADVICE, 12, 400), SetTextCache.lines(ADVICE, 12, 400));
        assertEquals(TextSetter.set(ADVICE, 16, 140), SetTextCache.lines(ADVICE, 16, 140));
        assertTrue(SetTextCache.lines(ADVICE, 12, 400).size() < narrow.size());
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        for (int i = 0; i < SetTextCache.CAPACITY + 50; i++) {
            SetTextCache.lines(List.of(new Span("Typed text, version " + i, false)), 12, 300);
        }
        assertTrue(SetTextCache.size() <= SetTextCache.CAPACITY, () -> "holds " + SetTextCache.size());
        assertEquals(TextSetter.set(ADVICE, 12, 140), SetTextCache.lines(ADVICE, 12, 140), "still right after a clear");
    }
}
