package org.handoutstudio.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of a launcher as a user or a script starts it: no input, output and exit code kept. */
record LauncherRun(int code, String out, String err) {

    /** The app-image's launcher that {@code mvn verify} built. */
    static final Path LAUNCHER = Path.of(System.getProperty("handoutstudio.launcher",
            "target/dist/handout-studio/bin/handout-studio"));

    static LauncherRun of(String... args) throws IOException, InterruptedException {
        return of(LAUNCHER, Map.of(), args);
    }

    /** Runs {@code launcher} with {@code env} added to this environment, waiting at most 60 seconds. */
    static LauncherRun of(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean finished = process.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            assertTrue(finished, "the launcher hung: " + command);
            return new LauncherRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
