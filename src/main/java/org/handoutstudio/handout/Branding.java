package org.handoutstudio.handout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.Locale;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.io.Problems;

/**
 * A practice's identity on the page. Colours are checked against white: headings are printed in
 * the primary colour and the masthead carries white text on it, so both must reach 4.5:1.
 *
 * @param logo       path of a PNG or JPEG, relative to the branding file (or absolute)
 * @param outOfHours who to call for same-day help when the GP practice is closed; blank means NHS 111
 *                   (a practice in a nation without a general 111 service names its own route)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Branding(int schemaVersion, String practiceName, String logo, String primaryColour, String accentColour,
                       String address, String phone, String hours, String email, String website, String footerText,
                       String outOfHours) {

    public static final int CURRENT_SCHEMA = 1;
    public static final double MIN_CONTRAST = 4.5;

    /** Our own calm defaults, used until a practice sets its own. */
    public static final Branding DEFAULT = new Branding(CURRENT_SCHEMA, null, null, "#1D4F7C", "#00695C",
            null, null, null, null, null, null, null);

    /** This branding with another logo path. */
    public Branding withLogo(String newLogo) {
        return new Branding(schemaVersion, practiceName, newLogo, primaryColour, accentColour, address, phone, hours,
                email, website, footerText, outOfHours);
    }

    /** The logo file, or null when there is none. */
    public Path logoPath() {
        return logo == null || logo.isBlank() ? null : Path.of(logo);
    }

    public Colour primary() {
        return colourOr(primaryColour, DEFAULT.primaryColour);
    }

    public Colour accent() {
        return colourOr(accentColour, DEFAULT.accentColour);
    }

    private static Colour colourOr(String hex, String fallback) {
        try {
            return Colour.fromHex(hex == null ? fallback : hex);
        } catch (IllegalArgumentException e) {
            return Colour.fromHex(fallback);
        }
    }

    public void validate(Problems problems) {
        problems.limit(practiceName, "practiceName", 100);
        problems.limit(logo, "logo", 500);
        problems.limit(address, "address", 300);
        problems.limit(phone, "phone", 40);
        problems.limit(hours, "hours", 200);
        problems.limit(email, "email", 200);
        problems.limit(website, "website", 300);
        problems.limit(footerText, "footerText", 300);
        problems.limit(outOfHours, "outOfHours", 100);
        checkColour(problems, "primaryColour", primaryColour);
        checkColour(problems, "accentColour", accentColour);
        if (email != null && !email.isBlank() && !email.contains("@")) {
            problems.add("email", "\"" + email + "\" does not look like an email address");
        }
    }

    private static void checkColour(Problems problems, String field, String hex) {
        if (hex == null) {
            return;
        }
        Colour colour;
        try {
            colour = Colour.fromHex(hex);
        } catch (IllegalArgumentException e) {
            problems.add(field, e.getMessage());
            return;
        }
        double contrast = colour.contrastRatio(Colour.WHITE);
        if (contrast < MIN_CONTRAST) {
            problems.add(field, String.format(Locale.ROOT,
                    "%s has a contrast of %.1f:1 with white; it needs at least %.1f:1 to be readable. Choose a darker colour.",
                    hex, contrast, MIN_CONTRAST));
        }
    }
}
