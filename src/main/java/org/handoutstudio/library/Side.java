package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which side an exercise is done on; the printed words are the layout's. */
public enum Side {
    @JsonProperty("left") LEFT,
    @JsonProperty("right") RIGHT,
    @JsonProperty("both") BOTH,
    @JsonProperty("alternating") ALTERNATING
}
