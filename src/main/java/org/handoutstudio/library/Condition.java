package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A condition an exercise may need care with ({@code cautions}) and that safety-netting items and
 * templates may be written for ({@code conditions}). A handout that combines the two is flagged
 * for the clinician, for example loaded bending in a handout for someone with osteoporosis.
 */
public enum Condition {
    @JsonProperty("osteoporosis") OSTEOPOROSIS,
    @JsonProperty("hip-replacement") HIP_REPLACEMENT,
    @JsonProperty("knee-replacement") KNEE_REPLACEMENT,
    @JsonProperty("knee-pain") KNEE_PAIN,
    @JsonProperty("shoulder-instability") SHOULDER_INSTABILITY,
    @JsonProperty("dizziness") DIZZINESS,
    @JsonProperty("falls-risk") FALLS_RISK,
    @JsonProperty("pregnancy") PREGNANCY
}
