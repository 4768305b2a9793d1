package org.handoutstudio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the jpackage app-image's launcher exactly as a user or a script would. */
class PackagedLauncherIT {

    private static final Path LAUNCHER = LauncherRun.LAUNCHER;

    @Test
    void exportsATemplateWithTheFontEmbedded(@TempDir Path folder) throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), "no launcher at " + LAUNCHER);
        Path pdf = folder.resolve("acute.pdf");
        LauncherRun run = LauncherRun.of("export", "--template", "acute-low-back-pain", "-o", pdf.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "nothing on stderr when all is well");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Back pain"), text.substring(0, Math.min(200, text.length())));
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded() && font.getName().contains("AtkinsonHyperlegible"), font.getName());
        }
    }

    private static final Path IMAGE = LAUNCHER.toAbsolutePath().getParent().getParent();

    /** The bundled runtime's major version. */
    private static int runtimeMajor() throws IOException {
        String release = Files.readString(IMAGE.resolve("lib/runtime/release"));
        return Integer.parseInt(release.replaceAll("(?s).*JAVA_VERSION=\"(\\d+).*", "$1"));
    }

    /**
     * The JVM refuses to start with this unless the start-up cache maps (JDK 25's ahead-of-time
     * cache or an older runtime's class-data-sharing archive: both are named as a shared archive).
     */
    private static final java.util.Map<String, String> ARCHIVE_REQUIRED = java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on");

    @Test
    void aJdk25RuntimeGetsTheAheadOfTimeCache() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        assertEquals(runtimeMajor() >= 25, Files.exists(IMAGE.resolve("lib/app/handout-studio.aot")),
                "bundled runtime is JDK " + runtimeMajor());
    }

    /**
     * A cache the JVM cannot use (another heap layout) or is told not to use (a user's own
     * JAVA_TOOL_OPTIONS) costs speed, never the start or the CLI's output.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-XX:-UseCompressedOops", "-Xshare:off", "-Xshare:auto"})
    void anUnusableStartupCacheKeepsStdoutClean(String options) throws Exception {
        LauncherRun run = LauncherRun.of(LAUNCHER, java.util.Map.of("JAVA_TOOL_OPTIONS", options), "--version");
        assertEquals(0, run.code(), run.err());
        assertEquals(LauncherRun.of("--version").out(), run.out());
    }

    /**
     * A map alone does not prove the app's own classes come from it (the JVM can drop the part
     * for jars it no longer trusts): the launcher's first class must be read from the cache.
     */
    private static void assertStartsFromTheCache(Path launcher) throws Exception {
        LauncherRun run = LauncherRun.of(launcher, ARCHIVE_REQUIRED, "--version");
        assertEquals(0, run.code(), run.err());
        LauncherRun traced = LauncherRun.of(launcher, java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:stderr"), "--version");
        assertTrue(traced.err().contains("org.handoutstudio.Launcher source: shared objects file"),
                traced.err().lines().filter(line -> line.contains("org.handoutstudio.Launcher")).findFirst().orElse(traced.err()));
    }

    @Test
    void theStartupCacheIsUsedAndTheJvmKeepsQuietOnStdout() throws Exception {
        assertStartsFromTheCache(LAUNCHER);
        LauncherRun run = LauncherRun.of(LAUNCHER, ARCHIVE_REQUIRED, "--version");
        assertEquals(1, run.out().lines().count(), run.out());
        LauncherRun plain = LauncherRun.of("--version");
        assertEquals(run.out(), plain.out());
        assertEquals("", plain.err());
    }

    @Test
    void theStartupCacheIsStillUsedWhenTheAppIsMoved(@TempDir Path folder) throws Exception {
        Path image = IMAGE;
        int major = runtimeMajor();
        // Only JDK 20 and later accept an archive whose jar files have moved (JDK-8279366).
        org.junit.jupiter.api.Assumptions.assumeTrue(major >= 20, "bundled runtime is JDK " + major);
        Path moved = folder.resolve("elsewhere");
        try (var paths = Files.walk(image)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = moved.resolve(image.relativize(path).toString());
                // Times kept, as a package manager keeps them: the archive checks each jar's.
                Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        }
        assertStartsFromTheCache(moved.resolve(image.relativize(LAUNCHER.toAbsolutePath()).toString()));
    }

    @Test
    void versionAndBadInputFromThePackagedLauncher(@TempDir Path folder) throws Exception {
        LauncherRun version = LauncherRun.of("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("(?s)Handout Studio \\d.*\\(commit .*\\).*"), version.out());
        LauncherRun unknown = LauncherRun.of("export", "--template", "no-such-template", "-o", folder.resolve("x.pdf").toString());
        assertEquals(2, unknown.code());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
    }
}
