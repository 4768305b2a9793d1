package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum BodyRegion {
    @JsonProperty("low-back") LOW_BACK("Low back"),
    @JsonProperty("upper-back") UPPER_BACK("Upper back"),
    @JsonProperty("neck") NECK("Neck"),
    @JsonProperty("hips") HIPS("Hips"),
    @JsonProperty("legs") LEGS("Legs"),
    @JsonProperty("shoulders") SHOULDERS("Shoulders"),
    @JsonProperty("whole-body") WHOLE_BODY("Whole body");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
