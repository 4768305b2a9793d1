package org.handoutstudio.cli;

import org.handoutstudio.app.ExportCheck;

/** The command line's exit codes, as documented in {@code --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Bad usage or invalid input: the message names the file and the field or line. */
    public static final int INVALID_INPUT = 2;
    /** A file could not be read or written. */
    public static final int IO_ERROR = 3;
    /** Content cannot be printed faithfully, for example characters no bundled font has. */
    public static final int UNPRINTABLE = 4;
    /** A defect in Handout Studio itself; run again with --debug to see the details. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }

    /** The exit code for a kind of problem an export check finds. */
    static int of(ExportCheck.Kind kind) {
        return switch (kind) {
            case INVALID -> INVALID_INPUT;
            case UNREADABLE -> IO_ERROR;
            case UNPRINTABLE -> UNPRINTABLE;
        };
    }
}
