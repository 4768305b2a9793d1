package org.handoutstudio.figures;

/** Where the figure stands left to right: landmark {@code point} is placed at world {@code x} (cm). */
public record AnchorSpec(String point, Double x) { }
