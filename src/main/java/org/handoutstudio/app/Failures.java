package org.handoutstudio.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.pdf.HandoutExport;

/**
 * Turns a failure into one sentence for the person using the app, the same way for the editor's
 * dialogs and the command line's stderr: the file it concerns, what went wrong, and no Java class
 * names or stack traces.
 */
public final class Failures {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.handoutstudio.app.failures", Locale.UK);

    private Failures() {
    }

    /** A sentence naming {@code file} and what went wrong with it. */
    public static String describe(Path file, Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (cause instanceof InvalidContentException invalid) {
            return invalid.getMessage();
        }
        if (cause instanceof HandoutExport.UnprintableException unprintable) {
            return format("unprintable", file.getFileName(), unprintable.getMessage());
        }
        if (cause instanceof AccessDeniedException) {
            return format("accessDenied", file);
        }
        if (cause instanceof NoSuchFileException) {
            return format("noSuchFile", file);
        }
        if (cause instanceof IOException io) {
            return format("cannotUse", file, reason(io));
        }
        return format("unexpected", file, cause);
    }

    /** A short reason for an I/O failure ("permission denied", "no such file or folder"). */
    public static String reason(IOException failure) {
        return SafeFiles.reason(failure);
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(WORDS.getString(key), Locale.UK).format(arguments);
    }
}
