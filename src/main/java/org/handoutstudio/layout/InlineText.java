package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.library.Unicode;

/** Turns stored text into spans: cleans it, and reads {@code **bold**} markup. */
public final class InlineText {

    private InlineText() {
    }

    /**
     * Cleans text for printing: composed (NFC) so accents use single glyphs where fonts have
     * them, tabs and line breaks become spaces, other control characters are dropped (they
     * have no printed form).
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String composed = Unicode.composed(text);
        int i = 0;
        while (i < composed.length() && !Character.isISOControl(composed.charAt(i))) {
            i++;
        }
        if (i == composed.length()) {
            return composed;   // the usual case: nothing to change, so no copy (and its hash stays cached)
        }
        StringBuilder out = new StringBuilder(composed.length()).append(composed, 0, i);
        for (; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits {@code text} at {@code **} pairs; an unpaired {@code **} is printed as written. */
    public static List<Span> parse(String text) {
        String cleaned = clean(text);
        List<Span> spans = new ArrayList<>();
        int position = 0;
        while (position < cleaned.length()) {
            int open = cleaned.indexOf("**", position);
            int close = open < 0 ? -1 : cleaned.indexOf("**", open + 2);
            if (open < 0 || close < 0) {
                spans.add(new Span(cleaned.substring(position), false));
                break;
            }
            if (open > position) {
                spans.add(new Span(cleaned.substring(position, open), false));
            }
            if (close > open + 2) {
                spans.add(new Span(cleaned.substring(open + 2, close), true));
            }
            position = close + 2;
        }
        return spans;
    }

    public static List<Span> plain(String text) {
        return List.of(new Span(clean(text), false));
    }

    public static List<Span> bold(String text) {
        return List.of(new Span(clean(text), true));
    }
}
