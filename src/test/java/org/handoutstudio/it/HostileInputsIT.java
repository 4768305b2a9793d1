package org.handoutstudio.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher against hostile files, as a script or a user would run it: nothing
 * hangs, nothing fills the memory, an input is never replaced, and every failure is one
 * readable line with a documented exit code.
 */
class HostileInputsIT {

    @TempDir
    Path folder;

    /** Runs the launcher with its own data folder (XDG_DATA_HOME), waiting at most 60 seconds. */
    private LauncherRun launch(String... args) throws IOException, InterruptedException {
        return LauncherRun.of(LauncherRun.LAUNCHER, Map.of("XDG_DATA_HOME", folder.resolve("xdg").toString()), args);
    }

    private Path fifo(Path file) throws Exception {
        assumeTrue(new ProcessBuilder("mkfifo", file.toString()).start().waitFor() == 0, "needs mkfifo");
        return file;
    }

    private Path handout(String name) throws IOException {
        return Files.writeString(folder.resolve(name),
                "{\"schemaVersion\": 1, \"title\": \"Knee\", \"items\": [{\"ref\": \"knee-rolls\"}]}");
    }

    private static void assertOneReadableLine(String err) {
        assertEquals(1, err.lines().count(), err);
        for (String banned : List.of("Exception", "Error:", "\tat ", "java.")) {
            assertFalse(err.contains(banned), err);
        }
    }

    @Test
    void aPipeAsTheHandoutAnswersAtOnce() throws Exception {
        Path pipe = fifo(folder.resolve("pipe.handout.json"));
        LauncherRun validate = launch("validate", pipe.toString());
        assertEquals(3, validate.code(), validate.out());
        LauncherRun export = launch("export", pipe.toString(), "-o", folder.resolve("p.pdf").toString());
        assertEquals(3, export.code(), export.err());
        assertOneReadableLine(export.err());
    }

    @Test
    void devZeroIsRefusedWithoutReadingIt() throws Exception {
        Path zero = Files.createSymbolicLink(folder.resolve("zero.handout.json"), Path.of("/dev/zero"));
        LauncherRun validate = launch("validate", zero.toString());
        assertEquals(3, validate.code(), validate.out() + validate.err());
        assertTrue(validate.out().contains("not an ordinary file"), validate.out());
        assertEquals("", validate.err());
    }

    @Test
    void aLinkLoopIsOneLine() throws Exception {
        Files.createSymbolicLink(folder.resolve("a.handout.json"), folder.resolve("b.handout.json"));
        Files.createSymbolicLink(folder.resolve("b.handout.json"), folder.resolve("a.handout.json"));
        LauncherRun export = launch("export", folder.resolve("a.handout.json").toString(), "-o", folder.resolve("a.pdf").toString());
        assertEquals(3, export.code(), export.err());
        assertOneReadableLine(export.err());
    }

    @Test
    void anOutputThatIsTheInputLeavesTheInputAlone() throws Exception {
        Path handout = handout("h.handout.json");
        byte[] before = Files.readAllBytes(handout);
        Files.createDirectories(folder.resolve("sub"));
        for (String output : List.of(handout.toString(), folder + "/sub/../h.handout.json")) {
            LauncherRun export = launch("export", handout.toString(), "-o", output);
            assertEquals(2, export.code(), export.err());
            assertOneReadableLine(export.err());
            assertArrayEquals(before, Files.readAllBytes(handout));
        }
    }

    @Test
    void aHostileLibraryFolderCannotStopTheApp() throws Exception {
        Path library = Files.createDirectories(folder.resolve("xdg/handoutstudio/library"));
        fifo(library.resolve("pipe.json"));
        Files.createSymbolicLink(library.resolve("zero.json"), Path.of("/dev/zero"));
        Files.createSymbolicLink(library.resolve("loop.json"), library.resolve("loop.json"));
        Files.createDirectories(library.resolve("folder.json"));
        Files.writeString(library.resolve("nested.json"), "{\"schemaVersion\": 1, \"items\": " + "[".repeat(10_000) + "}");
        Files.writeString(library.resolve("photo.json"), Files.readString(Path.of("src/test/resources/hostile/photo-outside.json")));
        LauncherRun list = launch("library", "--json");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("\"knee-rolls\""), "the bundled library still loads");
        assertTrue(list.err().startsWith("handout-studio: warning: "), list.err());
        assertOneReadableLine(list.err());
        LauncherRun export = launch("export", "--template", "acute-low-back-pain", "-o", folder.resolve("t.pdf").toString());
        assertEquals(0, export.code(), export.err());
        LauncherRun validate = launch("validate", library.resolve("photo.json").toString());
        assertEquals(2, validate.code(), validate.out());
        assertTrue(validate.out().contains("is outside the folder"), validate.out());
    }
}
