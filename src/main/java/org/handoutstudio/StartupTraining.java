package org.handoutstudio;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handoutstudio.cli.HandoutStudioCommand;
import org.handoutstudio.ui.EditorApp;

/**
 * The training run behind the packaged app's start-up cache; the build runs it, users never do.
 * It does what a start does: one command-line export, the editor up to its first frame, then the
 * work that follows that frame (every exercise figure and the PDF warm-up), so what it records
 * does not depend on which thread wins a race. The JVM records the classes it loads (and, on
 * JDK 25, how they linked and ran), and the build stores them next to the launcher.
 *
 * <p>It runs on Monocle's headless screen, so the build needs no display. The desktop's own
 * window and graphics classes (GTK, OpenGL), which Monocle never touches, are loaded by name from
 * a list made on a real display ({@code jpackage/desktop.classlist}), without running their
 * static code, so they are recorded too.
 *
 * <p>Started through the packaged launcher with {@code -Dhandoutstudio.training=<desktop class
 * list>} (the JDK 25 cache must be recorded on the launcher's own class path), or directly.
 */
public final class StartupTraining {

    /** The system property that turns the launcher into a training run; its value is the desktop class list. */
    public static final String PROPERTY = "handoutstudio.training";

    private StartupTraining() {
    }

    /** Optional argument: the desktop class list. */
    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Path.of(args[0]) : null);
    }

    static void run(Path desktopClassList) throws Exception {
        Launcher.configureLogging();
        Path data = Files.createTempDirectory("handout-studio-training");
        System.setProperty("handoutstudio.dataDir", data.toString());
        StringWriter ignored = new StringWriter();
        int code = HandoutStudioCommand.run(new String[] {"export", "--template", "acute-low-back-pain",
            "-o", data.resolve("training.pdf").toString()}, new PrintWriter(ignored), new PrintWriter(ignored));
        if (code != 0) {
            throw new IllegalStateException("training export failed (" + code + "): " + ignored);
        }
        if (desktopClassList != null) {
            loadDesktopClasses(desktopClassList);
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

    /**
     * Loads each class the list names ("com/sun/glass/ui/gtk/GtkApplication", one per line;
     * '#' comments and the JDK's '@' lines are skipped) without initialising it: their static
     * code would open the display. A list that loads nothing means the list or JavaFX changed, and
     * the build stops rather than quietly recording a slower start.
     */
    static int loadDesktopClasses(Path list) throws IOException {
        int loaded = 0;
        int missing = 0;
        ClassLoader loader = StartupTraining.class.getClassLoader();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String name = line.strip().split("\\s+")[0];
            if (name.isEmpty() || name.startsWith("#") || name.startsWith("@")) {
                continue;
            }
            try {
                Class.forName(name.replace('/', '.'), false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
            }
        }
        if (loaded == 0) {
            throw new IllegalStateException(list + ": none of its classes could be loaded (" + missing + " missing)");
        }
        return loaded;
    }
}
