package org.handoutstudio.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handoutstudio.cli.HandoutStudioCommand;
import org.handoutstudio.ui.EditorApp;

/**
 * The training run behind the packaged app's class-data-sharing archive. The build runs it with
 * {@code -XX:DumpLoadedClassList} to list the classes a start loads: one command-line export, the
 * editor up to its first frame, then the work that follows that frame (every exercise figure and
 * the PDF warm-up), so the list does not depend on which thread wins a race. It runs on Monocle's
 * headless screen, so no display is needed; the desktop's own glass and graphics classes (GTK,
 * OpenGL), which it cannot load, come from {@code jpackage/desktop.classlist}. The build then
 * archives the listed classes, pre-parsed and pre-verified, next to the launcher.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        org.handoutstudio.Launcher.configureLogging();
        Path data = Files.createTempDirectory("handout-studio-training");
        System.setProperty("handoutstudio.dataDir", data.toString());
        StringWriter ignored = new StringWriter();
        int code = HandoutStudioCommand.run(new String[] {"export", "--template", "acute-low-back-pain",
            "-o", data.resolve("training.pdf").toString()}, new PrintWriter(ignored), new PrintWriter(ignored));
        if (code != 0) {
            throw new IllegalStateException("training export failed (" + code + "): " + ignored);
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        // The probe closes the editor after its first frame, and open() returns.
        System.setProperty("handoutstudio.startupProbe", "true");
        EditorApp.open(new String[0]);
        org.handoutstudio.figures.ExerciseFigures.bundled().drawAll(org.handoutstudio.library.LibraryLoader.bundled());
        org.handoutstudio.pdf.Warmup.start().join();
        System.exit(0);
    }
}
