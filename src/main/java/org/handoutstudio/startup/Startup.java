package org.handoutstudio.startup;

import java.nio.file.Path;
import org.handoutstudio.figures.ExerciseFigures;
import org.handoutstudio.ui.EditorStartupHooks;

/**
 * Start-up tuning for one run, the launcher's single way in: the build's training run (see
 * {@link StartupTraining}), logging named directly, warm-ups beside a command-line export, the
 * editor's hooks, and, when asked, stack samples of where the time goes ({@link StartupSampler}).
 * None of it changes what the app does, only how soon it does it.
 */
public final class Startup {

    /** Turns the export warm-up off, so a benchmark can compare the two (bench/cold-export.sh). */
    static final String NO_WARM_UP = "handoutstudio.noWarmUp";

    Startup() {
    }

    /**
     * Call first thing in {@code main}. During the build's training run this trains and ends the
     * JVM; otherwise it returns the tuning for this run.
     */
    public static Startup forThisRun() {
        String training = System.getProperty(StartupTraining.PROPERTY);
        if (training != null) {
            StartupTraining.run(training.isEmpty() ? null : Path.of(training));
        }
        StartupSampler.startIfAsked();
        configureLogging();
        return new Startup();
    }

    /**
     * PDFBox logs through commons-logging, which would otherwise ask every jar for a logging
     * service at start-up and try Log4j and SLF4J, which are not there. Name the JDK's logger directly.
     */
    static void configureLogging() {
        setIfUnset("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        setIfUnset("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
    }

    private static void setIfUnset(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The editor's tuning. */
    public EditorStartupHooks editor() {
        return new EditorWarmUps(ExerciseFigures.bundled());
    }

    /**
     * Before a command line runs: an export reads the library, lays out and writes a PDF, so the
     * second core reads the library, reads the exported handout's figures and loads the fonts and
     * PDF classes while the first parses the command line and lays out.
     */
    public void beforeCommandLine(String[] args) {
        if (args.length > 0 && "export".equals(args[0]) && !Boolean.getBoolean(NO_WARM_UP)) {
            ExportWarmUp.startForExport(args);
        }
    }
}
