package org.handoutstudio.layout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text already broken into lines, shared by every layout in the process: footers repeat on every
 * page, a card is measured in more than one arrangement, and a batch export or the editor's
 * preview sets the same library text again and again. Setting depends on nothing but the spans,
 * the size and the width (the fonts are bundled), so an entry never goes stale and a layout's
 * lines are the same whether they were set now or earlier, by this thread or another.
 * <p>
 * Bounded: when it is full it starts again empty, so text typed in the editor cannot make it
 * grow without end.
 */
public final class SetTextCache {

    /** Every bundled template in every layout, in both print sizes, fills about half; full, ~6 MB (~730 bytes an entry). */
    static final int CAPACITY = 8192;

    private static final Map<Key, List<TextLine>> LINES = new ConcurrentHashMap<>();

    private record Key(List<Span> spans, double size, double width) { }

    private SetTextCache() {
    }

    /** {@code spans} broken into lines of at most {@code width} at {@code size}. */
    static List<TextLine> lines(List<Span> spans, double size, double width) {
        Key key = new Key(List.copyOf(spans), size, width);
        List<TextLine> lines = LINES.get(key);
        if (lines == null) {
            // Set outside the map's lock: two threads may both set one text, to the same lines.
            // Unmodifiable, since every later layout shares the list.
            lines = List.copyOf(TextSetter.set(key.spans(), size, width));
            if (LINES.size() >= CAPACITY) {
                LINES.clear();
            }
            LINES.put(key, lines);
        }
        return lines;
    }

    static int size() {
        return LINES.size();
    }

    /**
     * Forgets every set text. For measurements of the setting work itself (tests and benchmarks that
     * lay out the same handout again and again, where every text would otherwise already be set).
     */
    public static void clear() {
        LINES.clear();
    }
}
