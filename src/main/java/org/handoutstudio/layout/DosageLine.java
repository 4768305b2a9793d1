package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.library.Dosage;

/** A dosage as one printed line, e.g. "10 times · hold 5 seconds · 2 sets · twice a day". */
public final class DosageLine {

    private DosageLine() {
    }

    /** The printed line; empty when the dosage sets nothing that prints. */
    public static String of(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        count(parts, "dosage.reps", dosage.reps());
        count(parts, "dosage.hold", dosage.holdSeconds());
        count(parts, "dosage.duration", dosage.durationMinutes());
        count(parts, "dosage.sets", dosage.sets());
        if (dosage.side() != null) {
            parts.add(PrintedWords.get("dosage.side." + dosage.side().name()));
        }
        if (dosage.load() != null && !dosage.load().isBlank()) {
            parts.add(PrintedWords.format("dosage.load", dosage.load().strip()));
        }
        count(parts, "dosage.rest", dosage.restSeconds());
        count(parts, "dosage.timesPerDay", dosage.timesPerDay());
        count(parts, "dosage.daysPerWeek", dosage.daysPerWeek());
        return String.join(PrintedWords.get("dosage.separator"), parts);
    }

    private static void count(List<String> parts, String key, Integer value) {
        if (value != null) {
            parts.add(PrintedWords.format(key, value, String.valueOf(value)));
        }
    }
}
