package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an exercise is for. */
public enum Category {
    @JsonProperty("mobility") MOBILITY("Mobility"),
    @JsonProperty("strength") STRENGTH("Strength"),
    @JsonProperty("stretch") STRETCH("Stretch"),
    @JsonProperty("aerobic") AEROBIC("Aerobic"),
    @JsonProperty("breathing") BREATHING("Breathing and relaxation");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
