package org.handoutstudio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The app-image's own Linux launcher (jpackage/linux/launcher.c), which replaces jpackage's. */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherIT {

    private static final Path IMAGE = LauncherRun.LAUNCHER.toAbsolutePath().getParent().getParent();
    private static final String CLASS_LOADING = "-Xlog:class+load=info:stderr";

    @TempDir
    Path folder;

    /** jpackage's launcher runs "rpm -qf" and "dpkg -S" on itself, twice, before every start. */
    @Test
    void asksNoPackageManagerWhoOwnsIt() throws Exception {
        Path tools = Files.createDirectories(folder.resolve("tools"));
        Path asked = Files.createDirectories(folder.resolve("asked"));
        for (String tool : List.of("rpm", "dpkg", "dpkg-query")) {
            Path script = tools.resolve(tool);
            Files.writeString(script, "#!/bin/sh\ntouch \"$ASKED/" + tool + "\"\nexit 1\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        LauncherRun run = LauncherRun.of(LauncherRun.LAUNCHER,
                Map.of("PATH", tools + ":" + System.getenv("PATH"), "ASKED", asked.toString()), "--version");
        assertEquals(0, run.code(), run.err());
        try (Stream<Path> files = Files.list(asked)) {
            assertEquals(List.of(), files.map(path -> path.getFileName().toString()).toList());
        }
    }

    /** The editor's cache holds ~2,600 JavaFX classes that the JVM would load at every command's start. */
    @Test
    void aCommandStartsFromTheCommandLineCacheAndLoadsNoJavaFx() throws Exception {
        assumeTrue(Files.exists(IMAGE.resolve("lib/app/handout-studio-cli.aot")), "no JDK 25 start-up cache");
        assertEquals(0, LauncherRun.of(LauncherRun.LAUNCHER, Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"), "--version").code());
        LauncherRun run = LauncherRun.of(LauncherRun.LAUNCHER, Map.of("JAVA_TOOL_OPTIONS", CLASS_LOADING), "--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("org.handoutstudio.Launcher source: shared objects file"), "not from the cache");
        assertEquals(List.of(), run.err().lines().filter(line -> line.contains(" javafx.")).limit(3).toList());
    }

    /**
     * The build's training run, started through the launcher, shows the editor's first frame on a
     * headless screen and exits: with no arguments or one handout file, it gets the editor's cache.
     */
    @Test
    void theEditorStartsFromTheEditorsCache() throws Exception {
        assumeTrue(Files.exists(IMAGE.resolve("lib/app/handout-studio.aot")), "no JDK 25 start-up cache");
        Path handout = Files.writeString(folder.resolve("plan.handout.json"), "{}");
        Map<String, String> editorRun = Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on -Dhandoutstudio.training= " + CLASS_LOADING,
                "DISPLAY", "");
        for (String[] args : List.of(new String[0], new String[] {handout.toString()})) {
            LauncherRun run = LauncherRun.of(LauncherRun.LAUNCHER, editorRun, args);
            assertEquals(0, run.code(), run.err().lines().filter(line -> !line.startsWith("[")).toList().toString());
            assertTrue(run.err().contains("org.handoutstudio.ui.EditorApp source: shared objects file"),
                    "editor classes not from the cache, arguments " + List.of(args));
        }
    }

    @Test
    void withoutItsSettingsFileItSaysWhichFileIsMissing() throws Exception {
        Path bin = Files.createDirectories(folder.resolve("moved/bin"));
        Path launcher = Files.copy(LauncherRun.LAUNCHER, bin.resolve("handout-studio"));
        LauncherRun run = LauncherRun.of(launcher, Map.of(), "--version");
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        // The launcher finds itself through /proc/self/exe, so it names the real path.
        Path settings = folder.toRealPath().resolve("moved/lib/app/handout-studio.cfg");
        assertTrue(run.err().startsWith("handout-studio: " + settings + ": "), run.err());
        assertTrue(run.err().contains("No such file"), run.err());
    }

    /**
     * With a folder holding a libjvm.so on LD_LIBRARY_PATH, the runtime starts the launcher again
     * with the JVM's whole command line; that second run must pass it on as it is.
     */
    @Test
    void aRestartByTheRuntimeKeepsTheCommandLine() throws Exception {
        Path otherJvm = Path.of(System.getProperty("handoutstudio.runtimeJava", "java")).toAbsolutePath()
                .getParent().resolveSibling("lib/server");
        assumeTrue(Files.exists(otherJvm.resolve("libjvm.so")), "no JDK at " + otherJvm);
        Path pdf = folder.resolve("restarted.pdf");
        LauncherRun run = LauncherRun.of(LauncherRun.LAUNCHER, Map.of("LD_LIBRARY_PATH", otherJvm.toString()),
                "export", "--template", "acute-low-back-pain", "-o", pdf.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.size(pdf) > 1000, "no PDF");
    }

    @Test
    void argumentsReachTheAppUnchanged() throws Exception {
        // ASCII only: the test JVM may run in a locale whose file names cannot hold more.
        Path pdf = folder.resolve("Back pain - \"plan\" it's $HOME *; echo.pdf");
        LauncherRun run = LauncherRun.of("export", "--template", "acute-low-back-pain", "-o", pdf.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.size(pdf) > 1000, "no PDF at " + pdf);
    }
}
