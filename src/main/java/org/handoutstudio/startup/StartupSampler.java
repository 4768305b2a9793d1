package org.handoutstudio.startup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * With {@code -Dhandoutstudio.startupSample=FILE}, writes a stack sample of every running thread
 * about every 2 ms to FILE, one line each: milliseconds since start, the thread's name, and its
 * frames from the outermost, separated by {@code ;}. It works on the packaged launcher with its
 * ahead-of-time cache, which JFR and agents would turn off; {@code bench/startup-profile.py} sums
 * the samples up.
 */
final class StartupSampler {

    static final String PROPERTY = "handoutstudio.startupSample";

    private final PrintWriter out;
    private final Thread sampling;

    private StartupSampler(PrintWriter out) {
        this.out = out;
        long start = System.nanoTime();
        sampling = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample((System.nanoTime() - start) / 1_000_000);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "startup-sampler");
        sampling.setDaemon(true);
    }

    /** Starts sampling into the file the system property names, until the JVM ends; if it names one. */
    static void startIfAsked() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isEmpty()) {
            return;
        }
        try {
            StartupSampler sampler = start(Path.of(file));
            Runtime.getRuntime().addShutdownHook(new Thread(sampler::stop));
        } catch (IOException e) {
            System.err.println("handout-studio: cannot write start-up samples to " + file + ": " + e.getMessage());
        }
    }

    static StartupSampler start(Path file) throws IOException {
        StartupSampler sampler = new StartupSampler(new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
        sampler.sampling.start();
        return sampler;
    }

    /** Stops sampling and closes the file. */
    void stop() {
        sampling.interrupt();
        synchronized (out) {
            out.close();
        }
    }

    private void sample(long millis) {
        Map<Thread, StackTraceElement[]> stacks = Thread.getAllStackTraces();
        synchronized (out) {
            stacks.forEach((thread, frames) -> {
                if (thread == sampling || thread.getState() != Thread.State.RUNNABLE || frames.length == 0) {
                    return;
                }
                StringBuilder line = new StringBuilder().append(millis).append(' ')
                        .append(thread.getName().replace(' ', '_')).append(' ');
                for (int i = frames.length - 1; i >= 0; i--) {
                    line.append(frames[i].getClassName()).append('.').append(frames[i].getMethodName()).append(';');
                }
                out.println(line);
            });
        }
    }
}
