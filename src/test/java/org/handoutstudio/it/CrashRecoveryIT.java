package org.handoutstudio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of writing, in processes of their own running the packaged jars:
 * the editor during autosaves and saves, and the command line during an export. Every file is
 * always the old version or the new, never part of one; after an editor crash the next start
 * offers the last autosave; temporary files a crash leaves behind are removed at the next write.
 */
class CrashRecoveryIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("handoutstudio.launcher",
            "target/dist/handout-studio/bin/handout-studio"));
    private static final Path IMAGE = LAUNCHER.toAbsolutePath().getParent().getParent();

    @TempDir
    Path folder;

    /**
     * The packaged jars on the JDK the app-image's runtime was linked from (the image keeps no
     * java command of its own), plus the driver from the test classes.
     */
    private Process start(Path data, String... driverArgs) throws IOException {
        Path runtime = Path.of(System.getProperty("handoutstudio.runtimeJava", "java"));
        assumeTrue(Files.isExecutable(runtime) || runtime.toString().equals("java"), "no java at " + runtime);
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> jars = Files.list(IMAGE.resolve("lib/app"))) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(jar -> classPath.add(jar.toString()));
        }
        classPath.add(Path.of("target/test-classes").toAbsolutePath().toString());
        List<String> command = new ArrayList<>(List.of(runtime.toString(), "-cp", String.join(java.io.File.pathSeparator, classPath),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dhandoutstudio.dataDir=" + data, "org.handoutstudio.ui.CrashDriver"));
        command.addAll(Arrays.asList(driverArgs));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** A handout whose file takes a moment to write (long notes), though the preview still lays it out quickly. */
    private Path bigHandout() throws IOException {
        List<HandoutItem> items = new ArrayList<>();
        String note = "Keep the movement slow and steady, and stop if the pain gets worse. ".repeat(28);
        for (int i = 0; i < 40; i++) {
            items.add(HandoutItem.of(i % 2 == 0 ? "knee-rolls" : "bridge").withNote(note));
        }
        Path file = folder.resolve("work/big.handout.json");
        Files.createDirectories(file.getParent());
        HandoutFiles.writeHandout(file, Handout.of("Edit 0", items));
        return file;
    }

    /**
     * Kills {@code process} with SIGKILL the moment one of our temporary files appears in
     * {@code folder} (one that was not there already): in the middle of a write. False if the process ended first or none appeared in time.
     */
    private static boolean killDuringAWrite(Process process, Path folder, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Path> leftEarlier = temporaries(folder);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (!leftEarlier.containsAll(temporaries(folder))) {
                process.destroyForcibly();
                return true;
            }
            Thread.onSpinWait();
        }
        process.destroyForcibly();
        return false;
    }

    @Test
    void killingTheEditorWhileItSavesLosesNothingAndTheNextStartOffersTheAutosave() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path file = bigHandout();
        Path autosave = data.resolve("autosave/current.handout.json");
        int killedMidWrite = 0;
        for (int trial = 0; trial < 4; trial++) {
            Files.deleteIfExists(autosave);
            Process editor = start(data, "work", file.toString());
            // Alternate trials catch an autosave and a save in the middle.
            Path writing = trial % 2 == 0 ? autosave.getParent() : file.getParent();
            BufferedReader lines = new BufferedReader(new InputStreamReader(editor.getInputStream(), StandardCharsets.UTF_8));
            List<String> said = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> lines.lines().forEach(said::add));
            reader.start();
            while (said.stream().noneMatch(line -> line.equals("saved 2"))) {
                assertTrue(editor.isAlive(), "the editor stopped: " + said);
                Thread.sleep(5);
            }
            killedMidWrite += killDuringAWrite(editor, writing, 30) ? 1 : 0;
            reader.join(10_000);
            assertTrue(said.stream().noneMatch(line -> line.startsWith("error")), said.toString());
            int lastSaved = said.stream().filter(line -> line.startsWith("saved ")).mapToInt(line -> Integer.parseInt(line.substring(6)))
                    .max().orElse(0);
            assertTrue(editor.waitFor(30, TimeUnit.SECONDS));
            assertTrue(lastSaved >= 2, "the editor saved before it was killed (trial " + trial + ")");

            String saved = HandoutFiles.readHandout(file, LibraryLoader.bundled()).title();
            assertTrue(saved.equals("Edit " + lastSaved) || saved.equals("Edit " + (lastSaved + 1)),
                    "the saved file is the old or the new version, never part of one: " + saved);

            Process next = start(data, "recover");
            String output = new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(next.waitFor(60, TimeUnit.SECONDS));
            if (Files.exists(autosave)) {
                String autosaved = HandoutFiles.readHandout(autosave, LibraryLoader.bundled()).title();
                // The last save's autosave, if the kill came before it was tidied away, or the next edit's.
                assertTrue(autosaved.equals("Edit " + lastSaved) || autosaved.equals("Edit " + (lastSaved + 1)), autosaved);
                assertTrue(output.contains("prompt: yes") && output.contains("title: " + autosaved), output);
            } else {
                assertTrue(output.contains("prompt: no"), output);
            }
        }
        int leftTemporaries = temporaries(file.getParent()).size() + temporaries(autosave.getParent()).size();
        System.out.println("Editor killed 4 times, " + killedMidWrite + " of them with a temporary file open: "
                + leftTemporaries + " temporary files left behind");
        assertTrue(killedMidWrite >= 2, "most kills should land in the middle of a write");
        assertNoTemporariesAfterTheNextWrite(file.getParent(), () -> HandoutFiles.writeHandout(file,
                HandoutFiles.readHandout(file, LibraryLoader.bundled())));
        assertNoTemporariesAfterTheNextWrite(autosave.getParent(), () -> HandoutFiles.writePrivateHandout(autosave,
                HandoutFiles.readHandout(file, LibraryLoader.bundled())));
    }

    @Test
    void killingAnExportLeavesTheOldPdfOrTheNewAndTheNextExportTidiesUp() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        Path pdf = out.resolve("handout.pdf");
        List<String> export = List.of(LAUNCHER.toString(), "export", "--template", "persistent-low-back-pain", "--layout",
                "detailed", "--diary", "--date", "2026-11-22", "-o", pdf.toString());
        Files.writeString(pdf, "old");
        Path fresh = folder.resolve("fresh.pdf");
        List<String> reference = new ArrayList<>(export);
        reference.set(reference.size() - 1, fresh.toString());
        assertEquals(0, new ProcessBuilder(reference).start().waitFor());
        byte[] newPdf = Files.readAllBytes(fresh);
        int killedMidWrite = 0;
        for (int trial = 0; trial < 12; trial++) {
            Process process = new ProcessBuilder(export).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            killedMidWrite += killDuringAWrite(process, out, 30) ? 1 : 0;
            process.waitFor(30, TimeUnit.SECONDS);
            byte[] now = Files.readAllBytes(pdf);
            assertTrue(new String(now, StandardCharsets.UTF_8).equals("old") || Arrays.equals(newPdf, now),
                    "trial " + trial + ": the PDF is the old file or the whole new one (" + now.length + " bytes)");
            Files.writeString(pdf, "old");
        }
        int leftTemporaries = temporaries(out).size();
        System.out.println("Export killed 12 times, " + killedMidWrite + " of them with a temporary file open: "
                + leftTemporaries + " temporary files left behind");
        assertTrue(killedMidWrite >= 6, "most kills should land in the middle of a write");
        assertNoTemporariesAfterTheNextWrite(out, () -> assertEquals(0, new ProcessBuilder(export).start().waitFor()));
    }

    /** Our temporary files left in {@code folder}: what a crash leaves. */
    private static List<Path> temporaries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".handout-studio-")).toList();
        }
    }

    /** Backdates whatever a crash left (they are only removed once a minute old), writes once more, and checks they went. */
    private static void assertNoTemporariesAfterTheNextWrite(Path folder, Write write) throws Exception {
        for (Path leftover : temporaries(folder)) {
            Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(120)));
        }
        write.run();
        assertEquals(List.of(), temporaries(folder));
    }

    @FunctionalInterface
    private interface Write {
        void run() throws Exception;
    }
}
