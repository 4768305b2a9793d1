package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How urgent a safety-netting section is. The printed label carries the urgency in words, so
 * colour is never the only signal.
 */
public enum Tier {
    @JsonProperty("emergency") EMERGENCY("Emergency", "go to A&E now or call 999"),
    @JsonProperty("urgent") URGENT("Urgent", "same day: call your GP practice or NHS 111"),
    @JsonProperty("routine") ROUTINE("Routine", "book with your GP or physiotherapist");

    private final String word;
    private final String action;

    Tier(String word, String action) {
        this.word = word;
        this.action = action;
    }

    public String word() {
        return word;
    }

    /** The printed label, e.g. "Emergency — go to A&E now or call 999". */
    public String label() {
        return word + " \u2014 " + action;
    }
}
