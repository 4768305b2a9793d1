package org.handoutstudio.layout;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers the blocks share: dates as printed, and joining the parts that are there. */
final class Text {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Text() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The non-blank parts, cleaned, joined by {@code separator}; null when there are none. */
    static String joinNonBlank(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(InlineText.clean(part.strip()));
            }
        }
        return kept.isEmpty() ? null : String.join(separator, kept);
    }
}
