package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the patient does an exercise. */
public enum Position {
    @JsonProperty("floor") FLOOR("On the floor"),
    @JsonProperty("bed") BED("On a bed"),
    @JsonProperty("chair") CHAIR("On a chair"),
    @JsonProperty("wall") WALL("At a wall"),
    @JsonProperty("standing") STANDING("Standing");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
