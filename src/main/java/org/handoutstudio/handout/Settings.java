package org.handoutstudio.handout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handoutstudio.io.AtomicFiles;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.SafeFiles;

/**
 * The user's own settings, saved per user: the practice's branding, the clinician's default
 * name and role, paper size, large print by default, an optional shared library folder (for
 * example on a network drive), recent files and the editor's theme (light when absent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settings(int schemaVersion, Branding branding, String clinicianName, String clinicianRole, Paper paper,
                       Boolean largePrint, String sharedLibraryFolder, List<String> recentFiles, Theme theme) {

    public static final int CURRENT_SCHEMA = 1;
    public static final Settings DEFAULT = new Settings(CURRENT_SCHEMA, Branding.DEFAULT, null, null, Paper.A4,
            false, null, List.of(), null);

    public Settings {
        branding = branding == null ? Branding.DEFAULT : branding;
        paper = paper == null ? Paper.A4 : paper;
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    /** Settings as they were before the theme could be chosen: the light theme. */
    public Settings(int schemaVersion, Branding branding, String clinicianName, String clinicianRole, Paper paper,
                    Boolean largePrint, String sharedLibraryFolder, List<String> recentFiles) {
        this(schemaVersion, branding, clinicianName, clinicianRole, paper, largePrint, sharedLibraryFolder, recentFiles,
                null);
    }

    /** The theme to show: light unless dark was chosen. */
    public Theme themeOrDefault() {
        return theme == null ? Theme.LIGHT : theme;
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(schemaVersion, branding, clinicianName, clinicianRole, paper, largePrint, sharedLibraryFolder,
                recentFiles, newTheme == Theme.LIGHT ? null : newTheme);
    }

    public Settings withRecentFiles(List<String> newRecentFiles) {
        return new Settings(schemaVersion, branding, clinicianName, clinicianRole, paper, largePrint, sharedLibraryFolder,
                newRecentFiles, theme);
    }

    public Path sharedLibraryPath() {
        return sharedLibraryFolder == null || sharedLibraryFolder.isBlank() ? null : Path.of(sharedLibraryFolder);
    }

    /** Reads settings; a missing file gives the defaults. Invalid files throw with the problem named. */
    public static Settings read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        try {
            return Json.readVersioned(SafeFiles.open(file, Json.MAX_DOCUMENT_BYTES), file.toString(), CURRENT_SCHEMA,
                    Settings.class);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] json = Json.mapper().writeValueAsBytes(this);
        AtomicFiles.write(file, out -> out.write(json), true);
    }
}
