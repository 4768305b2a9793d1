package org.handoutstudio.figures;

/** Builds FigureException messages in the app's usual shape: "file: a.b.c: what is wrong". */
final class SpecErrors {

    static FigureException field(String source, String path, String problem) {
        return new FigureException(source + ": " + path + ": " + problem);
    }

    static double angle(Double value, String source, String path) {
        return number(value, source, path, -360, 360);
    }

    static double number(Double value, String source, String path, double min, double max) {
        if (value == null) {
            throw field(source, path, "must be a number");
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            throw field(source, path, value + " is out of range " + fmt(min) + " to " + fmt(max));
        }
        return value;
    }

    static String required(String value, String source, String path) {
        if (value == null || value.isBlank()) {
            throw field(source, path, "is required");
        }
        return value;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private SpecErrors() { }
}
