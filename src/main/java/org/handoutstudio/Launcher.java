package org.handoutstudio;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handoutstudio.cli.HandoutStudioCommand;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.startup.Startup;
import org.handoutstudio.ui.EditorApp;

/**
 * The one entry point. With no arguments it opens the editor; with arguments it runs the
 * command line headless, without loading JavaFX. It is deliberately not an Application
 * subclass, so JavaFX can stay on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Startup startup = Startup.forThisRun();
        if (args.length == 0 || opensAFile(args)) {
            EditorApp.open(args, startup.editor());
            return;
        }
        startup.beforeCommandLine(args);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(HandoutStudioCommand.run(args, out, err));
    }

    /** A desktop's "open with" passes just the file: open it in the editor. */
    static boolean opensAFile(String[] args) {
        return args.length == 1 && args[0].endsWith(HandoutFiles.EXTENSION) && Files.isRegularFile(Path.of(args[0]));
    }
}
