package org.handoutstudio.io;

/**
 * An image ready for both painters: its encoded bytes (PNG or JPEG, as the user gave them or
 * re-encoded smaller) and its pixel size. Painters decode the bytes themselves.
 */
public record RasterImage(byte[] encoded, boolean jpeg, int pixelWidth, int pixelHeight) {
}
