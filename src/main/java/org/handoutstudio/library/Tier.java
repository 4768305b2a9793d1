package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How urgent a safety-netting section is. The printed label carries the urgency in words, so
 * colour is never the only signal.
 */
public enum Tier {
    @JsonProperty("emergency") EMERGENCY("Emergency"),
    @JsonProperty("urgent") URGENT("Urgent"),
    @JsonProperty("routine") ROUTINE("Routine");

    private final String word;

    Tier(String word) {
        this.word = word;
    }

    /** The tier in one word, for search. */
    public String word() {
        return word;
    }
}
