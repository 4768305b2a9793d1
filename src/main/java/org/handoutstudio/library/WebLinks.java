package org.handoutstudio.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.handoutstudio.io.Problems;

/**
 * Web addresses a handout may print as QR codes and links: a practice's video of an exercise, a
 * page with more information. Only plain {@code https:} and {@code http:} addresses of a length a
 * phone can scan from a 2 cm code are accepted; anything else ({@code javascript:}, {@code file:},
 * spaces, control characters) could do harm when a patient follows it, and is refused.
 */
public final class WebLinks {

    /** Longer addresses make codes too dense to scan reliably from paper. */
    public static final int MAX_LENGTH = 300;

    private WebLinks() {
    }

    /** Adds a problem at {@code path} when {@code url} is set but is not a web address that may be printed. */
    public static void validate(Problems problems, String path, String url) {
        if (url == null) {
            return;
        }
        problem(url).ifPresent(message -> problems.add(path, message));
    }

    /** Why {@code url} may not be printed, or empty when it may. */
    public static Optional<String> problem(String url) {
        if (url.length() > MAX_LENGTH) {
            return Optional.of("is " + url.length() + " characters long; a web address to print may have at most "
                    + MAX_LENGTH);
        }
        if (url.isBlank() || url.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp))) {
            return Optional.of("must be a web address without spaces, such as https://www.example.nhs.uk/video");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                return Optional.of("must start with https:// (or http://); \"" + (scheme.isEmpty() ? url : scheme + ":")
                        + "\" addresses are not printed");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("has no website name after " + scheme + "://");
            }
        } catch (URISyntaxException e) {
            return Optional.of("is not a web address: " + e.getReason());
        }
        return Optional.empty();
    }
}
