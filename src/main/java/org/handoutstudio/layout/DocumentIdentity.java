package org.handoutstudio.layout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.io.Json;
import org.handoutstudio.library.Library;

/**
 * What identifies a printed handout: a digest of everything that decides its content (the same
 * input gives a byte-identical PDF), and the soonest next-review date of the content it prints.
 */
final class DocumentIdentity {

    private DocumentIdentity() {
    }

    static String fixedId(Handout handout, Branding branding, LayoutOptions options, String contentVersion) {
        return digest(Json.canonicalBytes(handout), Json.canonicalBytes(branding),
                options.fingerprint().getBytes(StandardCharsets.UTF_8), contentVersion.getBytes(StandardCharsets.UTF_8));
    }

    /** The soonest next-review date among the library items this handout prints. */
    static Optional<LocalDate> nextReview(Handout handout, Library library) {
        return handout.items().stream()
                .filter(item -> !item.isFreeText())
                .map(item -> library.find(item.ref()))
                .flatMap(Optional::stream)
                .map(item -> item.provenance() == null ? null : item.provenance().nextReview())
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo);
    }

    /** A 128-bit hex digest of the parts: the fixed document id that makes output reproducible. */
    static String digest(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
