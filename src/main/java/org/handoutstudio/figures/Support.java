package org.handoutstudio.figures;

import java.util.Arrays;
import java.util.Optional;

/** The surface a pose rests on: its lowest body point is placed on it. */
public enum Support {
    FLOOR("floor"), SEAT("seat"), BED("bed"), STEP("step"), SADDLE("saddle");

    public final String jsonName;

    Support(String jsonName) {
        this.jsonName = jsonName;
    }

    public static Optional<Support> byJsonName(String name) {
        return Arrays.stream(values()).filter(s -> s.jsonName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.jsonName).toList());
    }
}
