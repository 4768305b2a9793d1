package org.handoutstudio.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's theme is a setting like the others: written, read back, and absent means light. */
class SettingsThemeTest {

    @TempDir
    Path folder;

    @Test
    void darkIsWrittenAndReadBackAndKeptWithRecentFiles() throws Exception {
        Path file = folder.resolve("settings.json");
        Settings dark = Settings.DEFAULT.withTheme(Theme.DARK).withRecentFiles(List.of("/tmp/a.handout.json"));
        dark.write(file);
        Settings read = Settings.read(file);
        assertEquals(Theme.DARK, read.themeOrDefault());
        assertEquals(List.of("/tmp/a.handout.json"), read.recentFiles());
    }

    @Test
    void settingsWithoutAThemeAreLightAndLightIsNotWrittenOut() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"paper\": \"A4\"}");
        assertEquals(Theme.LIGHT, Settings.read(file).themeOrDefault());
        Settings.DEFAULT.withTheme(Theme.LIGHT).write(file);
        assertNull(Settings.read(file).theme());
        assertFalse(Files.readString(file).contains("theme"));
    }
}
