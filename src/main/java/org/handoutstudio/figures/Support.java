package org.handoutstudio.figures;

import java.util.Optional;

/** The surface a pose rests on: its lowest body point is placed on it. */
public enum Support implements JsonNamed {
    FLOOR("floor"), SEAT("seat"), BED("bed"), STEP("step"), SADDLE("saddle"), BALL("ball");

    public final String jsonName;

    Support(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    public static Optional<Support> byJsonName(String name) {
        return JsonNamed.find(Support.class, name);
    }

    public static String names() {
        return JsonNamed.names(Support.class);
    }
}
