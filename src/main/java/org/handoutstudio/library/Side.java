package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Side {
    @JsonProperty("left") LEFT("left side"),
    @JsonProperty("right") RIGHT("right side"),
    @JsonProperty("both") BOTH("both sides"),
    @JsonProperty("alternating") ALTERNATING("alternate sides");

    private final String phrase;

    Side(String phrase) {
        this.phrase = phrase;
    }

    /** How the side reads in a dosage line, e.g. "both sides". */
    public String phrase() {
        return phrase;
    }
}
