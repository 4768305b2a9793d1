package org.handoutstudio.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.handoutstudio.app.Failures;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Template;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.library.Library;

/** Reads the command line's input files, turning every failure into a one-line {@link CliException}. */
final class Inputs {

    private Inputs() {
    }

    static Template template(Workspace workspace, String id) {
        return workspace.template(id).orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT,
                "unknown template \"" + id + "\". Known templates: "
                        + String.join(", ", workspace.templates().stream().map(Template::id).toList())));
    }

    static Handout handout(Path file, Library library) {
        return reading(file, () -> HandoutFiles.readHandout(file, library));
    }

    /** Runs a read that may fail on the file it names, as the command line reports such failures. */
    static <T> T reading(Path file, IoSupplier<T> read) {
        try {
            return read.get();
        } catch (InvalidContentException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        } catch (IOException e) {
            throw cannotRead(file, e);
        } catch (UncheckedIOException e) {
            throw cannotRead(file, e.getCause());
        }
    }

    /** A read that may throw IOException. */
    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }

    static CliException cannotRead(Path file, IOException e) {
        return new CliException(ExitCodes.IO_ERROR, "cannot read " + file + ": " + Failures.reason(e));
    }

    static CliException cannotWrite(Path file, IOException e) {
        return new CliException(ExitCodes.IO_ERROR, "cannot write " + file + ": " + Failures.reason(e));
    }
}
