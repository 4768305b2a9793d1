package org.handoutstudio.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.UserLibrary;
import org.handoutstudio.AppFolders;
import org.handoutstudio.handout.Settings;

/** Reads the CLI's inputs, turning every failure into a one-line {@link CliException}. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The bundled library with the practice's shared folder and the user's own items on top.
     * Problems in user files do not stop the command; they are summed up in one warning line.
     */
    static Library library(java.io.PrintWriter err) {
        UserLibrary.Result result = UserLibrary.load(LibraryLoader.bundled(), settings().sharedLibraryPath(),
                AppFolders.userLibrary());
        if (!result.problems().isEmpty() && err != null) {
            err.println("handout-studio: warning: " + result.problems().size()
                    + " problem(s) in your own library files; run 'handout-studio validate' on them. First: "
                    + result.problems().get(0).describe());
        }
        return result.library();
    }

    static Settings settings() {
        try {
            return Settings.read(AppFolders.settingsFile());
        } catch (IOException | RuntimeException e) {
            return Settings.DEFAULT;
        }
    }

    static FigureSource figures() {
        return org.handoutstudio.figures.ExerciseFigures.bundled();
    }

    static Template template(String id) {
        return Templates.find(id).orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT,
                "unknown template \"" + id + "\". Known templates: "
                        + Templates.ids().stream().collect(Collectors.joining(", "))));
    }

    static Handout handout(Path file, Library library) {
        try {
            return HandoutFiles.readHandout(file, library);
        } catch (InvalidContentException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        } catch (IOException e) {
            throw cannotRead(file, e);
        } catch (java.io.UncheckedIOException e) {
            throw cannotRead(file, e.getCause());
        }
    }

    static Branding branding(Path file) {
        if (file == null) {
            return Branding.DEFAULT;
        }
        try {
            return HandoutFiles.readBranding(file);
        } catch (InvalidContentException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        } catch (IOException e) {
            throw cannotRead(file, e);
        } catch (java.io.UncheckedIOException e) {
            throw cannotRead(file, e.getCause());
        }
    }

    static CliException cannotRead(Path file, IOException e) {
        return new CliException(ExitCodes.IO_ERROR, "cannot read " + file + ": " + reason(e));
    }

    static CliException cannotWrite(Path file, IOException e) {
        return new CliException(ExitCodes.IO_ERROR, "cannot write " + file + ": " + reason(e));
    }

    /** A short, human reason for an I/O failure, without Java class names. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
