package org.handoutstudio.handout;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How exercise cards are printed: in full, two to a page, or three to a page. */
public enum ExerciseLayout {
    /** The full card: purpose, picture, steps, what to feel and avoid, easier and harder. Large print always uses it. */
    @JsonProperty("detailed") DETAILED,
    /** Two cards to a page: the dosage, the picture beside the steps, one line of care and one of easier/harder. */
    @JsonProperty("programme") PROGRAMME,
    /** Three cards to a page: name and dosage in one bar, the picture, the start and the steps. */
    @JsonProperty("compact") COMPACT
}
