package org.handoutstudio.handout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import org.handoutstudio.io.AtomicFiles;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.Problems;
import org.handoutstudio.io.RasterImages;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.library.Library;

/** Reads and writes {@code .handout.json} and branding files. */
public final class HandoutFiles {

    public static final String EXTENSION = ".handout.json";

    private HandoutFiles() {
    }

    public static Handout readHandout(Path file, Library library) throws IOException {
        return readHandout(SafeFiles.open(file, Json.MAX_DOCUMENT_BYTES), file.toString(), library);
    }

    public static Handout readHandout(InputStream in, String source, Library library) {
        Handout handout = Json.readVersioned(in, source, Handout.CURRENT_SCHEMA, Handout.class);
        Problems problems = new Problems(source);
        handout.validate(problems, library);
        problems.throwIfAny();
        return handout;
    }

    /** Saves atomically: an existing file is replaced only once the new one is complete. */
    public static void writeHandout(Path file, Handout handout) throws IOException {
        byte[] json = Json.mapper().writeValueAsBytes(handout);
        AtomicFiles.write(file, json);
    }

    /** As {@link #writeHandout}, readable by the owner alone (the autosave copy). */
    public static void writePrivateHandout(Path file, Handout handout) throws IOException {
        byte[] json = Json.mapper().writeValueAsBytes(handout);
        AtomicFiles.write(file, out -> out.write(json), true);
    }

    /**
     * Reads a branding file. Its logo is named relative to the file and must be in the file's
     * folder (or one inside it): a branding file passed round a practice must not be able to
     * print a reader's own files.
     */
    public static Branding readBranding(Path file) throws IOException {
        Branding branding = readBranding(SafeFiles.open(file, Json.MAX_DOCUMENT_BYTES), file.toString());
        if (branding.logo() == null || branding.logo().isBlank()) {
            return branding;
        }
        try {
            return branding.withLogo(SafeFiles.resolveBeside(file, branding.logo()).toString());
        } catch (FileSystemException outside) {
            Problems problems = new Problems(file.toString());
            problems.add("logo", "\"" + branding.logo() + "\" " + SafeFiles.reason(outside));
            problems.throwIfAny();
            throw outside;
        }
    }

    public static Branding readBranding(InputStream in, String source) {
        Branding branding = Json.readVersioned(in, source, Branding.CURRENT_SCHEMA, Branding.class);
        Problems problems = new Problems(source);
        branding.validate(problems);
        problems.throwIfAny();
        return branding;
    }

    /**
     * Writes a branding file that can be passed round: a logo from elsewhere is copied beside it
     * (as NAME-logo.png or .jpg) and named relative to it, as {@link #readBranding} requires.
     */
    public static void writeBranding(Path file, Branding branding) throws IOException {
        Path logo = branding.logoPath();
        Branding portable = branding;
        if (logo != null) {
            Path folder = file.toAbsolutePath().normalize().getParent();
            Path absoluteLogo = logo.toAbsolutePath().normalize();
            if (!absoluteLogo.startsWith(folder) || !SafeFiles.isInside(absoluteLogo, folder)) {
                String name = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
                String extension = absoluteLogo.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.jpe?g")
                        ? ".jpg" : ".png";
                Path copy = folder.resolve(name + "-logo" + extension);
                byte[] image = SafeFiles.read(absoluteLogo, RasterImages.MAX_FILE_BYTES);
                AtomicFiles.write(copy, image);
                absoluteLogo = copy;
            }
            portable = branding.withLogo(folder.relativize(absoluteLogo).toString().replace('\\', '/'));
        }
        AtomicFiles.write(file, Json.mapper().writeValueAsBytes(portable));
    }
}
