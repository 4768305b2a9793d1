package org.handoutstudio.handout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handoutstudio.io.AtomicFiles;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.Problems;
import org.handoutstudio.library.Library;

/** Reads and writes {@code .handout.json} and branding files. */
public final class HandoutFiles {

    public static final String EXTENSION = ".handout.json";

    private HandoutFiles() {
    }

    public static Handout readHandout(Path file, Library library) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readHandout(in, file.toString(), library);
        }
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

    /** Reads a branding file; a relative logo path is taken relative to the file's folder. */
    public static Branding readBranding(Path file) throws IOException {
        Branding branding;
        try (InputStream in = Files.newInputStream(file)) {
            branding = readBranding(in, file.toString());
        }
        Path logo = branding.logoPath();
        if (logo != null && !logo.isAbsolute()) {
            Path folder = file.toAbsolutePath().getParent();
            branding = branding.withLogo(folder.resolve(logo).normalize().toString());
        }
        return branding;
    }

    public static Branding readBranding(InputStream in, String source) {
        Branding branding = Json.readVersioned(in, source, Branding.CURRENT_SCHEMA, Branding.class);
        Problems problems = new Problems(source);
        branding.validate(problems);
        problems.throwIfAny();
        return branding;
    }

    public static void writeBranding(Path file, Branding branding) throws IOException {
        AtomicFiles.write(file, Json.mapper().writeValueAsBytes(branding));
    }
}
