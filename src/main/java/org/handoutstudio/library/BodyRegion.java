package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum BodyRegion {
    @JsonProperty("neck") NECK("Neck"),
    @JsonProperty("shoulders") SHOULDERS("Shoulders"),
    @JsonProperty("upper-back") UPPER_BACK("Upper back"),
    @JsonProperty("elbow") ELBOW("Elbow"),
    @JsonProperty("wrist-hand") WRIST_HAND("Wrist and hand"),
    @JsonProperty("low-back") LOW_BACK("Low back"),
    @JsonProperty("hips") HIPS("Hips"),
    @JsonProperty("knee") KNEE("Knee"),
    @JsonProperty("ankle-foot") ANKLE_FOOT("Ankle and foot"),
    @JsonProperty("legs") LEGS("Legs"),
    @JsonProperty("whole-body") WHOLE_BODY("Whole body");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
