package org.handoutstudio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Every file read while it is open, as the JDK itself sees it (Flight Recorder's file-read
 * events, from its own instrumentation of file streams and channels): independent of our code,
 * so a read that goes round our own checks is caught too.
 */
public final class FileReads implements AutoCloseable {

    private final Recording recording = new Recording();
    private final List<Path> read = new ArrayList<>();
    private boolean closed;

    private FileReads() {
        recording.enable("jdk.FileRead").withThreshold(Duration.ZERO);
        recording.start();
    }

    public static FileReads record() {
        return new FileReads();
    }

    /** Stops recording; {@link #files()} then lists every file read, each once, as its real path where it still exists. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        recording.stop();
        try {
            Path dump = Files.createTempFile("file-reads", ".jfr");
            try {
                recording.dump(dump);
                for (RecordedEvent event : RecordingFile.readAllEvents(dump)) {
                    String path = event.getString("path");
                    if (path != null) {
                        Path file = Path.of(path);
                        try {
                            file = file.toRealPath();
                        } catch (IOException gone) {
                            file = file.toAbsolutePath().normalize();
                        }
                        if (!read.contains(file)) {
                            read.add(file);
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(dump);
                recording.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Path> files() {
        return List.copyOf(read);
    }
}
