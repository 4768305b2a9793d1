package org.handoutstudio.startup;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.cli.HandoutStudioCommand;
import org.handoutstudio.figures.ExerciseFigures;
import org.handoutstudio.library.LibraryLoader;
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

    /** The classes a desktop list must name and load: without them it records nothing useful. */
    static final List<String> DESKTOP_ANCHORS = List.of(
            "com/sun/glass/ui/gtk/GtkApplication", "com/sun/prism/es2/ES2Pipeline");

    /** Optional argument: the desktop class list. */
    public static void main(String[] args) {
        Startup.configureLogging();
        run(args.length > 0 ? Path.of(args[0]) : null);
    }

    /**
     * Trains, then exits: 0 when it worked, 1 after printing why not. It must always end the
     * JVM, even with JavaFX's threads still running, or the build would wait for ever.
     */
    static void run(Path desktopClassList) {
        try {
            train(desktopClassList);
        } catch (Throwable failure) {
            System.err.println("training run failed: " + failure);
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void train(Path desktopClassList) throws Exception {
        // A data folder of its own: the training must neither read nor touch a user's settings.
        Path data = Files.createTempDirectory("handout-studio-training");
        try {
            System.setProperty(AppFolders.OVERRIDE, data.toString());
            StringWriter ignored = new StringWriter();
            String[] export = {"export", "--template", "acute-low-back-pain", "-o", data.resolve("training.pdf").toString()};
            new Startup().beforeCommandLine(export);
            int code = HandoutStudioCommand.run(export, new PrintWriter(ignored), new PrintWriter(ignored));
            if (code != 0) {
                throw new IllegalStateException("training export failed (" + code + "): " + ignored);
            }
            if (desktopClassList != null) {
                System.out.println("desktop classes loaded: " + loadDesktopClasses(desktopClassList, DESKTOP_ANCHORS));
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1920x1200-32");
            // The probe closes the editor after its first frame, and open() returns.
            System.setProperty(EditorWarmUps.PROBE, "true");
            EditorApp.open(new String[0], new Startup().editor());
            EditorWarmUps.drawEveryFigure(ExerciseFigures.bundled(), LibraryLoader.bundled());
            ExportWarmUp.start().join();
        } finally {
            deleteQuietly(data);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // Only a temporary folder is left behind.
        }
    }

    /**
     * Loads each class the list names ("com/sun/glass/ui/gtk/GtkApplication", one per line;
     * '#' comments and the JDK's '@' lines are skipped) without initialising it: their static
     * code would open the display. Names that no longer load are skipped, but if any of
     * {@code anchors} is not loaded the list or JavaFX has changed, and the build stops rather
     * than quietly recording a slower start.
     *
     * @return how many of the listed classes were loaded, and how many were not
     */
    static String loadDesktopClasses(Path list, Collection<String> anchors) throws IOException {
        Set<String> loaded = new HashSet<>();
        int missing = 0;
        ClassLoader loader = StartupTraining.class.getClassLoader();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String name = line.strip().split("\\s+")[0];
            if (name.isEmpty() || name.startsWith("#") || name.startsWith("@")) {
                continue;
            }
            try {
                Class.forName(name.replace('/', '.'), false, loader);
                loaded.add(name);
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
            }
        }
        List<String> absent = anchors.stream().filter(anchor -> !loaded.contains(anchor)).toList();
        if (!absent.isEmpty()) {
            throw new IllegalStateException(list + ": " + String.join(", ", absent)
                    + " not loaded; regenerate it with jpackage/desktop-classlist.sh");
        }
        return loaded.size() + " (" + missing + " no longer found)";
    }
}
