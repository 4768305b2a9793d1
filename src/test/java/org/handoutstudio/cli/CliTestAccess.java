package org.handoutstudio.cli;

/** Lets tests in other packages run the command line in-process. */
public final class CliTestAccess {

    private CliTestAccess() {
    }

    public static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }
}
