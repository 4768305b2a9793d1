package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A condition an exercise may need care with ({@code cautions}) and that safety-netting items and
 * templates may be written for ({@code conditions}). A handout that combines the two is flagged
 * for the clinician, for example loaded bending in a handout for someone with osteoporosis.
 */
public enum Condition {
    @JsonProperty("osteoporosis") OSTEOPOROSIS("osteoporosis (weak bones)"),
    @JsonProperty("hip-replacement") HIP_REPLACEMENT("a hip replacement"),
    @JsonProperty("knee-replacement") KNEE_REPLACEMENT("a knee replacement"),
    @JsonProperty("knee-pain") KNEE_PAIN("knee pain"),
    @JsonProperty("shoulder-instability") SHOULDER_INSTABILITY("a shoulder that slips out of joint"),
    @JsonProperty("dizziness") DIZZINESS("dizziness"),
    @JsonProperty("falls-risk") FALLS_RISK("a risk of falls"),
    @JsonProperty("pregnancy") PREGNANCY("pregnancy");

    private final String words;

    Condition(String words) {
        this.words = words;
    }

    /** The condition in a clinician's words, for warnings: "osteoporosis (weak bones)". */
    public String words() {
        return words;
    }
}
