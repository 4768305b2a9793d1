package org.handoutstudio.graphics;

import java.util.Locale;
import java.util.regex.Pattern;

/** An sRGB colour, 8 bits a channel. Shared by layout, figures and both painters. */
public record Colour(int red, int green, int blue) {

    public static final Colour BLACK = new Colour(0, 0, 0);
    public static final Colour WHITE = new Colour(255, 255, 255);

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channel out of range 0-255");
        }
    }

    /** Parses {@code #RRGGBB}; throws {@link IllegalArgumentException} with a readable message otherwise. */
    public static Colour fromHex(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("\"" + hex + "\" is not a colour like #005EB8");
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Colour((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public String toHex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /** WCAG 2 relative luminance. */
    public double relativeLuminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2 contrast ratio, from 1 (none) to 21 (black on white). */
    public double contrastRatio(Colour other) {
        double a = relativeLuminance() + 0.05;
        double b = other.relativeLuminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    /** This colour mixed with white: {@code amount} 0 keeps it, 1 gives white. Used for tints. */
    public Colour tint(double amount) {
        return new Colour(mix(red, amount), mix(green, amount), mix(blue, amount));
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
