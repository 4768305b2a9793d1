package org.handoutstudio;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.handoutstudio.cli.HandoutStudioCommand;

/**
 * The one entry point. With no arguments it opens the editor; with arguments it runs the
 * command line headless, without loading JavaFX. It is deliberately not an Application
 * subclass, so JavaFX can stay on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        String training = System.getProperty(StartupTraining.PROPERTY);
        if (training != null) {
            StartupTraining.run(training.isEmpty() ? null : java.nio.file.Path.of(training));
            return;
        }
        configureLogging();
        if (args.length == 0 || opensAFile(args)) {
            org.handoutstudio.ui.EditorApp.open(args);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(HandoutStudioCommand.run(args, out, err));
    }

    /**
     * PDFBox logs through commons-logging, which would otherwise ask every jar for a logging
     * service at start-up and try Log4j and SLF4J, which are not there. Name the JDK's logger
     * directly. (The start-up training run calls this too, so it loads what a real start loads.)
     */
    public static void configureLogging() {
        setIfUnset("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        setIfUnset("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
    }

    private static void setIfUnset(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** A desktop's "open with" passes just the file: open it in the editor. */
    static boolean opensAFile(String[] args) {
        return args.length == 1 && args[0].endsWith(org.handoutstudio.handout.HandoutFiles.EXTENSION)
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }
}
