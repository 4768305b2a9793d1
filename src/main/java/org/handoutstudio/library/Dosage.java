package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.handoutstudio.io.Problems;

/**
 * How much of an exercise to do. Every field is optional; a handout's override is merged over
 * the library default field by field ({@link #overriddenBy}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dosage(
        Integer reps,
        Integer sets,
        Integer holdSeconds,
        Integer timesPerDay,
        Integer daysPerWeek,
        Integer durationMinutes,
        Side side,
        String load,
        Integer restSeconds,
        String progression) {

    public static final Dosage NONE = new Dosage(null, null, null, null, null, null, null, null, null, null);

    /** Upper limits past which a number is almost certainly a typing slip. */
    static final int MAX_REPS = 100;
    static final int MAX_SETS = 10;
    static final int MAX_HOLD_SECONDS = 600;
    static final int MAX_TIMES_PER_DAY = 10;
    static final int MAX_DAYS_PER_WEEK = 7;
    static final int MAX_DURATION_MINUTES = 300;
    static final int MAX_REST_SECONDS = 600;
    /** The longest load or progression text. */
    public static final int MAX_TEXT = 200;

    /** A number's sensible range, both ends allowed. */
    public record Range(int min, int max) { }

    /** The range {@link #validate} allows each number field, by its name in the file. */
    public static final Map<String, Range> RANGES = Map.of(
            "reps", new Range(1, MAX_REPS),
            "sets", new Range(1, MAX_SETS),
            "holdSeconds", new Range(1, MAX_HOLD_SECONDS),
            "timesPerDay", new Range(1, MAX_TIMES_PER_DAY),
            "daysPerWeek", new Range(1, MAX_DAYS_PER_WEEK),
            "durationMinutes", new Range(1, MAX_DURATION_MINUTES),
            "restSeconds", new Range(0, MAX_REST_SECONDS));

    /** This dosage with every field that {@code override} sets replaced by the override's value. */
    public Dosage overriddenBy(Dosage override) {
        if (override == null) {
            return this;
        }
        return new Dosage(
                pick(override.reps, reps),
                pick(override.sets, sets),
                pick(override.holdSeconds, holdSeconds),
                pick(override.timesPerDay, timesPerDay),
                pick(override.daysPerWeek, daysPerWeek),
                pick(override.durationMinutes, durationMinutes),
                pick(override.side, side),
                pick(override.load, load),
                pick(override.restSeconds, restSeconds),
                pick(override.progression, progression));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Checks every number is in a sensible range, so a slip like 1000 reps is caught with a hint. */
    public void validate(Problems problems, String path) {
        range(problems, path, "reps", reps);
        range(problems, path, "sets", sets);
        range(problems, path, "holdSeconds", holdSeconds);
        range(problems, path, "timesPerDay", timesPerDay);
        range(problems, path, "daysPerWeek", daysPerWeek);
        range(problems, path, "durationMinutes", durationMinutes);
        range(problems, path, "restSeconds", restSeconds);
        if (load != null && load.length() > MAX_TEXT) {
            problems.add(path + ".load", "is longer than " + MAX_TEXT + " characters");
        }
        if (progression != null && progression.length() > MAX_TEXT) {
            problems.add(path + ".progression", "is longer than " + MAX_TEXT + " characters");
        }
    }

    private static void range(Problems problems, String path, String field, Integer value) {
        Range range = RANGES.get(field);
        if (value != null && (value < range.min() || value > range.max())) {
            problems.add(path + "." + field, "must be between " + range.min() + " and " + range.max() + " (it is " + value + ")");
        }
    }
}
